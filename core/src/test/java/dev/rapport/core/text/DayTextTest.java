package dev.rapport.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DayTextTest {

  @Property
  void parseIso_readsBackEveryDayItsTextNames(@ForAll @DateRange(min = "0001-01-01", max = "9999-12-31") LocalDate day) {
    assertThat(DayText.parseIso(day.toString())).isEqualTo(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "-0001-06-30", "0000-02-29"})
  void parseIso_readsYearsOutsideFourDigitsAsTheIsoFormatterDoes(String text) {
    assertThat(DayText.parseIso(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-011", "2026/01/01", "20x6-01-01", ""})
  void parseIso_refusesWhatIsNotADay(String text) {
    assertThatThrownBy(() -> DayText.parseIso(text)).isInstanceOf(DateTimeException.class);
  }

  @Property
  void digits_readsTheNumberAnIntWrites(@ForAll @IntRange(min = 0, max = 999_999_999) int number) {
    String text = "x" + number + "y";
    assertThat(DayText.digits(text, 1, text.length() - 1)).isEqualTo(number);
  }

  @Test
  void digits_isMinusOneForAnythingButOneToNineAsciiDigits() {
    assertThat(DayText.digits("12a4", 0, 4)).isEqualTo(-1);
    assertThat(DayText.digits("١٢", 0, 2)).isEqualTo(-1); // Arabic-Indic digits are digits, not ASCII ones
    assertThat(DayText.digits("2021", 2, 2)).isEqualTo(-1);
    assertThat(DayText.digits("1234567890", 0, 10)).isEqualTo(-1);
    assertThat(DayText.digits("0042", 0, 4)).isEqualTo(42);
  }
}
