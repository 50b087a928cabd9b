package dev.rapport.core.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchSummarizerTest {

  private static final ContactId ADA = new ContactId(1);
  private static final ContactId BOB = new ContactId(2);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final TouchSummaryQuery QUERY = new TouchSummaryQuery(AS_OF, ZoneOffset.UTC, 30, 14, 90, 365);

  private static Touch touch(ContactId who, String at, Direction direction, InteractionKind kind) {
    return Touch.builder().contact(who).at(Instant.parse(at)).direction(direction).kind(kind).build();
  }

  @Test
  void fadedSums_halveEveryHalfLife_andAreKeptPerDirectionAndKind() {
    // until() is the end of 26 November: a touch at the start of 27 October is 31 days old.
    Touch old = touch(ADA, "2026-10-27T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE);
    Touch fresh = touch(ADA, "2026-11-26T00:00:00Z", Direction.INBOUND, InteractionKind.CALL);

    TouchSummary s = TouchSummarizer.summarize(List.of(old, fresh), QUERY).get(ADA);

    assertThat(s.faded(Direction.OUTBOUND, InteractionKind.MESSAGE)).isCloseTo(Math.pow(2, -31 / 30.0), within(1e-12));
    assertThat(s.faded(Direction.INBOUND, InteractionKind.CALL)).isCloseTo(Math.pow(2, -1 / 30.0), within(1e-12));
    assertThat(s.faded(Direction.INBOUND, InteractionKind.MESSAGE)).isZero();
    assertThat(s.lastOutbound()).contains(old.at());
    assertThat(s.lastInbound()).contains(fresh.at());
    assertThat(s.lastMeetingOrCall()).contains(fresh.at());
    assertThat(s.touchCount()).isEqualTo(2);
  }

  @Test
  void anOutboundTouchAnsweredWithin14Days_countsAsAnswered_andOneAnsweredLaterDoesNot() {
    Touch answeredOut = touch(ADA, "2026-09-01T10:00:00Z", Direction.OUTBOUND, InteractionKind.QUESTION);
    Touch answer = touch(ADA, "2026-09-15T10:00:00Z", Direction.INBOUND, InteractionKind.MESSAGE);
    Touch lateOut = touch(ADA, "2026-10-01T10:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE);
    Touch lateAnswer = touch(ADA, "2026-10-15T10:00:01Z", Direction.INBOUND, InteractionKind.MESSAGE);

    TouchSummary s = TouchSummarizer.summarize(List.of(answeredOut, answer, lateOut, lateAnswer), QUERY).get(ADA);

    assertThat(s.answeredFaded(InteractionKind.QUESTION)).isCloseTo(QUERY.fade(answeredOut.at()), within(1e-12));
    assertThat(s.answeredFaded(InteractionKind.MESSAGE)).isZero();
  }

  @Test
  void aMutualTouch_countsBothWays_isAnswered_andNeedsNoReply() {
    Touch meeting = touch(ADA, "2026-11-20T18:00:00Z", Direction.MUTUAL, InteractionKind.MEETING);

    TouchSummary s = TouchSummarizer.summarize(List.of(meeting), QUERY).get(ADA);

    assertThat(s.answeredFaded(InteractionKind.MEETING)).isEqualTo(s.faded(Direction.MUTUAL, InteractionKind.MEETING));
    assertThat(s.outboundCount()).isEqualTo(1);
    assertThat(s.inboundCount()).isEqualTo(1);
    assertThat(s.awaitsReply()).isFalse();
  }

  @Test
  void anInboundTouchAfterTheLastOutbound_awaitsReply() {
    Touch out = touch(ADA, "2026-11-01T09:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE);
    Touch in = touch(ADA, "2026-11-02T09:00:00Z", Direction.INBOUND, InteractionKind.MESSAGE);

    assertThat(TouchSummarizer.summarize(List.of(out, in), QUERY).get(ADA).awaitsReply()).isTrue();
    assertThat(TouchSummarizer.summarize(List.of(in), QUERY).get(ADA).awaitsReply()).isTrue();
    assertThat(TouchSummarizer.summarize(List.of(out), QUERY).get(ADA).awaitsReply()).isFalse();
  }

  @Test
  void countsCoverTheirWindows_andTouchesAfterTheAsOfDayAreLeftOut() {
    List<Touch> touches = List.of(
        touch(ADA, "2025-11-26T12:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE), // 366 days before: outside the year
        touch(ADA, "2025-11-27T12:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE), // first day of the year window
        touch(ADA, "2026-08-29T12:00:00Z", Direction.INBOUND, InteractionKind.MESSAGE),  // first day of the 90-day window
        touch(ADA, "2026-11-01T00:00:00Z", Direction.OUTBOUND, InteractionKind.GREETING), // this month
        touch(ADA, "2026-11-27T00:00:00Z", Direction.OUTBOUND, InteractionKind.GREETING)); // after the as-of day

    TouchSummary s = TouchSummarizer.summarize(touches, QUERY).get(ADA);

    assertThat(s.touchCount()).isEqualTo(4);
    assertThat(s.recentCount()).isEqualTo(2);
    assertThat(s.outboundCount()).isEqualTo(2);
    assertThat(s.inboundCount()).isEqualTo(1);
    assertThat(s.outboundThisMonth()).isEqualTo(1);
    assertThat(s.lastOutbound()).contains(Instant.parse("2026-11-01T00:00:00Z"));
  }

  @Test
  void windows_followTheOwnersZone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    TouchSummaryQuery inTokyo = new TouchSummaryQuery(AS_OF, tokyo, 30, 14, 90, 365);
    // 26 November 20:00 UTC is already 27 November in Tokyo: after the as-of day there.
    Touch evening = touch(ADA, "2026-11-26T20:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE);

    assertThat(TouchSummarizer.summarize(List.of(evening), QUERY)).containsKey(ADA);
    assertThat(TouchSummarizer.summarize(List.of(evening), inTokyo)).doesNotContainKey(ADA);
  }

  @Test
  void lastOutboundKinds_areTheLastThree_mostRecentFirst_andSharedResourcesAreRemembered() {
    ResourceId article = new ResourceId(7);
    List<Touch> touches = List.of(
        Touch.builder().contact(ADA).at(Instant.parse("2026-11-01T00:00:00Z")).direction(Direction.OUTBOUND)
            .kind(InteractionKind.RESOURCE_SHARED).resource(article).build(),
        touch(ADA, "2026-11-02T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE),
        touch(ADA, "2026-11-03T00:00:00Z", Direction.INBOUND, InteractionKind.GREETING),
        touch(ADA, "2026-11-04T00:00:00Z", Direction.OUTBOUND, InteractionKind.CAREER_UPDATE),
        touch(ADA, "2026-11-05T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE));

    TouchSummary s = TouchSummarizer.summarize(touches, QUERY).get(ADA);

    assertThat(s.lastOutboundKinds()).containsExactly(
        InteractionKind.MESSAGE, InteractionKind.CAREER_UPDATE, InteractionKind.MESSAGE);
    assertThat(s.resourcesSent()).containsExactly(article);
  }

  @Test
  void eachContactGetsTheirOwnSummary_andContactsWithoutTouchesNone() {
    Map<ContactId, TouchSummary> all = TouchSummarizer.summarize(List.of(
        touch(ADA, "2026-11-01T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE),
        touch(BOB, "2026-11-02T00:00:00Z", Direction.INBOUND, InteractionKind.MESSAGE)), QUERY);

    assertThat(all).containsOnlyKeys(ADA, BOB);
    assertThat(all.get(BOB).lastOutbound()).isEmpty();
    assertThat(all.get(ADA).lastInbound()).isEmpty();
  }

  @Test
  void givenTouchesOutOfOrder_summarize_isRefused() {
    List<Touch> touches = List.of(
        touch(ADA, "2026-11-02T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE),
        touch(ADA, "2026-11-01T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE));

    assertThatIllegalArgumentException().isThrownBy(() -> TouchSummarizer.summarize(touches, QUERY))
        .withMessageContaining("oldest first");
  }

  @Test
  void aBuiltSummary_equalsTheComputedOne() {
    Touch out = touch(ADA, "2026-11-01T00:00:00Z", Direction.OUTBOUND, InteractionKind.MESSAGE);
    TouchSummary built = TouchSummary.builder(ADA, QUERY)
        .faded(Direction.OUTBOUND, InteractionKind.MESSAGE, QUERY.fade(out.at()))
        .lastOutbound(Optional.of(out.at()))
        .lastOutboundKinds(List.of(InteractionKind.MESSAGE))
        .counts(1, 1, 1, 0, 1)
        .build();

    assertThat(built).isEqualTo(TouchSummarizer.summarize(List.of(out), QUERY).get(ADA));
    assertThat(built.hashCode()).isEqualTo(TouchSummarizer.summarize(List.of(out), QUERY).get(ADA).hashCode());
  }

  @Test
  void aBuilderChangedAfterBuilding_leavesTheSummaryItBuiltAsItWas() {
    TouchSummary.Builder builder = TouchSummary.builder(ADA, QUERY).faded(Direction.OUTBOUND, InteractionKind.MESSAGE, 1);
    TouchSummary first = builder.build();

    builder.faded(Direction.OUTBOUND, InteractionKind.MESSAGE, 2).sums(new double[TouchSummary.SUMS], 1)
        .answeredFaded(InteractionKind.MESSAGE, 0.5);

    assertThat(first.faded(Direction.OUTBOUND, InteractionKind.MESSAGE)).isEqualTo(1);
    assertThat(first.answeredFaded(InteractionKind.MESSAGE)).isZero();
    assertThat(builder.build().answeredFaded(InteractionKind.MESSAGE)).isEqualTo(0.5);
  }

  @Test
  void givenBadValues_theBuilderAndQueryRefuseThem() {
    assertThatIllegalArgumentException().isThrownBy(() -> TouchSummary.builder(ADA, QUERY)
        .faded(Direction.INBOUND, InteractionKind.CALL, -1)).withMessageContaining("faded");
    assertThatIllegalArgumentException().isThrownBy(() -> new TouchSummaryQuery(AS_OF, ZoneOffset.UTC, 0, 14, 90, 365))
        .withMessageContaining("halfLifeDays");
  }
}
