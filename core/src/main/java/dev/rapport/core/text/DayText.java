package dev.rapport.core.text;

import java.time.LocalDate;

/**
 * Days and their digits read from text. The usual {@code yyyy-MM-dd} is read digit by digit: the
 * ISO formatter costs a few microseconds a day in a freshly started JVM, which adds up to a good
 * part of a second over a whole network's contacts and special days, read from a file or a store.
 */
public final class DayText {

  /** The most digits {@link #digits} reads: nine always fit in an int. */
  private static final int MAX_DIGITS = 9;

  private DayText() {}

  /**
   * The day {@code text} names, as {@link LocalDate#parse} reads it.
   *
   * @throws java.time.DateTimeException when it names no day
   */
  public static LocalDate parseIso(String text) {
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

  /**
   * The number the ASCII digits {@code text[from, to)} spell, or -1 when the range is empty, longer
   * than nine characters or holds anything but {@code 0}–{@code 9}.
   */
  public static int digits(CharSequence text, int from, int to) {
    if (to <= from || to - from > MAX_DIGITS) {
      return -1;
    }
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
