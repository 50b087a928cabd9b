package dev.rapport.adapter.jdbc;

import static dev.rapport.core.contract.SummaryAssertions.assertSameSummaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.HealthPolicy;
import dev.rapport.core.policy.HealthReport;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.service.Rapport;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store keeps its touch aggregates for the rules it is opened with: an embedder's half-life and
 * answer window give the same summaries as the touches do, answered from the kept stats (shown by
 * deleting the touches behind the store's back: the kept stats still answer), and a store whose
 * stats were kept for other rules rebuilds them when opened.
 */
class KeptAggregatesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Rules SLOW_FADING = Rules.defaults()
      .withHealth(HealthPolicy.builder().halfLifeDays(45).answerWindowDays(7).build());

  @TempDir
  Path home;

  @Test
  void givenAnEmbeddersHalfLife_summaries_equalTheOnePassDefinition_fromTheKeptStats() {
    TouchSummaryQuery query = SLOW_FADING.health().queryAsOf(AS_OF, ZONE);
    try (JdbcStore store = JdbcStore.openSqlite(home.resolve("rapport.db"), SLOW_FADING)) {
      writeShuffledHistory(store);
      Map<ContactId, TouchSummary> expected = TouchSummarizer.summarize(store.touches().findAll(), query);
      assertThat(expected).hasSize(8);

      assertSameSummaries(store.touches().summaries(query), expected);
      deleteTouchesBehindTheStoresBack(store);
      assertSameSummaries(store.touches().summaries(query), expected);
    }
  }

  /**
   * Through the use cases: an embedder's health, from a store that keeps its aggregates for the
   * embedder's rules, is the health an in-memory store computes from the touches (it keeps its
   * stats for the default rules, so it answers these from the touches).
   */
  @Test
  void givenAnEmbeddersHalfLife_health_isTheSameAsFromTheTouches() {
    Clock clock = Clock.fixed(AS_OF.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    try (JdbcStore store = JdbcStore.openSqlite(home.resolve("rapport.db"), SLOW_FADING)) {
      writeShuffledHistory(store);
      InMemoryStorage fromTouches = new InMemoryStorage();
      store.contacts().findAll().forEach(fromTouches.contacts()::save);
      fromTouches.touches().addAll(store.touches().findAll());

      Map<ContactId, ContactHealth> kept = healthByContact(Rapport.over(store, clock, SLOW_FADING));
      Map<ContactId, ContactHealth> expected = healthByContact(Rapport.over(fromTouches, clock, SLOW_FADING));

      assertThat(kept).hasSize(8).containsOnlyKeys(expected.keySet());
      expected.forEach((contact, health) -> {
        HealthReport report = kept.get(contact).report();
        assertThat(report.band()).as("band of %s", contact).isEqualTo(health.report().band());
        assertThat(report.score()).as("score of %s", contact).isCloseTo(health.report().score(), within(1e-9));
        assertThat(report.responsiveness()).as("responsiveness of %s", contact)
            .isCloseTo(health.report().responsiveness(), within(1e-9));
        assertThat(kept.get(contact).nextDue()).as("next due of %s", contact).isEqualTo(health.nextDue());
      });
    }
  }

  private static Map<ContactId, ContactHealth> healthByContact(Rapport rapport) {
    return rapport.health().all(AS_OF, Optional.empty()).stream()
        .collect(Collectors.toMap(ContactHealth::contactId, Function.identity()));
  }

  @Test
  void givenStatsKeptForOtherRules_opening_rebuildsThemForItsRules() {
    Path file = home.resolve("rapport.db");
    TouchSummaryQuery slow = SLOW_FADING.health().queryAsOf(AS_OF, ZONE);
    TouchSummaryQuery usual = Rules.defaults().health().queryAsOf(AS_OF, ZONE);
    Map<ContactId, TouchSummary> expectedSlow;
    Map<ContactId, TouchSummary> expectedUsual;
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      writeShuffledHistory(store);
      expectedSlow = TouchSummarizer.summarize(store.touches().findAll(), slow);
      expectedUsual = TouchSummarizer.summarize(store.touches().findAll(), usual);
      assertSameSummaries(store.touches().summaries(slow), expectedSlow); // from the touches: not the kept windows
    }
    try (JdbcStore store = JdbcStore.openSqlite(file, SLOW_FADING)) {
      assertThat(keptHalfLife(store)).isEqualTo(45);
      assertSameSummaries(store.touches().summaries(slow), expectedSlow);
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(keptHalfLife(store)).isEqualTo(HealthPolicy.defaults().halfLifeDays());
      deleteTouchesBehindTheStoresBack(store);
      assertSameSummaries(store.touches().summaries(usual), expectedUsual);
    }
  }

  @Test
  void givenTouchesWithoutKeptStats_opening_rebuildsThem_andAStoreWithBoth_isLeftAsItIs() {
    Path file = home.resolve("rapport.db");
    TouchSummaryQuery usual = Rules.defaults().health().queryAsOf(AS_OF, ZONE);
    Map<ContactId, TouchSummary> expected;
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      writeShuffledHistory(store);
      expected = TouchSummarizer.summarize(store.touches().findAll(), usual);
      // as a file upgraded from schema version 1, or interrupted in its upgrade
      TestDatabases.execute(store, "DELETE FROM touch_stats");
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(keptRows(store)).isEqualTo(8);
      assertSameSummaries(store.touches().summaries(usual), expected);
      // one contact's row gone: not what opening checks, so it stays gone
      TestDatabases.execute(store, "DELETE FROM touch_stats WHERE contact_id = (SELECT MIN(contact_id) FROM touch_stats)");
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(keptRows(store)).isEqualTo(7);
    }
  }

  private static long keptRows(JdbcStore store) {
    return store.database().read(c -> {
      try (Statement select = c.createStatement(); var r = select.executeQuery("SELECT COUNT(*) FROM touch_stats")) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /** Eight contacts' touches over two years, written in chunks out of date order, as an import of a shuffled mailbox does. */
  private static void writeShuffledHistory(JdbcStore store) {
    Random random = new Random(11);
    List<ContactId> contacts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      contacts.add(Samples.newContact(store, "Contact " + i));
    }
    Instant end = AS_OF.atStartOfDay(ZONE).toInstant();
    List<Touch> touches = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      touches.add(Touch.builder().contact(contacts.get(random.nextInt(contacts.size())))
          .at(end.minusSeconds(random.nextInt(2 * 365 * 86_400))).direction(Direction.values()[random.nextInt(3)])
          .kind(InteractionKind.values()[random.nextInt(3)]).build());
    }
    Collections.shuffle(touches, random);
    store.transactions().run(() -> {
      for (int from = 0; from < touches.size(); from += 100) {
        store.touches().addAll(touches.subList(from, from + 100));
      }
    });
  }

  private static void deleteTouchesBehindTheStoresBack(JdbcStore store) {
    TestDatabases.execute(store, "DELETE FROM touches");
    assertThat(store.touches().findAll()).isEmpty();
  }

  private static double keptHalfLife(JdbcStore store) {
    return store.database().read(c -> {
      try (Statement select = c.createStatement();
          var r = select.executeQuery("SELECT half_life_days FROM touch_stats_windows WHERE id = 1")) {
        return r.next() ? r.getDouble(1) : -1;
      }
    });
  }
}
