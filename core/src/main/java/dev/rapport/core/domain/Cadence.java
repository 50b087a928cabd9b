package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the next outreach to a contact is due: a {@link Rhythm}, counted from the last touch
 * (logging a touch resets the clock) or on a fixed schedule (due on every occurrence, touch or
 * not). Written and read as a phrase: {@code fridays}, {@code every 2 weeks},
 * {@code first of the month}, {@code fixed: third monday}.
 */
public record Cadence(Rhythm rhythm, boolean fixedSchedule) {

  private static final String FIXED_PREFIX = "fixed:";
  private static final String[] ORDINALS = {"first", "second", "third", "fourth"};
  private static final Pattern EVERY_N =
      Pattern.compile("every (\\d+) (day|days|week|weeks|month|months)(?: from (\\S+))?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MONTHLY_ON_DAY = Pattern.compile("monthly on (?:the )?(\\d{1,2}|last)(?:st|nd|rd|th)?");
  private static final Pattern NTH_WEEKDAY =
      Pattern.compile("(?:monthly on )?(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) (\\w+?)(?: of the month| of every month)?");
  private static final Pattern WEEKDAYS = Pattern.compile("(?:(?:weekly|every) (?:on )?)?(\\w+?)s?");

  public Cadence {
    checkNotNull(rhythm, "cadence rhythm");
  }

  /** Counted from the last touch. */
  public static Cadence of(Rhythm rhythm) {
    return new Cadence(rhythm, false);
  }

  /** Every N days from the last touch. */
  public static Cadence everyDays(int days) {
    return of(new Rhythm.EveryDays(days));
  }

  /** Every N weeks from the last touch ("every two weeks"). */
  public static Cadence everyWeeks(int weeks) {
    return of(new Rhythm.EveryWeeks(weeks, Optional.empty()));
  }

  /** Weekly. */
  public static Cadence weekly() {
    return everyWeeks(1);
  }

  /** Every week on one weekday ("Fridays"). */
  public static Cadence weeklyOn(DayOfWeek day) {
    return of(new Rhythm.WeeklyOn(day));
  }

  /** Monthly, from the last touch. */
  public static Cadence monthly() {
    return of(new Rhythm.EveryMonths(1));
  }

  /** Every three months. */
  public static Cadence quarterly() {
    return of(new Rhythm.EveryMonths(3));
  }

  /** Every six months. */
  public static Cadence twiceAYear() {
    return of(new Rhythm.EveryMonths(6));
  }

  /** "The first of the month". */
  public static Cadence firstOfTheMonth() {
    return monthlyOn(1);
  }

  /** Monthly on a day of the month, the last day in months too short for it. */
  public static Cadence monthlyOn(int dayOfMonth) {
    return of(new Rhythm.MonthlyOnDay(dayOfMonth));
  }

  /** Monthly on the nth weekday ("the third Monday"); ordinal -1 is the last. */
  public static Cadence monthlyOnThe(int ordinal, DayOfWeek day) {
    return of(new Rhythm.MonthlyOnWeekday(ordinal, day));
  }

  /** No reminders. */
  public static Cadence none() {
    return of(new Rhythm.Never());
  }

  /** The same rhythm on a fixed schedule: due on every occurrence, touch or not. */
  public Cadence fixed() {
    return new Cadence(rhythm, true);
  }

  /** The nominal days between touches; 0 when there are no reminders. */
  public int nominalDays() {
    return rhythm.nominalDays();
  }

  /**
   * Reads a cadence phrase (SPEC §9): {@code weekly}, {@code fridays}, {@code every 2 weeks},
   * {@code every 10 days}, {@code first of the month}, {@code monthly on 15}, {@code monthly on last},
   * {@code third monday}, {@code last friday of the month}, {@code monthly}, {@code quarterly},
   * {@code twice a year}, {@code none}; {@code fixed:} before a phrase makes it a fixed schedule.
   *
   * @throws IllegalArgumentException naming the phrase when it is not one of these
   */
  public static Cadence parse(String phrase) {
    checkNotNull(phrase, "cadence phrase");
    String text = phrase.strip().toLowerCase(Locale.ROOT);
    if (!singleSpaced(text)) {
      text = SPACES.matcher(text).replaceAll(" ");
    }
    boolean fixed = text.startsWith(FIXED_PREFIX);
    if (fixed) {
      text = text.substring(FIXED_PREFIX.length()).strip();
    }
    Rhythm rhythm = parseRhythm(text, phrase);
    return new Cadence(rhythm, fixed);
  }

  /** Whether the only spaces are single ' ': a network's stored phrases are, and need no regex. */
  private static boolean singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i > 0 && text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static Rhythm parseRhythm(String text, String phrase) {
    switch (text) {
      case "daily": return new Rhythm.EveryDays(1);
      case "weekly": return new Rhythm.EveryWeeks(1, Optional.empty());
      case "biweekly", "fortnightly", "every two weeks", "every other week":
        return new Rhythm.EveryWeeks(2, Optional.empty());
      case "monthly": return new Rhythm.EveryMonths(1);
      case "quarterly": return new Rhythm.EveryMonths(3);
      case "twice a year", "semiannually", "every six months": return new Rhythm.EveryMonths(6);
      case "yearly", "annually": return new Rhythm.EveryMonths(12);
      case "first of the month", "the first of the month", "monthly on the first":
        return new Rhythm.MonthlyOnDay(1);
      case "last of the month", "last day of the month", "monthly on the last":
        return new Rhythm.MonthlyOnLastDay();
      case "none", "never": return new Rhythm.Never();
      default: break;
    }
    Matcher m = EVERY_N.matcher(text);
    if (m.matches()) {
      int n = count(m.group(1), phrase);
      String unit = m.group(2);
      if (m.group(3) != null) {
        checkArgument(unit.startsWith("week"), "unknown cadence '%s': only 'every N weeks' takes 'from DATE'", phrase);
        return new Rhythm.EveryWeeks(n, Optional.of(parseAnchor(m.group(3), phrase)));
      }
      return unit.startsWith("day") ? new Rhythm.EveryDays(n)
          : unit.startsWith("week") ? new Rhythm.EveryWeeks(n, Optional.empty())
          : new Rhythm.EveryMonths(n);
    }
    m = MONTHLY_ON_DAY.matcher(text);
    if (m.matches()) {
      return m.group(1).equals("last") ? new Rhythm.MonthlyOnLastDay()
          : new Rhythm.MonthlyOnDay(count(m.group(1), phrase));
    }
    m = NTH_WEEKDAY.matcher(text);
    if (m.matches()) {
      Optional<DayOfWeek> day = weekday(m.group(2));
      if (day.isPresent()) {
        return new Rhythm.MonthlyOnWeekday(ordinal(m.group(1)), day.get());
      }
    }
    m = WEEKDAYS.matcher(text);
    if (m.matches()) {
      Optional<DayOfWeek> day = weekday(m.group(1));
      if (day.isPresent()) {
        return new Rhythm.WeeklyOn(day.get());
      }
    }
    throw new IllegalArgumentException("unknown cadence '" + phrase + "': try weekly, fridays, every 2 weeks, "
        + "every 10 days, first of the month, monthly on 15, monthly on last, third monday, "
        + "last friday of the month, monthly, quarterly, twice a year or none, optionally after 'fixed:'");
  }

  /** The digits of a phrase as a number; one too large for an int is refused with the phrase, not Java's message. */
  private static int count(String digits, String phrase) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cadence '" + phrase + "': " + digits + " is far too large", e);
    }
  }

  private static LocalDate parseAnchor(String text, String phrase) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("cadence '" + phrase + "': anchor must be YYYY-MM-DD: '" + text + "'", e);
    }
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> -1;
    };
  }

  private static Optional<DayOfWeek> weekday(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (name.equals(word) || name.substring(0, 3).equals(word)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /** The canonical phrase, which {@link #parse} reads back to an equal cadence. */
  public String phrase() {
    String base = rhythmPhrase();
    return fixedSchedule ? FIXED_PREFIX + " " + base : base;
  }

  private String rhythmPhrase() {
    if (rhythm instanceof Rhythm.EveryWeeks r) {
      String base = r.weeks() == 1 ? "weekly" : "every " + r.weeks() + " weeks";
      return r.anchor().map(a -> (r.weeks() == 1 ? "every 1 weeks" : base) + " from " + a).orElse(base);
    } else if (rhythm instanceof Rhythm.WeeklyOn r) {
      return r.day().name().toLowerCase(Locale.ROOT) + "s";
    } else if (rhythm instanceof Rhythm.EveryMonths r) {
      return switch (r.months()) {
        case 1 -> "monthly";
        case 3 -> "quarterly";
        case 6 -> "twice a year";
        default -> "every " + r.months() + " months";
      };
    } else if (rhythm instanceof Rhythm.MonthlyOnDay r) {
      return r.day() == 1 ? "first of the month" : "monthly on " + r.day();
    } else if (rhythm instanceof Rhythm.MonthlyOnLastDay) {
      return "monthly on last";
    } else if (rhythm instanceof Rhythm.MonthlyOnWeekday r) {
      String day = r.day().name().toLowerCase(Locale.ROOT);
      return r.ordinal() == -1 ? "last " + day + " of the month" : ORDINALS[r.ordinal() - 1] + " " + day;
    } else if (rhythm instanceof Rhythm.EveryDays r) {
      return "every " + r.days() + " days";
    }
    return "none";
  }

  @Override
  public String toString() {
    return phrase();
  }
}
