package dev.rapport.shell;

import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.text.DayText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people write them in tables and lines: {@code 10 Dec} in the current year,
 * {@code 10 Dec 1985} otherwise. CSV and JSON keep ISO dates for programs.
 */
final class Dates {

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Dates() {}

  /** {@code day} without its year when it falls in {@code today}'s year. */
  static String of(LocalDate day, LocalDate today) {
    return (day.getYear() == today.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(day);
  }

  /** {@code day} with its year. */
  static String withYear(LocalDate day) {
    return DAY_MONTH_YEAR.format(day);
  }

  /** A birthday or other special day: {@code 10 Dec}, or {@code 10 Dec 1985} when its year is known. */
  static String of(PartialDate date) {
    return date.year().map(y -> DAY_MONTH_YEAR.format(date.monthDay().atYear(y.getValue())))
        .orElseGet(() -> DAY_MONTH.format(date.monthDay().atYear(2000)));
  }

  /** An ISO date held in a record's field, as {@link #of(LocalDate, LocalDate)} writes it; other text as it is. */
  static String ofIso(Object iso, LocalDate today) {
    if (iso == null) {
      return "";
    }
    String text = iso instanceof java.util.Optional<?> optional ? optional.map(Object::toString).orElse("") : iso.toString();
    try {
      return of(DayText.parseIso(text), today);
    } catch (DateTimeException e) {
      return text;
    }
  }
}
