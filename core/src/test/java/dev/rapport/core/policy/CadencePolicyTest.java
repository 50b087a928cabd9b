package dev.rapport.core.policy;

import static dev.rapport.core.policy.Fixtures.contact;
import static dev.rapport.core.policy.Fixtures.in;
import static dev.rapport.core.policy.Fixtures.out;
import static dev.rapport.core.policy.Fixtures.summary;
import static dev.rapport.core.policy.Fixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadencePolicyTest {

  private final CadencePolicy policy = CadencePolicy.defaults();
  private static final LocalDate EPOCH = LocalDate.EPOCH;

  private LocalDate nextDue(String phrase, LocalDate since) {
    return policy.nextDue(Cadence.parse(phrase), since, EPOCH).orElseThrow();
  }

  @Test
  void firstOfTheMonth_aTouchOn3November_makes1DecemberDue() {
    assertThat(nextDue("first of the month", LocalDate.of(2026, 11, 3))).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void firstOfTheMonth_aTouchOn26November_skipsTo1January_halfAnIntervalAtLeast() {
    assertThat(nextDue("first of the month", LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void fixedFirstOfTheMonth_aTouchOn26November_keeps1December() {
    assertThat(nextDue("fixed: first of the month", LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void fridays_aTouchOnThursday_skipsTheNextDaysFriday() {
    LocalDate thursday = LocalDate.of(2026, 11, 26);
    assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);

    assertThat(nextDue("fridays", thursday)).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void fridays_aTouchOnMonday_isDueThatFriday() {
    assertThat(nextDue("fridays", LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void everyTwoWeeks_countsFromTheLastTouch() {
    assertThat(nextDue("every 2 weeks", LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 12, 10));
  }

  @Test
  void everyTwoWeeksFromAnAnchor_fallsOnTheAnchorsFortnights() {
    // Anchor Monday 5 January 2026: fortnights fall on ..., 9 November, 23 November, 7 December.
    assertThat(nextDue("every 2 weeks from 2026-01-05", LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(nextDue("every 2 weeks from 2026-01-05", LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest(name = "{0} after {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      monthly on 31            | 2027-01-20 | 2027-02-28
      monthly on 31            | 2028-01-20 | 2028-02-29
      monthly on last          | 2026-11-10 | 2026-11-30
      third monday             | 2026-11-01 | 2026-11-16
      third monday             | 2026-11-10 | 2026-12-21
      last friday of the month | 2026-11-01 | 2026-11-27
      every 10 days            | 2026-11-01 | 2026-11-11
      monthly                  | 2027-01-31 | 2027-02-28
      quarterly                | 2026-11-26 | 2027-02-26
      twice a year             | 2026-11-26 | 2027-05-26
      fixed: quarterly         | 2026-11-26 | 2027-01-01
      fixed: fridays           | 2026-11-26 | 2026-11-27
      """)
  void calendarCases(String phrase, LocalDate since, LocalDate due) {
    assertThat(nextDue(phrase, since)).isEqualTo(due);
  }

  @Test
  void none_isNeverDue() {
    assertThat(policy.nextDue(Cadence.none(), LocalDate.of(2026, 11, 26), EPOCH)).isEmpty();
  }

  @Test
  void eachTier_hasTheSpecsDefaultCadence_andAContactsOwnCadenceOverridesIt() {
    assertThat(Map.of(
        Tier.INNER, policy.cadenceFor(contact(1, "A", Tier.INNER)).phrase(),
        Tier.CLOSE, policy.cadenceFor(contact(1, "A", Tier.CLOSE)).phrase(),
        Tier.ACTIVE, policy.cadenceFor(contact(1, "A", Tier.ACTIVE)).phrase(),
        Tier.WIDER, policy.cadenceFor(contact(1, "A", Tier.WIDER)).phrase(),
        Tier.ACQUAINTANCE, policy.cadenceFor(contact(1, "A", Tier.ACQUAINTANCE)).phrase()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(Tier.INNER, "weekly", Tier.CLOSE, "every 2 weeks",
            Tier.ACTIVE, "monthly", Tier.WIDER, "quarterly", Tier.ACQUAINTANCE, "twice a year"));
    Contact fridays = Contact.builder().from(contact(1, "A", Tier.WIDER)).cadence(Cadence.weeklyOn(DayOfWeek.FRIDAY)).build();
    assertThat(policy.cadenceFor(fridays)).isEqualTo(Cadence.weeklyOn(DayOfWeek.FRIDAY));
  }

  @Test
  void status_countsFromTheLastOutboundTouch_notAnInboundOne_andMeasuresOverdue() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACTIVE)).cadence(Cadence.firstOfTheMonth()).build();
    LocalDate asOf = LocalDate.of(2027, 1, 16);

    CadenceStatus status = policy.status(ada, summary(ada, asOf, List.of(
        out(1, LocalDate.of(2026, 11, 3)), in(1, LocalDate.of(2026, 11, 26)))));

    assertThat(status.nextDue()).contains(LocalDate.of(2026, 12, 1));
    assertThat(status.overdueDays()).isEqualTo(46);
    assertThat(status.overdueRatio()).isCloseTo(46 / 30.0, within(1e-12));
  }

  @Test
  void status_moreThanTwoIntervalsOverdue_isLapsed_andItsRatioCountsAsTwo() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACQUAINTANCE)).connectedOn(LocalDate.of(2016, 7, 11)).build();
    Contact bob = Contact.builder().from(contact(2, "Bob", Tier.ACTIVE)).cadence(Cadence.everyDays(30)).build();
    LocalDate asOf = LocalDate.of(2026, 11, 26);

    CadenceStatus lapsed = policy.status(ada, summary(ada, asOf, List.of()));
    CadenceStatus twoIntervals = policy.status(bob, summary(bob, asOf, List.of(out(2, asOf.minusDays(90)))));
    CadenceStatus justOver = policy.status(bob, summary(bob, asOf, List.of(out(2, asOf.minusDays(91)))));

    assertThat(lapsed.lapsed()).isTrue();
    assertThat(lapsed.overdueRatio()).isEqualTo(2.0);
    assertThat(lapsed.overdueDays()).isGreaterThan(3000);
    assertThat(twoIntervals.lapsed()).isFalse();
    assertThat(twoIntervals.overdueRatio()).isEqualTo(2.0);
    assertThat(justOver.lapsed()).isTrue();
    assertThat(CadencePolicy.builder().lapsedAfterIntervals(5).build().status(ada, summary(ada, asOf, List.of())).lapsed())
        .isTrue();
  }

  @Test
  void status_someoneWhoWroteAndAwaitsAReply_isNotLapsed_howeverLongSinceTheOwnerWrote() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACQUAINTANCE)).connectedOn(LocalDate.of(2016, 7, 11)).build();
    LocalDate asOf = LocalDate.of(2026, 11, 26);

    CadenceStatus status = policy.status(ada, summary(ada, asOf, List.of(in(1, asOf.minusDays(3)))));

    assertThat(status.replyDue()).contains(asOf.minusDays(3));
    assertThat(status.lapsed()).isFalse();
  }

  @Test
  void status_withNoTouch_countsFromTheDateConnected() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.INNER)).connectedOn(LocalDate.of(2026, 11, 20)).build();

    CadenceStatus status = policy.status(ada, summary(ada, LocalDate.of(2026, 11, 26), List.of()));

    assertThat(status.nextDue()).contains(LocalDate.of(2026, 11, 27));
    assertThat(status.overdueDays()).isZero();
  }

  @Test
  void status_aSnoozeHoldsTheDueDayBackUntilItEnds() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.INNER))
        .snoozedUntil(LocalDate.of(2026, 12, 10)).build();

    CadenceStatus status = policy.status(ada, summary(ada, LocalDate.of(2026, 11, 26), List.of(out(1, LocalDate.of(2026, 11, 1)))));

    assertThat(status.nextDue()).contains(LocalDate.of(2026, 12, 10));
    assertThat(status.overdueDays()).isZero();
    assertThat(status.snoozedUntil()).contains(LocalDate.of(2026, 12, 10));
  }

  @Test
  void status_anInboundTouchWithNoLaterOutbound_makesAReplyDueAtOnce() {
    Contact ada = contact(1, "Ada", Tier.WIDER);
    LocalDate asOf = LocalDate.of(2026, 11, 26);

    CadenceStatus waiting = policy.status(ada, summary(ada, asOf, List.of(out(1, asOf.minusDays(5)), in(1, asOf.minusDays(2)))));
    CadenceStatus answered = policy.status(ada, summary(ada, asOf, List.of(in(1, asOf.minusDays(2)), out(1, asOf.minusDays(1)))));
    CadenceStatus metSince = policy.status(ada, summary(ada, asOf, List.of(in(1, asOf.minusDays(2)),
        touch(1, asOf.minusDays(1), Direction.MUTUAL, InteractionKind.MEETING))));

    assertThat(waiting.replyDue()).contains(asOf.minusDays(2));
    assertThat(answered.replyDue()).isEmpty();
    assertThat(metSince.replyDue()).isEmpty();
  }

  @Test
  void status_anInboundTouchOlderThanTheReplyWindow_isLeftToTheCadence() {
    Contact ada = contact(1, "Ada", Tier.WIDER);
    LocalDate asOf = LocalDate.of(2026, 11, 26);

    assertThat(policy.status(ada, summary(ada, asOf, List.of(in(1, asOf.minusDays(31))))).replyDue()).isEmpty();
    assertThat(policy.status(ada, summary(ada, asOf, List.of(in(1, asOf.minusDays(30))))).replyDue()).isPresent();
  }

  @Test
  void givenATierWithoutCadence_thePolicyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CadencePolicy.builder()
        .tierCadences(Map.of(Tier.INNER, Cadence.weekly())).build()).withMessageContaining("tierCadences");
  }
}
