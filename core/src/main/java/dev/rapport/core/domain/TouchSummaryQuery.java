package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a {@link TouchSummary} is computed for: the day it is "as of" in the owner's zone, the
 * half-life its faded sums use, the window in which an inbound touch answers an outbound one,
 * and the windows its counts cover. Every boundary is an instant, so storage can compute a
 * summary in SQL without knowing about zones.
 *
 * @param asOf the day treated as today; touches after its end are left out
 * @param zone the owner's zone, in which days start and end
 * @param halfLifeDays days after which a touch counts half
 * @param answerWindowDays days within which an inbound touch answers an outbound one
 * @param recentDays the window of {@link TouchSummary#recentCount()}, ending with {@code asOf}
 * @param longDays the window of the outbound/inbound counts, ending with {@code asOf}
 */
public record TouchSummaryQuery(
    LocalDate asOf, ZoneId zone, double halfLifeDays, int answerWindowDays, int recentDays, int longDays) {

  /** @throws IllegalArgumentException when a number is out of range */
  public TouchSummaryQuery {
    checkNotNull(asOf, "asOf");
    checkNotNull(zone, "zone");
    checkArgument(halfLifeDays > 0 && Double.isFinite(halfLifeDays), "halfLifeDays must be positive: %s", halfLifeDays);
    checkArgument(answerWindowDays >= 0, "answerWindowDays must not be negative: %s", answerWindowDays);
    checkArgument(recentDays >= 1, "recentDays must be positive: %s", recentDays);
    checkArgument(longDays >= 1, "longDays must be positive: %s", longDays);
  }

  /** The end of the as-of day (exclusive): touches at or after it are not counted. */
  public Instant until() {
    return asOf.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The start of the recent window: the day {@code recentDays - 1} before {@code asOf}. */
  public Instant recentSince() {
    return asOf.minusDays(recentDays - 1L).atStartOfDay(zone).toInstant();
  }

  /** The start of the long window: the day {@code longDays - 1} before {@code asOf}. */
  public Instant longSince() {
    return asOf.minusDays(longDays - 1L).atStartOfDay(zone).toInstant();
  }

  /** The start of the as-of month. */
  public Instant monthSince() {
    return asOf.withDayOfMonth(1).atStartOfDay(zone).toInstant();
  }

  /** The answer window as a duration. */
  public Duration answerWindow() {
    return Duration.ofDays(answerWindowDays);
  }

  /**
   * How much a touch at {@code at} still counts: {@code 2^(−age / halfLife)}, with the age in
   * days (fractional) from {@code at} to {@link #until()}.
   */
  public double fade(Instant at) {
    long ageSeconds = until().getEpochSecond() - at.getEpochSecond();
    return Math.exp(-Math.max(0, ageSeconds) * decayPerSecond());
  }

  /** The fading rate: {@code ln 2 / (halfLifeDays · 86 400)} per second of age. */
  public double decayPerSecond() {
    return Math.log(2) / (halfLifeDays * 86_400);
  }
}
