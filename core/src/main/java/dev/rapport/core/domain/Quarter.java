package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/** A calendar quarter, such as 2026-Q3. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  /** @throws IllegalArgumentException when the quarter is not 1 to 4 */
  public Quarter {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4: %s", quarter);
  }

  /** The quarter a day falls in. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** Its first day. */
  public LocalDate start() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /** The quarter {@code n} quarters earlier. */
  public Quarter minus(int n) {
    int index = year * 4 + quarter - 1 - n;
    return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }

  /** {@code 2026-Q3}. */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
