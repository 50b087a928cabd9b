package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Two sources disagree on a field of the same contact: the value kept and the incoming one,
 * reported so that nothing an import brings is dropped silently.
 */
public record ImportConflict(String contact, String field, String kept, String incoming, Origin origin) {

  /** @throws IllegalArgumentException when a part is missing */
  public ImportConflict {
    checkArgument(contact != null && field != null && kept != null && incoming != null && origin != null,
        "import conflict: every part is required: %s %s %s %s %s", contact, field, kept, incoming, origin);
  }

  @Override
  public String toString() {
    return origin + ": " + contact + ": " + field + " kept '" + kept + "', file has '" + incoming + "'";
  }
}
