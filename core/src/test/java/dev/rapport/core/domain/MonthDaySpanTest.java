package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Which month-days a span of days holds: across a year end, February 29, none and every one. */
class MonthDaySpanTest {

  @Test
  void aSpanOverTheYearEnd_holdsBothEnds_andNothingBetween() {
    MonthDaySpan span = MonthDaySpan.of(LocalDate.of(2026, 12, 28), 7);
    assertThat(span.wraps()).isTrue();
    assertThat(span.holds(MonthDay.of(12, 28))).isTrue();
    assertThat(span.holds(MonthDay.of(1, 3))).isTrue();
    assertThat(span.holds(MonthDay.of(1, 4))).isFalse();
    assertThat(span.holds(MonthDay.of(12, 27))).isFalse();
    assertThat(span.holds(MonthDay.of(6, 15))).isFalse();
  }

  @Test
  void february29_isHeldWhereverFebruary28Is() {
    assertThat(MonthDaySpan.of(LocalDate.of(2027, 2, 28), 1).holds(MonthDay.of(2, 29))).as("a non-leap year").isTrue();
    assertThat(MonthDaySpan.of(LocalDate.of(2027, 3, 1), 5).holds(MonthDay.of(2, 29))).isFalse();
    assertThat(MonthDaySpan.of(LocalDate.of(2028, 2, 29), 1).holds(MonthDay.of(2, 29))).as("a leap year").isTrue();
  }

  @Test
  void noDays_holdNothing_aYearOrMore_holdsEverything() {
    assertThat(MonthDaySpan.of(LocalDate.of(2026, 6, 1), 0).holds(MonthDay.of(6, 1))).isFalse();
    assertThat(MonthDaySpan.of(LocalDate.of(2026, 6, 1), 366).holds(MonthDay.of(5, 31))).isTrue();
    assertThat(MonthDaySpan.of(LocalDate.of(2028, 1, 1), 365).holds(MonthDay.of(12, 31))).as("2028 has 366 days").isFalse();
    assertThatThrownBy(() -> MonthDaySpan.of(LocalDate.of(2026, 6, 1), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void aDayOfTheSpan_isHeld_andTheDayAfterIt_isNotUnlessAYearGoesRound(
      @ForAll @IntRange(min = 0, max = 3000) int start, @ForAll @IntRange(min = 1, max = 365) int days,
      @ForAll @IntRange(min = 0, max = 364) int offset) {
    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(start);
    MonthDaySpan span = MonthDaySpan.of(from, days);
    LocalDate inside = from.plusDays(offset % days);
    assertThat(span.holds(MonthDay.from(inside))).isTrue();
    LocalDate after = from.plusDays(days);
    boolean sameDayOfYearInside = MonthDay.from(after).equals(MonthDay.from(from))
        || MonthDay.from(after).equals(MonthDay.of(2, 29)) && span.holds(MonthDay.of(2, 28));
    assertThat(span.holds(MonthDay.from(after))).isEqualTo(sameDayOfYearInside);
  }
}
