package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

/** The identity of a contact, assigned by storage. */
public record ContactId(long value) implements Comparable<ContactId> {

  /** @throws IllegalArgumentException when the value is not positive */
  public ContactId {
    checkArgument(value > 0, "ContactId must be positive: %s", value);
  }

  /** Parses a decimal id. @throws IllegalArgumentException when it is not a positive number */
  public static ContactId parse(String text) {
    try {
      return new ContactId(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ContactId must be a positive number: '" + text + "'", e);
    }
  }

  @Override
  public int compareTo(ContactId other) {
    return Long.compare(value, other.value);
  }

  // Written out rather than generated: a record's generated equals and hashCode go through
  // method handles, which a short-lived process runs unoptimized, and ids key every map of a network.
  @Override
  public boolean equals(Object other) {
    return other instanceof ContactId id && id.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
