package dev.rapport.adapter.csv;

import dev.rapport.core.text.DayText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/** The date forms the exports write, read by hand where a formatter would be the slow part of an import. */
final class Dates {

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** LinkedIn's {@code 3/12/21, 4:05 PM} in Invitations.csv. */
  private static final DateTimeFormatter INVITATION = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("M/d/yy, h:mm a").toFormatter(Locale.ENGLISH);

  /** LinkedIn's {@code 2023-06-01 14:03:22 UTC} in messages.csv. */
  private static final DateTimeFormatter MESSAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Dates() {}

  /** {@code 12 Mar 2021}, Excel's {@code 4-Apr-21}, or {@code 2021-03-12}; empty when it is none of these. */
  static Optional<LocalDate> dayMonthNameYear(String text) {
    // read in place, without substrings: this runs once per row of a large Connections.csv
    int first = separator(text, 0);
    int monthStart = first < 0 ? -1 : skipSeparators(text, first);
    int second = first < 0 ? -1 : separator(text, monthStart);
    if (second < 0) {
      return iso(text);
    }
    int yearStart = skipSeparators(text, second);
    if (second - monthStart < 3 || !Character.isLetter(text.charAt(monthStart)) || separator(text, yearStart) >= 0) {
      return iso(text);
    }
    int month = month(text, monthStart);
    int day = number(text, 0, first);
    int year = number(text, yearStart, text.length());
    if (month < 0 || day < 0 || year < 0) {
      return Optional.empty();
    }
    return of(text.length() - yearStart <= 2 ? 2000 + year : year, month, day);
  }

  /** The month whose English name's first three letters start at {@code from}, or -1. */
  private static int month(String text, int from) {
    for (int month = 0; month < MONTHS.size(); month++) {
      String name = MONTHS.get(month);
      boolean same = true;
      for (int i = 0; i < 3 && same; i++) {
        same = Character.toLowerCase(text.charAt(from + i)) == name.charAt(i);
      }
      if (same) {
        return month + 1;
      }
    }
    return -1;
  }

  /** The number of at most four ASCII digits in {@code text[from, to)}, or -1. */
  private static int number(String text, int from, int to) {
    return to - from > 4 ? -1 : DayText.digits(text, from, to);
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
      return Optional.of(DayText.parseIso(text));
    } catch (DateTimeException e) {
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
      int first = a.length() > 4 ? -1 : DayText.digits(a, 0, a.length());
      int second = b.length() > 4 ? -1 : DayText.digits(b, 0, b.length());
      return first < 0 || second < 0 ? null : new OptionalIntPair(first, second);
    }
  }
}
