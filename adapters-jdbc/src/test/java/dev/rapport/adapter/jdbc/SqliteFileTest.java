package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.contract.Samples;
import dev.rapport.core.contract.SummaryAssertions;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.port.out.StorageException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file itself: where it goes, how it is opened, and how its schema is kept. */
class SqliteFileTest {

  @TempDir
  Path home;

  @Test
  void givenNoFolder_openSqlite_createsFolderAndFile_readableByTheOwnerOnly() throws IOException {
    Path file = home.resolve("deep/er/rapport.db");
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      Samples.newContact(store, "Ada");
    }
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void openSqlite_usesWal_aBusyTimeout_foreignKeys_andMemoryMappedReads() {
    try (JdbcStore store = JdbcStore.openSqlite(home.resolve("rapport.db"))) {
      assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
      assertThat(Long.parseLong(pragma(store, "mmap_size"))).isEqualTo(256L << 20);
      assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
      assertThat(Integer.parseInt(pragma(store, "busy_timeout"))).isGreaterThanOrEqualTo(10_000);
    }
  }

  private static String pragma(JdbcStore store, String name) {
    return store.database().read(c -> {
      try (PreparedStatement s = c.prepareStatement("PRAGMA " + name); ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    });
  }

  @Test
  void defaultFile_isInRapportHome_whenSet_elseInDotRapport() {
    assertThat(JdbcStore.defaultFile(Map.of("RAPPORT_HOME", "/data/me"), "/home/me"))
        .isEqualTo(Path.of("/data/me/rapport.db"));
    assertThat(JdbcStore.defaultFile(Map.of(), "/home/me")).isEqualTo(Path.of("/home/me/.rapport/rapport.db"));
    assertThat(JdbcStore.defaultFile(Map.of("RAPPORT_HOME", " "), "/home/me"))
        .isEqualTo(Path.of("/home/me/.rapport/rapport.db"));
  }

  @Test
  void givenFileFromANewerVersion_openSqlite_refusesIt_sayingSo_andLeavesItAlone() throws Exception {
    Path file = home.resolve("rapport.db");
    JdbcStore.openSqlite(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement insert = c.prepareStatement("INSERT INTO " + Schema.HISTORY_TABLE
            + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
            + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, ?)")) {
      insert.setBoolean(1, true);
      insert.executeUpdate();
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> JdbcStore.openSqlite(file))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("newer version of Rapport")
        .hasMessageContaining("schema version 99")
        .hasMessageContaining(file.getFileName().toString());
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void givenFileAtAnOlderSchema_openSqlite_upgradesIt_keepingItsData() throws Exception {
    Path file = home.resolve("old.db");
    Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).table(Schema.HISTORY_TABLE)
        .locations(Dialect.SQLITE.migrationLocations()).placeholders(Dialect.SQLITE.placeholders())
        .target("1").load().migrate();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO contacts (id, display_name, tier, archived) VALUES (7, 'Old Friend', 'INNER', 0)");
        s.executeUpdate("INSERT INTO contact_values (contact_id, field, seq, value) VALUES (7, 'interest', 1, 'sailing'), "
            + "(7, 'interest', 0, 'chess'), (7, 'goal', 0, 'hire a CTO'), (7, 'tag', 0, 'school')");
        s.executeUpdate("INSERT INTO touches (contact_id, at_second, at_nano, direction, kind, summary) "
            + "VALUES (7, 1780000000, 0, 'OUTBOUND', 'CALL', 'caught up')");
        s.executeUpdate("INSERT INTO touches (contact_id, at_second, at_nano, direction, kind, summary) "
            + "VALUES (7, 1780086400, 0, 'INBOUND', 'MESSAGE', 'thanks')");
      }
      assertThat(Schema.version(c)).isEqualTo(BigDecimal.ONE);
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(store.contacts().findAll()).extracting(c -> c.displayName()).containsExactly("Old Friend");
      // Each contact's packed relationship is built on the upgrade.
      assertThat(store.contacts().relationships()).singleElement()
          .satisfies(r -> assertThat(r.displayName()).isEqualTo("Old Friend"))
          .satisfies(r -> assertThat(r.tier()).isEqualTo(Tier.INNER))
          .satisfies(r -> assertThat(r.interests()).containsExactly("chess", "sailing"))
          .satisfies(r -> assertThat(r.goals()).containsExactly("hire a CTO"));
      assertThat(store.database().read(Schema::version)).isEqualTo(BigDecimal.valueOf(Schema.CURRENT_VERSION));
      TouchSummaryQuery query = new TouchSummaryQuery(LocalDate.of(2026, 11, 26), ZoneOffset.UTC, 30, 14, 90, 365);
      // The stats of touches written before they were kept are built on the upgrade.
      int statsRows = store.database().read(c -> {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM touch_stats")) {
          r.next();
          return r.getInt(1);
        }
      });
      assertThat(statsRows).isEqualTo(1);
      SummaryAssertions.assertSameSummaries(store.touches().summaries(query),
          TouchSummarizer.summarize(store.touches().findAll(), query));
    }
  }

  @Test
  void givenDamagedTouchStats_summaries_failNamingTheContact() {
    try (JdbcStore store = JdbcStore.openSqlite(home.resolve("damaged.db"))) {
      ContactId ada = Samples.newContact(store, "Ada");
      store.touches().add(Samples.message(ada, "2026-11-20T10:00:00Z"));
      TestDatabases.execute(store, "UPDATE touch_stats SET stats = x'00010203'");
      TouchSummaryQuery query = new TouchSummaryQuery(LocalDate.of(2026, 11, 26), ZoneOffset.UTC, 30, 14, 90, 365);

      assertThatThrownBy(() -> store.touches().summaries(query))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("touch_stats row of contact " + ada.value())
          .hasMessageContaining("4 bytes");
    }
  }

  @Test
  void givenATouchOfAnUnknownKind_activity_failsNamingTheTouchAndTheKind() {
    try (JdbcStore store = JdbcStore.openSqlite(home.resolve("unknown-kind.db"))) {
      ContactId ada = Samples.newContact(store, "Ada");
      store.touches().add(Samples.message(ada, "2026-11-20T10:00:00Z"));
      TestDatabases.execute(store, "UPDATE touches SET kind = 'TELEPATHY'");

      assertThatThrownBy(() -> store.touches().activity(
          AnalysisPolicy.defaults().activityWindow(ZoneOffset.UTC, LocalDate.of(2026, 11, 26))))
          .hasMessageContaining("contact " + ada.value() + " at 2026-11-20T10:00:00Z")
          .hasMessageContaining("unknown kind 'TELEPATHY'");
    }
  }

  @Test
  void currentVersion_isTheNewestMigration() throws Exception {
    Path folder = Path.of(getClass().getResource("/dev/rapport/adapter/jdbc/migration/common").toURI());
    Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
    try (Stream<Path> files = Files.list(folder)) {
      int newestSql = files.map(f -> versioned.matcher(f.getFileName().toString()))
          .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
      int newestJava = Integer.parseInt(PackRelationships.VERSION.getVersion());
      assertThat(Math.max(newestSql, newestJava)).isEqualTo(Schema.CURRENT_VERSION);
    }
  }

  @Test
  void versions_areEveryMigration() throws Exception {
    Path folder = Path.of(getClass().getResource("/dev/rapport/adapter/jdbc/migration/common").toURI());
    Pattern versioned = Pattern.compile("V([0-9_]+)__.*\\.sql");
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> versions = files.map(f -> versioned.matcher(f.getFileName().toString())).filter(Matcher::matches)
          .map(m -> m.group(1).replace('_', '.')).collect(Collectors.toCollection(HashSet::new));
      versions.add(PackRelationships.VERSION.getVersion());
      assertThat(Schema.VERSIONS).isEqualTo(versions);
    }
  }

  /** A store made while migration 7 was not yet written (8 came first) gets 7 when opened. */
  @Test
  void givenAStoreAtTheNewestVersionLackingAnOlderMigration_opening_appliesIt() {
    Path file = home.resolve("gap.db");
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      Samples.newContact(store, "Ada");
      TestDatabases.execute(store, "DROP TABLE touch_stats_windows", "DELETE FROM " + Schema.HISTORY_TABLE + " WHERE version = '7'");
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(store.contacts().findAll()).hasSize(1);
      assertThat(store.database().read(Schema::applied)).containsAll(Schema.VERSIONS);
      assertThat(store.database().read(Schema::version)).isEqualTo(BigDecimal.valueOf(Schema.CURRENT_VERSION));
    }
  }

  @Test
  void givenAFolder_openSqlite_refusesIt() {
    assertThatThrownBy(() -> JdbcStore.openSqlite(home)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(home.toString());
  }

  @Test
  void givenAFileThatIsNotADatabase_openSqlite_failsWithAStorageException() throws IOException, SQLException {
    Path file = home.resolve("notes.txt");
    Files.writeString(file, "this is not a database, just some text that is long enough to be a header".repeat(20));
    assertThatThrownBy(() -> JdbcStore.openSqlite(file)).isInstanceOf(StorageException.class)
        .hasMessageContaining(file.toString());
  }
}
