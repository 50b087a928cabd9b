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

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
