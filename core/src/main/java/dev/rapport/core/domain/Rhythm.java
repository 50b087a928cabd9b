package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** The calendar pattern of a {@link Cadence}: how often, and on which days. */
public sealed interface Rhythm {

  /** The nominal days between two touches; 0 for {@link Never}. */
  int nominalDays();

  /** Every N days. */
  record EveryDays(int days) implements Rhythm {
    public EveryDays {
      checkArgument(days >= 1 && days <= 3660, "cadence: days must be between 1 and 3660: %s", days);
    }

    @Override
    public int nominalDays() {
      return days;
    }
  }

  /** Every N weeks, counted from an anchor day when one is given. */
  record EveryWeeks(int weeks, Optional<LocalDate> anchor) implements Rhythm {
    public EveryWeeks {
      checkArgument(weeks >= 1 && weeks <= 520, "cadence: weeks must be between 1 and 520: %s", weeks);
      checkNotNull(anchor, "anchor");
    }

    @Override
    public int nominalDays() {
      return 7 * weeks;
    }
  }

  /** Every week on one weekday ("Fridays"). */
  record WeeklyOn(DayOfWeek day) implements Rhythm {
    public WeeklyOn {
      checkNotNull(day, "cadence weekday");
    }

    @Override
    public int nominalDays() {
      return 7;
    }
  }

  /** Every N months from the last touch: monthly, quarterly (3), twice a year (6). */
  record EveryMonths(int months) implements Rhythm {
    public EveryMonths {
      checkArgument(months >= 1 && months <= 120, "cadence: months must be between 1 and 120: %s", months);
    }

    @Override
    public int nominalDays() {
      return (int) Math.floor(months * 365.25 / 12);
    }
  }

  /** Every month on a day of the month; 29 to 31 fall on the last day of shorter months. */
  record MonthlyOnDay(int day) implements Rhythm {
    public MonthlyOnDay {
      checkArgument(day >= 1 && day <= 31, "cadence: day of month must be between 1 and 31: %s", day);
    }

    @Override
    public int nominalDays() {
      return 30;
    }
  }

  /** Every month on its last day. */
  record MonthlyOnLastDay() implements Rhythm {
    @Override
    public int nominalDays() {
      return 30;
    }
  }

  /** Every month on the nth weekday ("the third Monday"); ordinal -1 is the last. */
  record MonthlyOnWeekday(int ordinal, DayOfWeek day) implements Rhythm {
    public MonthlyOnWeekday {
      checkArgument(ordinal == -1 || (ordinal >= 1 && ordinal <= 4),
          "cadence: weekday ordinal must be 1 to 4, or -1 for the last: %s", ordinal);
      checkNotNull(day, "cadence weekday");
    }

    @Override
    public int nominalDays() {
      return 30;
    }
  }

  /** No reminders. */
  record Never() implements Rhythm {
    @Override
    public int nominalDays() {
      return 0;
    }
  }
}
