package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Quarter;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The seed's "patterns in who you speak with, who has helped you" for one quarter: the contacts
 * with the most touches either way, and those who helped (introductions, resources, collaborations).
 */
public record QuarterPattern(Quarter quarter, List<ContactCount> spokenWithMost, List<ContactCount> helpers) {

  public QuarterPattern {
    checkNotNull(quarter, "quarter");
    spokenWithMost = ImmutableList.copyOf(spokenWithMost);
    helpers = ImmutableList.copyOf(helpers);
  }
}
