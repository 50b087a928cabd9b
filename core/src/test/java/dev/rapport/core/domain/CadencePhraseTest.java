package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cadence phrases of SPEC §9 read to the intended rhythm, and every cadence writes a phrase that reads back. */
class CadencePhraseTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
      "weekly                   | weekly",
      "Fridays                  | fridays",
      "every friday             | fridays",
      "every 2 weeks            | every 2 weeks",
      "every 10 days            | every 10 days",
      "first of the month       | first of the month",
      "monthly on 15            | monthly on 15",
      "monthly on last          | monthly on last",
      "third monday             | third monday",
      "last friday of the month | last friday of the month",
      "monthly                  | monthly",
      "quarterly                | quarterly",
      "twice a year             | twice a year",
      "none                     | none",
      "fixed: first of the month | fixed: first of the month",
      "FIXED:  Fridays          | fixed: fridays",
      "every 2 weeks from 2026-01-02 | every 2 weeks from 2026-01-02"})
  void phrase_readsToItsCanonicalForm(String phrase, String canonical) {
    Cadence cadence = Cadence.parse(phrase);
    assertThat(cadence.phrase()).isEqualTo(canonical);
    assertThat(Cadence.parse(cadence.phrase())).isEqualTo(cadence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sometimes", "every blue moon", "monthly on 32", "fifth monday", "every 0 days", ""})
  void givenAnUnknownPhrase_parse_saysWhichAndWhatWorks(String phrase) {
    assertThatIllegalArgumentException().isThrownBy(() -> Cadence.parse(phrase)).withMessageContaining("cadence");
  }

  @org.junit.jupiter.api.Test
  void factories_sayWhatTheyBuild() {
    assertThat(Cadence.parse("fridays")).isEqualTo(Cadence.weeklyOn(DayOfWeek.FRIDAY));
    assertThat(Cadence.parse("first of the month")).isEqualTo(Cadence.firstOfTheMonth());
    assertThat(Cadence.parse("last friday of the month")).isEqualTo(Cadence.monthlyOnThe(-1, DayOfWeek.FRIDAY));
    assertThat(Cadence.parse("fixed: quarterly")).isEqualTo(Cadence.quarterly().fixed());
    assertThat(Cadence.twiceAYear().intervalDays()).contains(182);
    assertThat(Cadence.none().intervalDays()).isEmpty();
  }
}
