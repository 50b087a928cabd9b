package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The days of the year a span of days covers, by month and day: where a yearly date must fall to
 * occur in the span. It may wrap over a year end (December 28 to January 3); February 29 counts
 * as held wherever February 28 is, since it falls on the 28th in other years.
 *
 * @param first the first month-day held
 * @param last the last month-day held (before {@code first} when the span wraps)
 * @param days how many days the span has: none holds nothing, a year or more holds every day
 */
public record MonthDaySpan(MonthDay first, MonthDay last, int days) {

  private static final MonthDay FEBRUARY_28 = MonthDay.of(2, 28);
  private static final MonthDay FEBRUARY_29 = MonthDay.of(2, 29);

  /** @throws IllegalArgumentException for a negative number of days */
  public MonthDaySpan {
    checkArgument(days >= 0, "days must not be negative: %s", days);
  }

  /** The {@code days} days from {@code from}, {@code from} included. */
  public static MonthDaySpan of(LocalDate from, int days) {
    checkArgument(days >= 0, "days must not be negative: %s", days);
    return new MonthDaySpan(MonthDay.from(from), MonthDay.from(from.plusDays(Math.max(0, days - 1L))), days);
  }

  /** Whether no day is held. */
  public boolean isEmpty() {
    return days == 0;
  }

  /** Whether every day of the year is held. */
  public boolean isWholeYear() {
    return days >= 366;
  }

  /** Whether the span ends in the year after it starts. */
  public boolean wraps() {
    return last.isBefore(first);
  }

  /** Whether a yearly date on {@code day} can fall in the span. */
  public boolean holds(MonthDay day) {
    if (isEmpty()) {
      return false;
    }
    if (isWholeYear() || day.equals(FEBRUARY_29) && holds(FEBRUARY_28)) {
      return true;
    }
    return wraps() ? !day.isBefore(first) || !day.isAfter(last) : !day.isBefore(first) && !day.isAfter(last);
  }
}
