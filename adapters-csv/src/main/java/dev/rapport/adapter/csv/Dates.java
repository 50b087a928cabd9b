package dev.rapport.adapter.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The date forms the exports write, read by hand where a formatter would be the slow part of an import. */
final class Dates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** LinkedIn's {@code 3/12/21, 4:05 PM} in Invitations.csv. */
  private static final DateTimeFormatter INVITATION = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("M/d/yy, h:mm a").toFormatter(Locale.ENGLISH);

  /** LinkedIn's {@code 2023-06-01 14:03:22 UTC} in messages.csv. */
  private static final DateTimeFormatter MESSAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Dates() {}

  /** {@code 12 Mar 2021}, Excel's {@code 4-Apr-21}, or {@code 2021-03-12}; empty when it is none of these. */
  static Optional<LocalDate> dayMonthNameYear(String text) {
    // split by hand: this runs once per row of a large Connections.csv
    int first = separator(text, 0);
    int second = first < 0 ? -1 : separator(text, skipSeparators(text, first));
    if (second < 0) {
      return iso(text);
    }
    String day = text.substring(0, first);
    String monthName = text.substring(skipSeparators(text, first), second);
    String yearText = text.substring(skipSeparators(text, second));
    if (monthName.length() < 3 || !Character.isLetter(monthName.charAt(0)) || separator(yearText, 0) >= 0) {
      return iso(text);
    }
    Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
    OptionalIntPair dayYear = OptionalIntPair.of(day, yearText);
    if (month == null || dayYear == null) {
      return Optional.empty();
    }
    int year = yearText.length() <= 2 ? 2000 + dayYear.second() : dayYear.second();
    return of(year, month, dayYear.first());
  }

  private static int separator(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '-') {
        return i;
      }
    }
    return -1;
  }

  private static int skipSeparators(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  /** {@code 2021-03-12}. */
  static Optional<LocalDate> iso(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Outlook's {@code 4/12/1985} (month first, unless the first number cannot be a month),
   * {@code 12.04.1985} (German), or ISO; {@code 0/0/00} is no date.
   */
  static Optional<LocalDate> outlook(String text) {
    String[] parts = text.split("[/.]");
    if (parts.length != 3) {
      return iso(text);
    }
    OptionalIntPair firstTwo = OptionalIntPair.of(parts[0], parts[1]);
    OptionalIntPair yearPair = OptionalIntPair.of(parts[2], "0");
    if (firstTwo == null || yearPair == null) {
      return Optional.empty();
    }
    int year = yearPair.first();
    if (parts[2].length() <= 2) {
      year += year < 30 ? 2000 : 1900;
    }
    boolean dayFirst = text.contains(".") || firstTwo.first() > 12;
    return dayFirst ? of(year, firstTwo.second(), firstTwo.first()) : of(year, firstTwo.first(), firstTwo.second());
  }

  /** {@code 2023-06-01 14:03:22 UTC}, as an instant. */
  static Optional<java.time.Instant> messageTime(String text) {
    String plain = text.endsWith(" UTC") ? text.substring(0, text.length() - 4) : text;
    try {
      return Optional.of(LocalDateTime.parse(plain, MESSAGE).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.Instant.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  /** {@code 3/12/21, 4:05 PM}, read as UTC since the export names no zone. */
  static Optional<java.time.Instant> invitationTime(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text.replace('\u202F', ' '), INVITATION).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return messageTime(text);
    }
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Two small numbers read from text, or null when either is not one. */
  private record OptionalIntPair(int first, int second) {
    static OptionalIntPair of(String a, String b) {
      if (a.isEmpty() || b.isEmpty() || a.length() > 4 || b.length() > 4) {
        return null;
      }
      for (int i = 0; i < a.length(); i++) {
        if (!Character.isDigit(a.charAt(i)) || a.charAt(i) > '9') {
          return null;
        }
      }
      for (int i = 0; i < b.length(); i++) {
        if (!Character.isDigit(b.charAt(i)) || b.charAt(i) > '9') {
          return null;
        }
      }
      return new OptionalIntPair(Integer.parseInt(a), Integer.parseInt(b));
    }
  }
}
