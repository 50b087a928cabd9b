package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CadenceParseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      weekly                   | weekly
      Fridays                  | fridays
      friday                   | fridays
      every friday             | fridays
      weekly on fri            | fridays
      every 2 weeks            | every 2 weeks
      every two weeks          | every 2 weeks
      every 10 days            | every 10 days
      first of the month       | first of the month
      the first of the month   | first of the month
      monthly on 15            | monthly on 15
      monthly on the 15th      | monthly on 15
      monthly on 1             | first of the month
      monthly on last          | monthly on last
      third monday             | third monday
      the 3rd Monday           | third monday
      last friday of the month | last friday of the month
      monthly                  | monthly
      quarterly                | quarterly
      twice a year             | twice a year
      every 6 months           | twice a year
      none                     | none
      fixed: first of the month | fixed: first of the month
      FIXED:  every 2 weeks    | fixed: every 2 weeks
      every 2 weeks from 2026-01-05 | every 2 weeks from 2026-01-05
      """)
  void theSpecsPhrases_parse_toTheirCanonicalPhrase(String phrase, String canonical) {
    assertThat(Cadence.parse(phrase).phrase()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"whenever", "every 0 days", "monthly on 32", "fifth monday", "every 2 fortnights",
      "fixed:", "", "every 2 days from 2026-01-01", "every 2 weeks from tomorrow"})
  void givenAnUnknownPhrase_parse_failsNamingIt(String phrase) {
    assertThatIllegalArgumentException().isThrownBy(() -> Cadence.parse(phrase)).withMessageContaining("cadence");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fridays                  | 7
      every 2 weeks            | 14
      every 10 days            | 10
      first of the month       | 30
      third monday             | 30
      monthly                  | 30
      quarterly                | 91
      twice a year             | 182
      """)
  void eachCadence_hasItsNominalInterval(String phrase, int days) {
    assertThat(Cadence.parse(phrase).nominalDays()).isEqualTo(days);
  }

  @Test
  void anyRunOfWhitespace_readsAsOneSpace() {
    assertThat(Cadence.parse("every\t10 \n days").phrase()).isEqualTo("every 10 days");
  }

  @Test
  void factories_sayWhatTheyBuild() {
    assertThat(Cadence.parse("fridays")).isEqualTo(Cadence.weeklyOn(DayOfWeek.FRIDAY));
    assertThat(Cadence.parse("first of the month")).isEqualTo(Cadence.firstOfTheMonth());
    assertThat(Cadence.parse("last friday of the month")).isEqualTo(Cadence.monthlyOnThe(-1, DayOfWeek.FRIDAY));
    assertThat(Cadence.parse("fixed: quarterly")).isEqualTo(Cadence.quarterly().fixed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "fixed: none"})
  void none_hasNoInterval(String phrase) {
    assertThat(Cadence.parse(phrase).nominalDays()).isZero();
  }

  @Property
  void everyCadence_readsBackFromItsPhrase(@ForAll("cadences") Cadence cadence) {
    assertThat(Cadence.parse(cadence.phrase())).isEqualTo(cadence);
  }

  @Provide
  Arbitrary<Cadence> cadences() {
    Arbitrary<DayOfWeek> days = Arbitraries.of(DayOfWeek.class);
    Arbitrary<Rhythm> rhythms = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 3660).map(Rhythm.EveryDays::new),
        Combinators.combine(Arbitraries.integers().between(1, 520),
            Arbitraries.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2026, 1, 5))))
            .as(Rhythm.EveryWeeks::new),
        days.map(Rhythm.WeeklyOn::new),
        Arbitraries.integers().between(1, 120).map(Rhythm.EveryMonths::new),
        Arbitraries.integers().between(1, 31).map(Rhythm.MonthlyOnDay::new),
        Arbitraries.just(new Rhythm.MonthlyOnLastDay()),
        Combinators.combine(Arbitraries.of(-1, 1, 2, 3, 4), days).as(Rhythm.MonthlyOnWeekday::new),
        Arbitraries.just(new Rhythm.Never()));
    return Combinators.combine(rhythms, Arbitraries.of(true, false)).as(Cadence::new);
  }
}
