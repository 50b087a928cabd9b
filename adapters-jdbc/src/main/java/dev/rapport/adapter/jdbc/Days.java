package dev.rapport.adapter.jdbc;

import java.time.LocalDate;

/**
 * Reads the days Rapport stores ({@link LocalDate#toString()}). The usual {@code yyyy-MM-dd} is
 * read digit by digit: the ISO formatter costs a few microseconds a day in a freshly started
 * JVM, which adds up to a good part of a second over a whole network's contacts and special days.
 */
final class Days {

  private Days() {}

  /** The day {@code text} names, as {@link LocalDate#parse} reads it. */
  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day); // checks the month and the day of month
      }
    }
    return LocalDate.parse(text); // years beyond 9999, or a malformed value, which it reports
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
