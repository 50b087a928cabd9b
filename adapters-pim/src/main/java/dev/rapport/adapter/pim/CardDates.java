package dev.rapport.adapter.pim;

import dev.rapport.core.domain.PartialDate;
import ezvcard.property.DateOrTimeProperty;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a BDAY, ANNIVERSARY or an extension's date, in the forms address books write:
 * {@code 1985-04-12}, {@code 19850412}, {@code --0412}, {@code --04-12}, a date-time (its day), and
 * Apple's {@code X-APPLE-OMIT-YEAR=1604} for a day whose year is not known.
 */
final class CardDates {

  static final String EXPECTED = "a date like 1985-04-12, 19850412, --04-12 or --0412";
  /** Apple writes a birthday without a year as that day in this year, with the parameter naming it. */
  static final String OMIT_YEAR = "X-APPLE-OMIT-YEAR";
  private static final Pattern FORM = Pattern.compile("(?:(\\d{4})-?|--)(\\d{2})-?(\\d{2})(?:T.*)?");

  private CardDates() {}

  /** The property's day, or empty when it holds none (a text such as "circa 1800", or no day of the year). */
  static Optional<PartialDate> of(DateOrTimeProperty property) {
    Optional<PartialDate> day;
    if (property.getDate() != null) {
      day = of(property.getDate());
    } else if (property.getPartialDate() != null) {
      ezvcard.util.PartialDate partial = property.getPartialDate();
      day = partial.getMonth() == null || partial.getDate() == null ? Optional.empty()
          : of(partial.getYear(), partial.getMonth(), partial.getDate());
    } else {
      day = parse(property.getText());
    }
    return withoutOmittedYear(day, property.getParameter(OMIT_YEAR));
  }

  /** The day written as text, with Apple's omitted year (the parameter's value, or null) taken off. */
  static Optional<PartialDate> parse(String text, String omitYear) {
    return withoutOmittedYear(parse(text), omitYear);
  }

  private static Optional<PartialDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return of(m.group(1) == null ? null : Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  private static Optional<PartialDate> of(Temporal temporal) {
    try {
      LocalDate date = temporal instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC)
          : LocalDate.of(temporal.get(ChronoField.YEAR), temporal.get(ChronoField.MONTH_OF_YEAR),
              temporal.get(ChronoField.DAY_OF_MONTH));
      return Optional.of(PartialDate.of(date));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDate> of(Integer year, int month, int day) {
    try {
      MonthDay monthDay = MonthDay.of(month, day);
      return Optional.of(new PartialDate(monthDay, Optional.ofNullable(year).map(Year::of)));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDate> withoutOmittedYear(Optional<PartialDate> day, String omitYear) {
    if (omitYear == null || day.isEmpty() || day.get().year().isEmpty()) {
      return day;
    }
    boolean omitted = day.get().year().get().toString().equals(omitYear.strip());
    return omitted ? Optional.of(PartialDate.of(day.get().monthDay())) : day;
  }
}
