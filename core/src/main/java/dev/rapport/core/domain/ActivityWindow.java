package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days whose touches the analysis tallies, counted in the owner's zone: the window of whole
 * calendar months ending with the as-of day's month, and the quarters of the helper patterns.
 */
public record ActivityWindow(ZoneId zone, LocalDate from, LocalDate to, LocalDate quartersFrom, int responseDays) {

  /** @throws IllegalArgumentException when the window ends before it starts */
  public ActivityWindow {
    checkNotNull(zone, "zone");
    checkArgument(!to.isBefore(from), "activity window: to %s is before from %s", to, from);
    checkArgument(!to.isBefore(quartersFrom), "activity window: to %s is before quartersFrom %s", to, quartersFrom);
    checkArgument(responseDays >= 0, "activity window: responseDays must not be negative: %s", responseDays);
  }

  /** The first day anything is tallied. */
  public LocalDate earliest() {
    return from.isBefore(quartersFrom) ? from : quartersFrom;
  }

  /** Whether the day is in the months window. */
  public boolean inWindow(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** How many calendar months the window touches. */
  public int months() {
    return (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
  }
}
