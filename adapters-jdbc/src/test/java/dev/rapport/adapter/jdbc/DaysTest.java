package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaysTest {

  @Property
  void parse_readsBackEveryDayItsTextNames(@ForAll @DateRange(min = "0001-01-01", max = "9999-12-31") LocalDate day) {
    assertThat(Days.parse(day.toString())).isEqualTo(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "-0001-06-30", "0000-02-29"})
  void parse_readsYearsOutsideFourDigitsAsTheIsoFormatterDoes(String text) {
    assertThat(Days.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-011", "2026/01/01", "20x6-01-01", ""})
  void parse_refusesWhatIsNotADay(String text) {
    assertThatThrownBy(() -> Days.parse(text)).isInstanceOf(DateTimeException.class);
  }
}
