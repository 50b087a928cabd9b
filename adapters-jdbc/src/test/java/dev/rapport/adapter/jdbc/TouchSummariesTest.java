package dev.rapport.adapter.jdbc;

import static dev.rapport.core.contract.SummaryAssertions.assertSameSummaries;

import dev.rapport.core.contract.Samples;
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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL summaries (kept stats plus the window query) against the one-pass definition in core,
 * over random touches written in order, out of order, and partly deleted.
 */
class TouchSummariesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  abstract static class Cases {

  abstract JdbcStore newStore();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void summaries_matchTheOnePassDefinition(long seed) {
    try (JdbcStore store = newStore()) {
      Random random = new Random(seed);
      List<ContactId> contacts = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        contacts.add(Samples.newContact(store, "Contact " + i));
      }
      List<Touch> touches = randomTouches(random, contacts, 600);
      // First in order in two batches, then an out-of-order batch of older history, then singles.
      Collections.sort(touches.subList(0, 300), (a, b) -> a.at().compareTo(b.at()));
      store.touches().addAll(touches.subList(0, 150));
      store.touches().addAll(touches.subList(150, 300));
      store.touches().addAll(touches.subList(300, 550));
      touches.subList(550, 600).forEach(store.touches()::add);
      store.transactions().run(() -> store.touches().deleteForContact(contacts.get(3)));

      for (TouchSummaryQuery query : List.of(
          new TouchSummaryQuery(AS_OF, ZONE, 30, 14, 90, 365),
          new TouchSummaryQuery(AS_OF.minusDays(200), ZONE, 30, 14, 90, 365), // touches after the as-of day
          new TouchSummaryQuery(AS_OF, ZONE, 30, 14, 90, 800),                // a window longer than the kept one
          new TouchSummaryQuery(AS_OF, ZONE, 45, 7, 30, 180))) {              // not the kept half-life
        assertSameSummaries(store.touches().summaries(query),
            TouchSummary.summarize(store.touches().findAll(), query));
      }
    }
  }

  private static List<Touch> randomTouches(Random random, List<ContactId> contacts, int count) {
    Instant end = AS_OF.atStartOfDay(ZONE).toInstant();
    List<Touch> touches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ContactId who = contacts.get(random.nextInt(contacts.size()));
      Instant at = end.minusSeconds(random.nextInt(3 * 365 * 86_400)).plusSeconds(random.nextInt(40 * 86_400))
          .plusNanos(random.nextInt(3) * 1_000);
      Direction direction = Direction.values()[random.nextInt(3)];
      InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
      ImmutableTouch.Builder touch = Touch.builder().contact(who).at(at).direction(direction).kind(kind);
      if (kind == InteractionKind.RESOURCE_SHARED) {
        touch.resource(new ResourceId(1 + random.nextInt(3)));
      }
      if (kind == InteractionKind.INTRODUCTION && random.nextBoolean()) {
        ContactId other = contacts.get(random.nextInt(contacts.size()));
        if (!other.equals(who)) {
          touch.introducedTo(other);
        }
      }
      touches.add(touch.build());
    }
    return touches;
  }

  }

  @Nested
  class OnSqlite extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newPostgresStore();
    }
  }
}
