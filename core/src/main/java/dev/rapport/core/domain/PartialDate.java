package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day of the year with an optional year, as birthdays often come: {@code 1985-04-12} or {@code --04-12}. */
public record PartialDate(MonthDay monthDay, Optional<Year> year) {

  private static final Pattern FORM = Pattern.compile("(?:(\\d{4})-|--)?(\\d{1,2})-(\\d{1,2})");

  /** @throws IllegalArgumentException for February 29 in a year that has none */
  public PartialDate {
    checkNotNull(monthDay, "monthDay");
    checkNotNull(year, "year");
    year.ifPresent(y -> checkArgument(monthDay.isValidYear(y.getValue()),
        "date %s-%s does not exist: %s is not a leap year", y, monthDay.toString().substring(2), y));
  }

  /** A day with no year. */
  public static PartialDate of(MonthDay monthDay) {
    return new PartialDate(monthDay, Optional.empty());
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(MonthDay.from(date), Optional.of(Year.from(date)));
  }

  /**
   * Reads {@code YYYY-MM-DD}, {@code MM-DD} or {@code --MM-DD}.
   *
   * @throws IllegalArgumentException naming the text when it is no such date (February 30, month 13)
   */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    checkArgument(m.matches(), "date must be [YYYY-]MM-DD or --MM-DD: '%s'", text);
    MonthDay monthDay;
    try {
      monthDay = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date does not exist: '" + text + "' (" + e.getMessage() + ")", e);
    }
    return new PartialDate(monthDay, Optional.ofNullable(m.group(1)).map(Year::parse));
  }

  /** This day in the given year; February 29 falls on the 28th in other years. */
  public LocalDate in(int year) {
    return monthDay.atYear(year);
  }

  /** {@code YYYY-MM-DD} or {@code --MM-DD}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return year.map(y -> y + monthDay.toString().substring(1)).orElse(monthDay.toString());
  }
}
