package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What the network report shows: how many entries a long list keeps (the rest are counted, so a
 * 30,000-contact network still gives a page one can read and send), how many values each
 * composition chart shows, and how far ahead it looks for special days.
 *
 * @param shownPerList entries a list keeps before it counts the rest (default 10)
 * @param sharesPerDimension values a composition chart shows before it counts the rest (default 6)
 * @param specialDaysAhead days ahead the special days section covers, today included (default 30)
 */
public record ReportPolicy(int shownPerList, int sharesPerDimension, int specialDaysAhead) {

  /** @throws IllegalArgumentException for a number below one */
  public ReportPolicy {
    checkArgument(shownPerList >= 1, "shownPerList must be positive: %s", shownPerList);
    checkArgument(sharesPerDimension >= 1, "sharesPerDimension must be positive: %s", sharesPerDimension);
    checkArgument(specialDaysAhead >= 1, "specialDaysAhead must be positive: %s", specialDaysAhead);
  }

  /** Ten entries a list, six values a chart, special days over the next 30 days. */
  public static ReportPolicy defaults() {
    return new ReportPolicy(10, 6, 30);
  }
}
