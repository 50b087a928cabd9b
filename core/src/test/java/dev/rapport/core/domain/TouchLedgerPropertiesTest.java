package dev.rapport.core.domain;

import static dev.rapport.core.contract.SummaryAssertions.assertSameSummaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
    TouchLedger ledger = new TouchLedger();
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
    Map<ContactId, TouchSummary> expected = TouchSummary.summarize(oldestFirst(written, null), query);
    assertSameSummaries(ledger.summaries(query, id -> oldestFirst(written, id)), expected);
  }

  @Property(tries = 200)
  void unpackedStats_answerAndGoOnAsTheOnesPacked(@ForAll("writes") List<List<Touch>> batches,
      @ForAll @IntRange(min = 0, max = 900) int daysBeforeLast) {
    List<Touch> touches = oldestFirst(batches.stream().flatMap(List::stream).toList(), new ContactId(1));
    if (touches.isEmpty()) {
      return;
    }
    int half = touches.size() / 2;
    TouchStats original = new TouchStats(new ContactId(1));
    touches.subList(0, half + 1).forEach(original::add);
    TouchStats copy = TouchStats.unpack(new ContactId(1), original.pack());
    touches.subList(half + 1, touches.size()).forEach(t -> {
      original.add(t);
      copy.add(t);
    });

    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY.minusDays(daysBeforeLast), ZONE, 30, 14, 90, 365);
    assertThat(copy.pack()).isEqualTo(original.pack());
    if (original.answers(query)) {
      assertThat(copy.summary(query)).isEqualTo(original.summary(query));
    }
  }

  @Test
  void givenDamagedBytes_unpack_saysWhatIsWrong() {
    TouchStats stats = new TouchStats(new ContactId(7));
    stats.add(touch(7, END.minusSeconds(86_400), Direction.OUTBOUND, InteractionKind.MESSAGE));
    byte[] packed = stats.pack();

    assertThatThrownBy(() -> TouchStats.unpack(new ContactId(7), Arrays.copyOf(packed, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end early, after 10 bytes");
    assertThatThrownBy(() -> TouchStats.unpack(new ContactId(7), Arrays.copyOf(packed, packed.length + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 bytes left over");
    byte[] negativeSum = packed.clone();
    ByteBuffer.wrap(negativeSum).putDouble(8 + 4 + 8 + 4, -1.0);
    assertThatThrownBy(() -> TouchStats.unpack(new ContactId(7), negativeSum))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sums must be finite and not negative");
  }

  @Test
  void stats_answerOnlyQueriesTheyKeepEverythingFor() {
    TouchStats stats = new TouchStats(new ContactId(1));
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
    TouchStats stats = new TouchStats(new ContactId(7));
    stats.add(touch(7, END.minusSeconds(10 * 86_400), Direction.OUTBOUND, InteractionKind.MESSAGE));
    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 365);
    TouchSummary summary = stats.summary(query); // shares the stats' sums
    TouchSummary independent = TouchStats.unpack(new ContactId(7), stats.pack()).summary(query);

    stats.add(touch(7, END.minusSeconds(5 * 86_400), Direction.INBOUND, InteractionKind.MESSAGE));

    assertThat(summary).isEqualTo(independent);
    assertThat(summary.answeredFaded(InteractionKind.MESSAGE)).isZero();
  }

  @Test
  void stats_giveBackWhatTheyKeep() {
    TouchStats stats = new TouchStats(new ContactId(7));
    stats.add(touch(7, END.minusSeconds(40 * 86_400), Direction.OUTBOUND, InteractionKind.RESOURCE_SHARED));
    stats.add(touch(7, END.minusSeconds(30 * 86_400), Direction.INBOUND, InteractionKind.MESSAGE));
    stats.add(touch(7, END.minusSeconds(86_400), Direction.OUTBOUND, InteractionKind.CALL));
    TouchSummaryQuery query = new TouchSummaryQuery(LAST_DAY, ZONE, 30, 14, 90, 365);

    assertThat(TouchStats.unpack(new ContactId(7), stats.pack()).summary(query)).isEqualTo(stats.summary(query));
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
