package dev.rapport.core.port.in;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import java.util.List;

/** A reference matches more than one contact; the message lists them so the caller can choose. */
public class AmbiguousContactException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Contact> matches;

  /** {@code ref} matches all of {@code matches}. */
  public AmbiguousContactException(String ref, List<Contact> matches) {
    super("'" + ref + "' matches " + matches.size() + " contacts: "
        + matches.stream().map(c -> c.displayName() + " (id " + c.id() + ")").collect(joining(", ")));
    this.matches = ImmutableList.copyOf(matches);
  }

  /** The contacts the reference matches. */
  public List<Contact> matches() {
    return matches;
  }
}
