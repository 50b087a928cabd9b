package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

/** The identity of a shared resource, assigned by storage. */
public record ResourceId(long value) implements Comparable<ResourceId> {

  /** @throws IllegalArgumentException when the value is not positive */
  public ResourceId {
    checkArgument(value > 0, "ResourceId must be positive: %s", value);
  }

  /** Parses a decimal id. @throws IllegalArgumentException when it is not a positive number */
  public static ResourceId parse(String text) {
    try {
      return new ResourceId(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ResourceId must be a positive number: '" + text + "'", e);
    }
  }

  @Override
  public int compareTo(ResourceId other) {
    return Long.compare(value, other.value);
  }

  // Written out rather than generated: a record's generated equals and hashCode go through
  // method handles, which a short-lived process runs unoptimized, and ids key every map of a network.
  @Override
  public boolean equals(Object other) {
    return other instanceof ResourceId id && id.value == value;
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
