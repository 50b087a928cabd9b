package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One reason behind a health score, with its share: the points (out of 100) its factor adds.
 *
 * @param text what it says, such as "last touch 47 days ago; cadence monthly"
 * @param share points of the score from this factor
 */
public record HealthReason(String text, double share) {

  /** @throws IllegalArgumentException for a blank text or a share outside [0, 100] */
  public HealthReason {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "reason text must not be blank");
    checkArgument(share >= 0 && share <= 100, "reason share must be within [0, 100]: %s", share);
  }
}
