package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link TouchSummary} is computed for: the day it is "as of" in the owner's zone, the
 * half-life its faded sums use, the window in which an inbound touch answers an outbound one,
 * and the windows its counts cover. Every boundary is an instant, so storage can compute a
 * summary in SQL without knowing about zones; they are worked out once, when the query is made,
 * because the rules ask for them for every contact.
 */
public final class TouchSummaryQuery {

  /** How far back from the as-of day {@link #dayOf} has the zone's offsets at hand. */
  private static final int OFFSETS_DAYS = 3 * 366;

  private final LocalDate asOf;
  private final ZoneId zone;
  private final double halfLifeDays;
  private final int answerWindowDays;
  private final int recentDays;
  private final int longDays;
  private final Instant until;
  private final Instant recentSince;
  private final Instant longSince;
  private final Instant monthSince;
  private final ZoneOffsets offsets;

  /**
   * @param asOf the day treated as today; touches after its end are left out
   * @param zone the owner's zone, in which days start and end
   * @param halfLifeDays days after which a touch counts half
   * @param answerWindowDays days within which an inbound touch answers an outbound one
   * @param recentDays the window of {@link TouchSummary#recentCount()}, ending with {@code asOf}
   * @param longDays the window of the outbound/inbound counts, ending with {@code asOf}
   * @throws IllegalArgumentException when a number is out of range
   */
  public TouchSummaryQuery(
      LocalDate asOf, ZoneId zone, double halfLifeDays, int answerWindowDays, int recentDays, int longDays) {
    this.asOf = checkNotNull(asOf, "asOf");
    this.zone = checkNotNull(zone, "zone");
    checkArgument(halfLifeDays > 0 && Double.isFinite(halfLifeDays), "halfLifeDays must be positive: %s", halfLifeDays);
    checkArgument(answerWindowDays >= 0, "answerWindowDays must not be negative: %s", answerWindowDays);
    checkArgument(recentDays >= 1, "recentDays must be positive: %s", recentDays);
    checkArgument(longDays >= 1, "longDays must be positive: %s", longDays);
    this.halfLifeDays = halfLifeDays;
    this.answerWindowDays = answerWindowDays;
    this.recentDays = recentDays;
    this.longDays = longDays;
    this.until = asOf.plusDays(1).atStartOfDay(zone).toInstant();
    this.recentSince = asOf.minusDays(recentDays - 1L).atStartOfDay(zone).toInstant();
    this.longSince = asOf.minusDays(longDays - 1L).atStartOfDay(zone).toInstant();
    this.monthSince = asOf.withDayOfMonth(1).atStartOfDay(zone).toInstant();
    this.offsets = new ZoneOffsets(zone, until.minus(Duration.ofDays(OFFSETS_DAYS)), until);
  }

  /**
   * The day {@code at} falls on in the owner's zone: {@code LocalDate.ofInstant(at, zone())},
   * but without asking the zone's rules for instants of the last three years, since the rules
   * ask this for every contact, several times.
   */
  public LocalDate dayOf(Instant at) {
    return offsets.dayOf(at);
  }

  /** A zone's offsets over a stretch of time, looked up without the zone's rules. */
  private static final class ZoneOffsets {
    private final ZoneId zone;
    private final long from;
    private final long to;
    private final long[] starts; // epoch seconds from which each offset holds, ascending
    private final int[] seconds; // the offsets, in seconds

    ZoneOffsets(ZoneId zone, Instant from, Instant to) {
      this.zone = zone;
      this.from = from.getEpochSecond();
      this.to = to.getEpochSecond();
      ZoneRules rules = zone.getRules();
      List<Long> startList = new ArrayList<>();
      List<Integer> offsetList = new ArrayList<>();
      startList.add(this.from);
      offsetList.add(rules.getOffset(from).getTotalSeconds());
      for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
          t = rules.nextTransition(t.getInstant())) {
        startList.add(t.toEpochSecond());
        offsetList.add(t.getOffsetAfter().getTotalSeconds());
      }
      this.starts = startList.stream().mapToLong(Long::longValue).toArray();
      this.seconds = offsetList.stream().mapToInt(Integer::intValue).toArray();
    }

    LocalDate dayOf(Instant at) {
      long second = at.getEpochSecond();
      if (second < from || second > to) {
        return LocalDate.ofInstant(at, zone);
      }
      int i = starts.length - 1;
      while (starts[i] > second) {
        i--;
      }
      return LocalDate.ofEpochDay(Math.floorDiv(second + seconds[i], 86_400L));
    }
  }

  /** The day treated as today. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The owner's zone. */
  public ZoneId zone() {
    return zone;
  }

  /** Days after which a touch counts half. */
  public double halfLifeDays() {
    return halfLifeDays;
  }

  /** Days within which an inbound touch answers an outbound one. */
  public int answerWindowDays() {
    return answerWindowDays;
  }

  /** The window of {@link TouchSummary#recentCount()} in days. */
  public int recentDays() {
    return recentDays;
  }

  /** The window of the outbound/inbound counts in days. */
  public int longDays() {
    return longDays;
  }

  /** The end of the as-of day (exclusive): touches at or after it are not counted. */
  public Instant until() {
    return until;
  }

  /** The start of the recent window: the day {@code recentDays - 1} before {@code asOf}. */
  public Instant recentSince() {
    return recentSince;
  }

  /** The start of the long window: the day {@code longDays - 1} before {@code asOf}. */
  public Instant longSince() {
    return longSince;
  }

  /** The start of the as-of month. */
  public Instant monthSince() {
    return monthSince;
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
    long ageSeconds = until.getEpochSecond() - at.getEpochSecond();
    return Math.exp(-Math.max(0, ageSeconds) * decayPerSecond());
  }

  /** The fading rate: {@code ln 2 / (halfLifeDays · 86 400)} per second of age. */
  public double decayPerSecond() {
    return Math.log(2) / (halfLifeDays * 86_400);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof TouchSummaryQuery q && asOf.equals(q.asOf) && zone.equals(q.zone)
        && Double.compare(halfLifeDays, q.halfLifeDays) == 0 && answerWindowDays == q.answerWindowDays
        && recentDays == q.recentDays && longDays == q.longDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, zone, halfLifeDays, answerWindowDays, recentDays, longDays);
  }

  @Override
  public String toString() {
    return "TouchSummaryQuery[asOf=" + asOf + ", zone=" + zone + ", halfLifeDays=" + halfLifeDays
        + ", answerWindowDays=" + answerWindowDays + ", recentDays=" + recentDays + ", longDays=" + longDays + "]";
  }
}
