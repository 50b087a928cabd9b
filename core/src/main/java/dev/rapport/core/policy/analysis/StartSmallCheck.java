package dev.rapport.core.policy.analysis;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;

/**
 * The seed's "start small" against the owner's profile: sites and groups in use against the
 * limits, the minutes the channels ask for against the weekly budget, and last month's outreach
 * against the monthly minimum. Each breach is a problem in a sentence.
 */
public record StartSmallCheck(int activeSites, int maxSites, int activeGroups, int maxGroups, int intendedMinutes,
    int budgetMinutes, YearMonth lastMonth, int outreachLastMonth, int minOutreach, List<String> problems) {

  public StartSmallCheck {
    problems = ImmutableList.copyOf(problems);
  }

  /** Whether every limit is kept. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
