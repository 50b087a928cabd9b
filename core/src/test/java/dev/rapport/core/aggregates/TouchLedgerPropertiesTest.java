package dev.rapport.core.aggregates;

import static dev.rapport.core.contract.SummaryAssertions.assertSameSummaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The ledger, kept touch by touch (history written late, contacts forgotten), gives the same
 * summaries as the one-pass definition over all the touches, for queries it answers from its
 * stats and for those it must answer from the touches.
 */
class TouchLedgerPropertiesTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 26);
  private static final Instant END = LAST_DAY.atStartOfDay(ZONE).toInstant();

  @Property(tries = 200)
  void summaries_equalTheOnePassDefinition(@ForAll("writes") List<List<Touch>> batches,
      @ForAll @IntRange(min = 0, max = 900) int daysBeforeLast, @ForAll boolean keptHalfLife) {
    TouchLedger ledger = new TouchLedger(KeptWindows.defaults());
    List<Touch> written = new ArrayList<>();
    for (List<Touch> batch : batches) {
      for (Touch touch : batch) {
        written.add(touch);
        if (!ledger.append(touch)) {
          ledger.rebuild(touch.contact(), oldestFirst(written, touch.contact()));
        }
      }
    }
    ContactId forgotten = new ContactId(3);
    ledger.forget(forgotten);
    written.removeIf(t -> t.contact().equals(forgotten));

    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY.minusDays(daysBeforeLast), ZONE,
        keptHalfLife ? 30 : 45, keptHalfLife ? 14 : 7, 90, 365);
    Map<ContactId, TouchSummary> expected = TouchSummarizer.summarize(oldestFirst(written, null), query);
    assertSameSummaries(ledger.summaries(query, id -> oldestFirst(written, id)), expected);
  }

  @Property(tries = 200)
  void statsFromTheirParts_answerAndGoOnAsTheOriginal(@ForAll("writes") List<List<Touch>> batches,
      @ForAll @IntRange(min = 0, max = 900) int daysBeforeLast) {
    List<Touch> touches = oldestFirst(batches.stream().flatMap(List::stream).toList(), new ContactId(1));
    if (touches.isEmpty()) {
      return;
    }
    int half = touches.size() / 2;
    TouchStats original = new TouchStats(new ContactId(1), KeptWindows.defaults());
    touches.subList(0, half + 1).forEach(original::add);
    TouchStats copy = TouchStats.of(new ContactId(1), KeptWindows.defaults(), original.parts());
    touches.subList(half + 1, touches.size()).forEach(t -> {
      original.add(t);
      copy.add(t);
    });

    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY.minusDays(daysBeforeLast), ZONE, 30, 14, 90, 365);
    assertThat(copy.parts()).usingRecursiveComparison().isEqualTo(original.parts());
    if (original.answers(query)) {
      assertThat(copy.summary(query)).isEqualTo(original.summary(query));
    }
  }

  @Test
  void givenPartsThatAreNotStats_of_saysWhatIsWrong() {
    TouchStats stats = new TouchStats(new ContactId(7), KeptWindows.defaults());
    stats.add(touch(7, END.minusSeconds(86_400), Direction.OUTBOUND, InteractionKind.MESSAGE));
    TouchStats.Parts parts = stats.parts();
    double[] negative = parts.sums().clone();
    negative[0] = -1;

    assertThatThrownBy(() -> TouchStats.of(new ContactId(7), KeptWindows.defaults(), new TouchStats.Parts(parts.lastAt(),
        parts.count(), negative, parts.awaitingSeconds(), parts.awaitingKinds(), parts.recentSeconds(),
        parts.recentDirections(), parts.lastOutbound(), parts.lastInbound(), parts.lastMeetingOrCall(), parts.lastKinds(),
        parts.resources()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sums must be finite and not negative");
    assertThatThrownBy(() -> TouchStats.of(new ContactId(7), KeptWindows.defaults(), new TouchStats.Parts(parts.lastAt(),
        0, parts.sums(), parts.awaitingSeconds(), parts.awaitingKinds(), parts.recentSeconds(),
        parts.recentDirections(), parts.lastOutbound(), parts.lastInbound(), parts.lastMeetingOrCall(), parts.lastKinds(),
        parts.resources()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count must be positive");
  }

  /**
   * Stats kept for other windows than the defaults (an embedder's half-life and answer window)
   * answer queries with those windows, equal to the one-pass definition, and no longer those
   * with the defaults.
   */
  @Property(tries = 100)
  void statsKeptForOtherWindows_answerTheirQueries_asTheOnePassDefinition(@ForAll("writes") List<List<Touch>> batches,
      @ForAll @IntRange(min = 0, max = 300) int daysBeforeLast) {
    KeptWindows windows = new KeptWindows(45, 7);
    TouchLedger ledger = new TouchLedger(windows);
    List<Touch> all = oldestFirst(batches.stream().flatMap(List::stream).toList(), null);
    all.forEach(ledger::append);
    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY.minusDays(daysBeforeLast), ZONE, 45, 7, 90, 365);

    assertSameSummaries(ledger.summaries(query, id -> oldestFirst(all, id)), TouchSummarizer.summarize(all, query));
    List<Touch> first = oldestFirst(all, new ContactId(1));
    if (first.isEmpty()) {
      return;
    }
    TouchStats stats = new TouchStats(new ContactId(1), windows);
    first.forEach(stats::add);
    assertThat(stats.answers(new TouchSummaryQuery(LAST_DAY.plusDays(1), ZONE, 45, 7, 90, 365))).isTrue();
    assertThat(stats.answers(new TouchSummaryQuery(LAST_DAY.plusDays(1), ZONE, 30, 14, 90, 365))).isFalse();
  }

  @Test
  void stats_answerOnlyQueriesTheyKeepEverythingFor() {
    TouchStats stats = new TouchStats(new ContactId(1), KeptWindows.defaults());
    stats.add(touch(1, END.minusSeconds(86_400), Direction.OUTBOUND, InteractionKind.MESSAGE));
    TouchSummaryQuery today = new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 365);

    assertThat(stats.answers(today)).isTrue();
    assertThat(stats.answers(new TouchSummaryQuery(LAST_DAY.minusDays(2), ZONE, 30, 14, 90, 365))).as("before the touch").isFalse();
    assertThat(stats.answers(new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 800))).as("a window longer than kept").isFalse();
    assertThat(stats.answers(new TouchSummaryQuery(LAST_DAY, ZONE, 45, 14, 90, 365))).as("another half-life").isFalse();
    assertThatThrownBy(() -> stats.add(touch(1, END.minusSeconds(2 * 86_400), Direction.INBOUND, InteractionKind.CALL)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oldest first");
  }

  @Test
  void aSummary_staysAsItWas_whenTheStatsCountMoreTouches() {
    TouchStats stats = new TouchStats(new ContactId(7), KeptWindows.defaults());
    stats.add(touch(7, END.minusSeconds(10 * 86_400), Direction.OUTBOUND, InteractionKind.MESSAGE));
    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 365);
    TouchSummary summary = stats.summary(query);
    TouchSummary independent = TouchStats.of(new ContactId(7), KeptWindows.defaults(), stats.parts()).summary(query);

    stats.add(touch(7, END.minusSeconds(5 * 86_400), Direction.INBOUND, InteractionKind.MESSAGE));

    assertThat(summary).isEqualTo(independent);
    assertThat(summary.answeredFaded(InteractionKind.MESSAGE)).isZero();
  }

  @Test
  void stats_giveBackWhatTheyKeep() {
    TouchStats stats = new TouchStats(new ContactId(7), KeptWindows.defaults());
    stats.add(touch(7, END.minusSeconds(40 * 86_400), Direction.OUTBOUND, InteractionKind.RESOURCE_SHARED));
    stats.add(touch(7, END.minusSeconds(30 * 86_400), Direction.INBOUND, InteractionKind.MESSAGE));
    stats.add(touch(7, END.minusSeconds(86_400), Direction.OUTBOUND, InteractionKind.CALL));
    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 365);

    assertThat(TouchStats.of(new ContactId(7), KeptWindows.defaults(), stats.parts()).summary(query)).isEqualTo(stats.summary(query));
  }

  private static Touch touch(long contact, Instant at, Direction direction, InteractionKind kind) {
    return Touch.builder().contact(new ContactId(contact)).at(at).direction(direction).kind(kind).build();
  }

  /** The written touches (of one contact, or all when null), oldest first, ties in the order written. */
  private static List<Touch> oldestFirst(List<Touch> written, ContactId contact) {
    return written.stream().filter(t -> contact == null || t.contact().equals(contact))
        .sorted(Comparator.comparing(Touch::at)).toList();
  }

  @Provide
  Arbitrary<List<List<Touch>>> writes() {
    // Three years of touches, often several the same day, in batches each written oldest first
    // but not after one another: a later batch may hold older history.
    Arbitrary<Touch> touch = Combinators.combine(Arbitraries.longs().between(1, 4),
        Arbitraries.integers().between(0, 3 * 365), Arbitraries.integers().between(0, 3).map(h -> h * 3_600),
        Arbitraries.of(Direction.class), Arbitraries.of(InteractionKind.class), Arbitraries.longs().between(1, 3))
        .as((id, day, second, direction, kind, resource) -> {
          ImmutableTouch.Builder b = Touch.builder().contact(new ContactId(id))
              .at(END.minusSeconds(day * 86_400L).plusSeconds(second)).direction(direction).kind(kind);
          return kind == InteractionKind.RESOURCE_SHARED ? b.resource(new ResourceId(resource)).build() : b.build();
        });
    return touch.list().ofMaxSize(40).map(batch -> batch.stream().sorted(Comparator.comparing(Touch::at)).toList())
        .list().ofMaxSize(4);
  }

}
