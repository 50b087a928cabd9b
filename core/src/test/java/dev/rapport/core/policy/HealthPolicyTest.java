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
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthPolicyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private final HealthPolicy policy = HealthPolicy.defaults();
  private final Contact ada = contact(1, "Ada", Tier.ACTIVE);

  private static Touch at(String instant, Direction direction, InteractionKind kind) {
    return Touch.builder().contact(new ContactId(1)).at(Instant.parse(instant)).direction(direction).kind(kind).build();
  }

  @Test
  void theScore_isTheSpecsWeightedSumOfStrengthRecencyAndReciprocity() {
    // A meeting today (1 day before the end of the as-of day) and a message 31 days before that end.
    List<Touch> touches = List.of(
        at("2026-10-27T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE),
        at("2026-11-26T00:00:00Z", Direction.MUTUAL, InteractionKind.MEETING));
    double meeting = Math.pow(2, -1 / 30.0);
    double message = Math.pow(2, -31 / 30.0);
    double strength = 1 - Math.exp(-(1.0 * meeting + 0.5 * message) / 2);
    double recency = 1; // last touch today
    double outbound = meeting + 0.5 * message;
    double inbound = meeting;
    double balance = 2 * Math.min(outbound, inbound) / (outbound + inbound);
    double responsiveness = meeting / outbound; // the message was not answered within 14 days
    double expected = 100 * (0.5 * strength + 0.3 * recency + 0.2 * (balance + responsiveness) / 2);

    HealthReport report = policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, touches));

    assertThat(report.score()).isCloseTo(expected, within(1e-9));
    assertThat(report.strength()).isCloseTo(strength, within(1e-12));
    assertThat(report.responsiveness()).isCloseTo(responsiveness, within(1e-12));
    assertThat(report.band()).isEqualTo(policy.band(expected));
  }

  @Test
  void recency_halvesEveryCadenceInterval() {
    HealthReport oneInterval = policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, List.of(out(1, AS_OF.minusDays(30)))));
    HealthReport twoIntervals = policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, List.of(out(1, AS_OF.minusDays(60)))));
    HealthReport uncadenced = policy.assess(ada, Cadence.none(), summary(ada, AS_OF, List.of(out(1, AS_OF.minusDays(30)))));

    assertThat(oneInterval.recency()).isCloseTo(0.5, within(1e-12));
    assertThat(twoIntervals.recency()).isCloseTo(0.25, within(1e-12));
    assertThat(uncadenced.recency()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void givenNoCadence_recencyHalvesWithTheFadeHalfLife_notWithTheCopyOfANumber() {
    HealthPolicy slowerFade = HealthPolicy.builder().halfLifeDays(60).build();
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(60)));

    HealthReport report = slowerFade.assess(ada, Cadence.none(), summary(ada, slowerFade.queryAsOf(AS_OF, Fixtures.UTC), touches));

    assertThat(report.recency()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void givenNoCadence_oneMeeting100DaysAgo_scoresAbout25_atRisk_not43() {
    // v2 measured recency against 182 days and gave 43 (cooling); v2.1 against the 30-day half-life.
    List<Touch> touches = List.of(touch(1, AS_OF.minusDays(100), Direction.MUTUAL, InteractionKind.MEETING));

    HealthReport report = policy.assess(ada, Cadence.none(), summary(ada, AS_OF, touches));

    assertThat(report.score()).isCloseTo(25, within(1.0));
    assertThat(report.band()).isEqualTo(HealthBand.AT_RISK);
    assertThat(report.reasonTexts()).contains("last touch 100 days ago; cadence none");
  }

  @Test
  void withNoTouches_recencyCountsFromTheDateConnected_andAFreshConnectionIsNew() {
    Contact fresh = Contact.builder().from(ada).connectedOn(AS_OF.minusDays(10)).build();
    Contact stale = Contact.builder().from(ada).connectedOn(AS_OF.minusDays(30)).build();

    HealthReport freshReport = policy.assess(fresh, Cadence.monthly(), summary(fresh, AS_OF, List.of()));
    HealthReport staleReport = policy.assess(stale, Cadence.monthly(), summary(stale, AS_OF, List.of()));

    assertThat(freshReport.band()).isEqualTo(HealthBand.NEW);
    assertThat(freshReport.recency()).isCloseTo(Math.pow(2, -10 / 30.0), within(1e-12));
    assertThat(freshReport.reasonTexts()).contains("no touch yet, connected 10 days ago; cadence monthly");
    assertThat(staleReport.band()).isEqualTo(HealthBand.AT_RISK); // exactly 15 is the lowest AT_RISK score
    assertThat(staleReport.score()).isCloseTo(15, within(1e-9)); // 0.3 · ½ · 100
  }

  @Test
  void aLapsedTie_namesTheDayItIsMeasuredFrom_notThousandsOfDays() {
    Contact connected = Contact.builder().from(contact(1, "Ada", Tier.ACQUAINTANCE)).connectedOn(LocalDate.of(2016, 7, 11)).build();
    Contact touched = Contact.builder().from(contact(1, "Ada", Tier.ACQUAINTANCE)).connectedOn(LocalDate.of(2015, 1, 5)).build();
    CadencePolicy cadence = CadencePolicy.defaults();
    TouchSummary never = summary(connected, AS_OF, List.of());
    TouchSummary once = summary(touched, AS_OF, List.of(out(1, LocalDate.of(2019, 3, 2))));

    HealthReport neverReport = policy.assess(connected, cadence.status(connected, never), never);
    HealthReport onceReport = policy.assess(touched, cadence.status(touched, once), once);
    HealthReport unworded = policy.assess(connected, Cadence.twiceAYear(), never);

    assertThat(neverReport.reasonTexts()).contains("lapsed: connected 2016-07-11, never in touch; cadence twice a year");
    assertThat(onceReport.reasonTexts()).contains("lapsed: last touch 2019-03-02; cadence twice a year");
    assertThat(neverReport.score()).isEqualTo(unworded.score());
  }

  @Test
  void givenNothingAtAll_theScoreIsZero_andDormant() {
    HealthReport report = policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, List.of()));

    assertThat(report.score()).isZero();
    assertThat(report.band()).isEqualTo(HealthBand.DORMANT);
    assertThat(report.reciprocity()).isZero();
  }

  @Test
  void oneSidedGiving_hasNoReciprocity_andTheReasonSaysSo() {
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(100)), out(1, AS_OF.minusDays(60)), out(1, AS_OF.minusDays(47)));

    HealthReport report = policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, touches));

    assertThat(report.reciprocity()).isZero();
    assertThat(report.reasonTexts()).containsExactlyInAnyOrder(
        "last touch 47 days ago; cadence monthly", "2 touches in the last 90 days", "3 outbound, 0 inbound in 12 months");
    assertThat(report.reasons().stream().mapToDouble(HealthReason::share).sum()).isCloseTo(report.score(), within(1e-9));
    assertThat(report.reasons()).isSortedAccordingTo((a, b) -> Double.compare(b.share(), a.share()));
  }

  @Test
  void aResponsiveContact_scoresAboveAnEquallyTouchedSilentOne() {
    List<Touch> silent = List.of(out(1, AS_OF.minusDays(20)), out(1, AS_OF.minusDays(10)));
    List<Touch> responsive = List.of(out(1, AS_OF.minusDays(20)), in(1, AS_OF.minusDays(19)), out(1, AS_OF.minusDays(10)));

    assertThat(policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, responsive)).score())
        .isGreaterThan(policy.assess(ada, Cadence.monthly(), summary(ada, AS_OF, silent)).score());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"100, THRIVING", "75, THRIVING", "74.99, HEALTHY", "55, HEALTHY", "54.9, COOLING", "35, COOLING",
      "34.9, AT_RISK", "15, AT_RISK", "14.99, DORMANT", "0, DORMANT"})
  void bands_followTheSpecsThresholds(double score, HealthBand band) {
    assertThat(policy.band(score)).isEqualTo(band);
  }

  @Test
  void theReport_isTheSameInEveryJvmZone_forTheOwnersZone() {
    ZoneId owner = ZoneId.of("America/Los_Angeles");
    // Late evening in Los Angeles is already the next day in UTC: only the owner's zone may count.
    List<Touch> touches = List.of(
        touch(1, AS_OF.minusDays(40), Direction.OUTBOUND, InteractionKind.CALL, owner),
        touch(1, AS_OF.minusDays(3), Direction.INBOUND, InteractionKind.MESSAGE, owner),
        Touch.builder().contact(new ContactId(1)).at(AS_OF.atTime(23, 30).atZone(owner).toInstant())
            .direction(Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build());
    TouchSummaryQuery query = policy.queryAsOf(AS_OF, owner);
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      HealthReport east = policy.assess(ada, Cadence.monthly(), summary(ada, query, touches));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
      HealthReport west = policy.assess(ada, Cadence.monthly(), summary(ada, query, touches));

      assertThat(east).isEqualTo(west);
      assertThat(east.recency()).isEqualTo(1.0);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void givenAnotherContactsSummary_assessIsRefused() {
    TouchSummary bobs = TouchSummary.empty(new ContactId(2), policy.queryAsOf(AS_OF, Fixtures.UTC));

    assertThatIllegalArgumentException().isThrownBy(() -> policy.assess(ada, Cadence.monthly(), bobs));
  }

  @Test
  void givenFactorWeightsNotAddingUpToOne_thePolicyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> HealthPolicy.builder().strengthWeight(0.9).build())
        .withMessageContaining("add up to 1");
  }
}
