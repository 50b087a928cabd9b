package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/** How many contacts share one value of a dimension, and their share of the network. */
public record Share(Optional<String> value, int count, double share) {

  /** @throws IllegalArgumentException for a negative count or a share outside [0, 1] */
  public Share {
    checkNotNull(value, "share value");
    checkArgument(count >= 0, "share count must not be negative: %s", count);
    checkArgument(share >= 0 && share <= 1, "share must be between 0 and 1: %s", share);
  }

  /** The value, or "(unknown)" for the contacts whose file does not say. */
  public String label() {
    return value.orElse("(unknown)");
  }
}
