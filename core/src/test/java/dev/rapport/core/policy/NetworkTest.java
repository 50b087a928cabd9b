package dev.rapport.core.policy;

import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A network finds each contact's summary, and an empty one for a contact without touches. */
class NetworkTest {

  private static final TouchSummaryQuery QUERY = HealthPolicy.defaults().queryAsOf(LocalDate.of(2026, 11, 26), UTC);

  private static Map<ContactId, TouchSummary> summariesOf(Set<Long> ids) {
    List<Touch> touches = new ArrayList<>();
    for (long id : ids) {
      touches.add(Touch.builder().contact(new ContactId(id)).at(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id % 86_400))
          .direction(Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build());
    }
    touches.sort((a, b) -> a.at().compareTo(b.at()));
    return TouchSummarizer.summarize(touches, QUERY);
  }

  @Property(tries = 200)
  void summaryOf_isEachContactsOwn_orEmpty(
      @ForAll @Size(max = 300) Set<@LongRange(min = 1, max = 5_000) Long> withTouches,
      @ForAll @LongRange(min = 1, max = 5_000) long asked) {
    Map<ContactId, TouchSummary> summaries = summariesOf(withTouches);
    Network network = new Network(QUERY, List.of(), summaries, List.of(), List.of());

    for (Map.Entry<ContactId, TouchSummary> summary : summaries.entrySet()) {
      assertThat(network.summaryOf(summary.getKey())).isSameAs(summary.getValue());
    }
    TouchSummary found = network.summaryOf(new ContactId(asked));
    assertThat(found).isEqualTo(withTouches.contains(asked) ? summaries.get(new ContactId(asked))
        : TouchSummary.empty(new ContactId(asked), QUERY));
  }

  @Test
  void aSummaryForAnotherQuery_isRefused() {
    TouchSummaryQuery other = HealthPolicy.defaults().queryAsOf(LocalDate.of(2026, 11, 27), UTC);
    Map<ContactId, TouchSummary> summaries = summariesOf(Set.of(1L));
    assertThatThrownBy(() -> new Network(other, List.of(), summaries, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is for");
  }
}
