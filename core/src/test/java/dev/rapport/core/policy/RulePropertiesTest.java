package dev.rapport.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Rhythm;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The invariants of SPEC §2 and §3, for every cadence, date and history jqwik comes up with. */
class RulePropertiesTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private final CadencePolicy cadences = CadencePolicy.defaults();
  private final HealthPolicy health = HealthPolicy.defaults();
  private final Contact contact = Contact.builder().id(new ContactId(1)).displayName("Ada").tier(Tier.ACTIVE).build();

  /** A touch on {@code daysBefore} days before the as-of day, at {@code minute} past midnight. */
  record Event(int daysBefore, int minute, Direction direction, InteractionKind kind) {
    Touch toTouch() {
      return Touch.builder().contact(new ContactId(1))
          .at(AS_OF.minusDays(daysBefore).atStartOfDay(ZONE).plusMinutes(minute).toInstant())
          .direction(direction).kind(kind).build();
    }
  }

  @Property
  void nextDue_isAfterTheLastTouch_andAtMostOneAndAHalfIntervalsLater(
      @ForAll("cadences") Cadence cadence, @ForAll("days") LocalDate since, @ForAll("days") LocalDate anchor) {
    Optional<LocalDate> due = cadences.nextDue(cadence, since, anchor);

    assertThat(due).isPresent();
    long interval = cadence.nominalDays();
    long bound = (long) Math.ceil(1.5 * interval) + calendarRounding(cadence.rhythm());
    assertThat(due.get()).isAfter(since);
    assertThat(ChronoUnit.DAYS.between(since, due.get())).isLessThanOrEqualTo(bound);
  }

  @Property
  void fromTheLastTouch_nextDue_isAtLeastHalfAnIntervalAway_andOnTheCalendar(
      @ForAll("cadences") Cadence cadence, @ForAll("days") LocalDate since) {
    Cadence fromLastTouch = new Cadence(cadence.rhythm(), false);
    LocalDate due = cadences.nextDue(fromLastTouch, since, LocalDate.EPOCH).orElseThrow();

    assertThat(ChronoUnit.DAYS.between(since, due)).isGreaterThanOrEqualTo(fromLastTouch.nominalDays() / 2);
    if (cadence.rhythm() instanceof Rhythm.WeeklyOn r) {
      assertThat(due.getDayOfWeek()).isEqualTo(r.day());
    }
    if (cadence.rhythm() instanceof Rhythm.MonthlyOnDay r) {
      assertThat(due.getDayOfMonth()).isEqualTo(Math.min(r.day(), due.lengthOfMonth()));
    }
  }

  @Property
  void theScore_isWithin0And100(@ForAll("histories") List<Event> history, @ForAll("cadences") Cadence cadence) {
    HealthReport report = health.assess(contact, cadence, summarize(history, AS_OF));

    assertThat(report.score()).isBetween(0.0, 100.0);
    assertThat(report.reasons().stream().mapToDouble(HealthReason::share).sum()).isBetween(report.score() - 1e-9, report.score() + 1e-9);
    assertThat(report.reasons()).extracting(HealthReason::share).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Property
  void addingATouch_neverLowersStrengthOrRecency(
      @ForAll("histories") List<Event> history, @ForAll("events") Event added, @ForAll("cadences") Cadence cadence) {
    List<Event> more = new ArrayList<>(history);
    more.add(added);

    HealthReport before = health.assess(contact, cadence, summarize(history, AS_OF));
    HealthReport after = health.assess(contact, cadence, summarize(more, AS_OF));

    assertThat(after.strength()).isGreaterThanOrEqualTo(before.strength() - 1e-12);
    assertThat(after.recency()).isGreaterThanOrEqualTo(before.recency() - 1e-12);
  }

  @Property
  void aLaterAsOfWithNoNewTouches_neverRaisesTheScore(
      @ForAll("histories") List<Event> history, @ForAll @IntRange(min = 1, max = 400) int later,
      @ForAll("cadences") Cadence cadence) {
    HealthReport now = health.assess(contact, cadence, summarize(history, AS_OF));
    HealthReport then = health.assess(contact, cadence, summarize(history, AS_OF.plusDays(later)));

    assertThat(then.score()).isLessThanOrEqualTo(now.score() + 1e-9);
  }

  private TouchSummary summarize(List<Event> history, LocalDate asOf) {
    List<Touch> touches = history.stream().map(Event::toTouch).sorted(java.util.Comparator.comparing(Touch::at)).toList();
    return TouchSummarizer.summarize(touches, health.queryAsOf(asOf, ZONE))
        .getOrDefault(contact.id(), TouchSummary.empty(contact.id(), health.queryAsOf(asOf, ZONE)));
  }

  /** The days a calendar rhythm may add beyond one and a half nominal intervals (months differ in length). */
  private static long calendarRounding(Rhythm rhythm) {
    if (rhythm instanceof Rhythm.MonthlyOnWeekday) {
      return 4;
    }
    if (rhythm instanceof Rhythm.MonthlyOnDay || rhythm instanceof Rhythm.MonthlyOnLastDay) {
      return 1;
    }
    return 0;
  }

  @Property
  void connectionAnniversaries_areTheDaysOfTheSpanOnTheDayConnected_inLaterYears(
      @ForAll("connections") LocalDate connected, @ForAll("days") LocalDate from, @ForAll @IntRange(max = 800) int days) {
    Contact close = Contact.builder().from(contact).tier(Tier.CLOSE).connectedOn(connected).build();

    List<LocalDate> found = SpecialDayPolicy.defaults().upcoming(from, days, List.of(), List.of(close)).stream()
        .map(UpcomingDay::date).toList();

    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
      boolean leapDayInAnotherYear = connected.getMonthValue() == 2 && connected.getDayOfMonth() == 29
          && day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear();
      boolean onTheDay = day.getMonth() == connected.getMonth() && day.getDayOfMonth() == connected.getDayOfMonth();
      if ((onTheDay || leapDayInAnotherYear) && day.getYear() > connected.getYear()) {
        expected.add(day);
      }
    }
    assertThat(found).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<LocalDate> connections() {
    return Arbitraries.oneOf(days(), Arbitraries.of(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29),
        LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 1)));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Event> events() {
    return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 1439),
        Arbitraries.of(Direction.class), Arbitraries.of(InteractionKind.class)).as(Event::new);
  }

  @Provide
  Arbitrary<List<Event>> histories() {
    return events().list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Cadence> cadences() {
    Arbitrary<DayOfWeek> weekdays = Arbitraries.of(DayOfWeek.class);
    Arbitrary<Rhythm> rhythms = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 400).map(Rhythm.EveryDays::new),
        Combinators.combine(Arbitraries.integers().between(1, 60),
            Arbitraries.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(LocalDate.of(1993, 7, 14))))
            .as(Rhythm.EveryWeeks::new),
        weekdays.map(Rhythm.WeeklyOn::new),
        Arbitraries.integers().between(1, 24).map(Rhythm.EveryMonths::new),
        Arbitraries.integers().between(1, 31).map(Rhythm.MonthlyOnDay::new),
        Arbitraries.just(new Rhythm.MonthlyOnLastDay()),
        Combinators.combine(Arbitraries.of(-1, 1, 2, 3, 4), weekdays).as(Rhythm.MonthlyOnWeekday::new));
    return Combinators.combine(rhythms, Arbitraries.of(true, false)).as(Cadence::new);
  }
}
