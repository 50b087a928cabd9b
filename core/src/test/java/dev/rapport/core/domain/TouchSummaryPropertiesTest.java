package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.aggregates.TouchSummarizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass summary agrees with the definitions on {@link TouchSummary}, computed the slow way,
 * for busy bursts (more unanswered touches than fit inline), ids too large for a direct index,
 * and touches before 1970.
 */
class TouchSummaryPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(1970, 1, 5);
  private static final TouchSummaryQuery QUERY = new TouchSummaryQuery(AS_OF, ZoneOffset.UTC, 30, 14, 90, 365);
  private static final long[] IDS = {1, 2, 3, 9_000_000_000L};

  @Property(tries = 300)
  void summarize_agreesWithTheDefinitions(@ForAll("histories") List<Touch> touches) {
    Map<ContactId, TouchSummary> summaries = TouchSummarizer.summarize(touches, QUERY);

    for (long raw : IDS) {
      ContactId id = new ContactId(raw);
      List<Touch> mine = touches.stream().filter(t -> t.contact().equals(id) && t.at().isBefore(QUERY.until())).toList();
      if (mine.isEmpty()) {
        assertThat(summaries).doesNotContainKey(id);
        continue;
      }
      TouchSummary s = summaries.get(id);
      for (InteractionKind kind : InteractionKind.values()) {
        for (Direction direction : Direction.values()) {
          double expected = mine.stream().filter(t -> t.kind() == kind && t.direction() == direction)
              .mapToDouble(t -> QUERY.fade(t.at())).sum();
          assertThat(s.faded(direction, kind)).isCloseTo(expected, within(1e-9));
        }
        double answered = 0;
        for (int i = 0; i < mine.size(); i++) {
          Touch t = mine.get(i);
          if (t.kind() == kind && t.direction().fromOwner() && answered(mine, i)) {
            answered += QUERY.fade(t.at());
          }
        }
        assertThat(s.answeredFaded(kind)).isCloseTo(answered, within(1e-9));
      }
      assertThat(s.lastOutbound()).isEqualTo(last(mine, true));
      assertThat(s.lastInbound()).isEqualTo(last(mine, false));
      assertThat(s.touchCount()).isEqualTo(mine.size());
      List<InteractionKind> outboundKinds = new ArrayList<>(mine.stream().filter(t -> t.direction().fromOwner()).map(Touch::kind).toList());
      java.util.Collections.reverse(outboundKinds);
      assertThat(s.lastOutboundKinds()).isEqualTo(outboundKinds.subList(0, Math.min(3, outboundKinds.size())));
    }
  }

  @Property(tries = 500)
  void dayOf_isTheDayInTheZone_withinItsKeptOffsetsAndBeyond(
      @ForAll("zones") String zone, @ForAll @net.jqwik.api.constraints.LongRange(min = -5 * 365 * 86_400L, max = 86_400L) long secondsFromAsOf) {
    TouchSummaryQuery query = new TouchSummaryQuery(LocalDate.of(2026, 3, 29), java.time.ZoneId.of(zone), 30, 14, 90, 365);
    Instant at = query.until().plusSeconds(secondsFromAsOf);

    assertThat(query.dayOf(at)).isEqualTo(LocalDate.ofInstant(at, java.time.ZoneId.of(zone)));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
        "Pacific/Apia", "America/Santiago", "+05:45");
  }

  private static boolean answered(List<Touch> touches, int i) {
    Touch out = touches.get(i);
    if (out.direction() == Direction.MUTUAL) {
      return true;
    }
    for (int j = i + 1; j < touches.size(); j++) {
      if (touches.get(j).direction().fromContact()) {
        return !touches.get(j).at().isAfter(out.at().plus(QUERY.answerWindow()));
      }
    }
    return false;
  }

  private static Optional<Instant> last(List<Touch> touches, boolean fromOwner) {
    return touches.stream().filter(t -> fromOwner ? t.direction().fromOwner() : t.direction().fromContact())
        .map(Touch::at).reduce((a, b) -> b);
  }

  @Provide
  Arbitrary<List<Touch>> histories() {
    Arbitrary<Direction> mostlyOutbound = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just(Direction.OUTBOUND)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Direction.INBOUND)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Direction.MUTUAL)));
    // Seconds around the as-of day: from 1969 (negative epoch seconds) to after it (left out).
    Arbitrary<Touch> touch = Combinators.combine(Arbitraries.of(1L, 2L, 3L, 9_000_000_000L),
        Arbitraries.longs().between(-10L * 86_400, 10L * 86_400), mostlyOutbound, Arbitraries.of(InteractionKind.class))
        .as((id, second, direction, kind) -> Touch.builder().contact(new ContactId(id)).at(Instant.ofEpochSecond(second))
            .direction(direction).kind(kind).build());
    return touch.list().ofMaxSize(60).map(list -> list.stream().sorted(Comparator.comparing(Touch::at)).toList());
  }
}
