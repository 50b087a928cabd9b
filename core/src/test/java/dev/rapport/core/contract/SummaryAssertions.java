package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.TouchSummary;
import java.util.List;
import java.util.Map;

/** Compares summaries computed two ways: equal but for the rounding of their faded sums. */
public final class SummaryAssertions {

  private SummaryAssertions() {}

  /** Asserts the same contacts and, for each, the same summary up to 1e-9 in every sum. */
  public static void assertSameSummaries(Map<ContactId, TouchSummary> actual, Map<ContactId, TouchSummary> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((id, e) -> {
      TouchSummary a = actual.get(id);
      for (Direction d : Direction.values()) {
        for (InteractionKind k : InteractionKind.values()) {
          assertThat(a.faded(d, k)).as("faded %s %s of %s", d, k, id).isCloseTo(e.faded(d, k), within(1e-9));
        }
      }
      for (InteractionKind k : InteractionKind.values()) {
        assertThat(a.answeredFaded(k)).as("answered %s of %s", k, id).isCloseTo(e.answeredFaded(k), within(1e-9));
      }
      assertThat(a.lastOutbound()).as("last outbound of %s", id).isEqualTo(e.lastOutbound());
      assertThat(a.lastInbound()).as("last inbound of %s", id).isEqualTo(e.lastInbound());
      assertThat(a.lastMeetingOrCall()).as("last meeting of %s", id).isEqualTo(e.lastMeetingOrCall());
      assertThat(a.lastOutboundKinds()).as("last kinds of %s", id).isEqualTo(e.lastOutboundKinds());
      assertThat(a.resourcesSent()).as("resources sent to %s", id).isEqualTo(e.resourcesSent());
      assertThat(List.of(a.touchCount(), a.recentCount(), a.outboundCount(), a.inboundCount(), a.outboundThisMonth()))
          .as("counts of %s", id)
          .isEqualTo(List.of(e.touchCount(), e.recentCount(), e.outboundCount(), e.inboundCount(), e.outboundThisMonth()));
    });
  }
}
