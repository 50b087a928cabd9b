package dev.rapport.benchmarks;

import dev.rapport.adapter.jdbc.JdbcStore;
import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage at scale (issue 5): inserting 1,000,000 touches for 30,000 contacts in one import,
 * on SQLite and PostgreSQL, next to the {@code sqlite3} command-line {@code .import} of the same
 * rows into the same table; and reading the per-contact aggregates of those touches
 * ({@code TouchRepository.summaries}) next to a plain {@code GROUP BY} over them and next to
 * core's one-pass default over every touch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StorageBenchmark {

  static final int CONTACTS = 30_000;
  static final int TOUCHES = 1_000_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  static final TouchSummaryQuery QUERY = new TouchSummaryQuery(AS_OF, ZoneOffset.UTC, 30, 14, 90, 365);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** The touches, the same in every benchmark. */
  @State(Scope.Benchmark)
  public static class Touches {
    List<Touch> touches;
    Path folder;

    @Setup(Level.Trial)
    public void generate() throws IOException {
      touches = touches(new Random(42));
      folder = Files.createTempDirectory("rapport-bench");
    }
  }

  /** A SQLite file holding the 30,000 contacts and no touches, copied for each insert; and the touches as CSV. */
  @State(Scope.Benchmark)
  public static class SqliteTemplate {
    Path template;
    Path csv;
    Path folder;

    @Setup(Level.Trial)
    public void create(Touches data) throws IOException {
      folder = data.folder;
      csv = folder.resolve("touches.csv");
      writeCsv(data.touches, csv);
      template = folder.resolve("template.db");
      try (JdbcStore store = JdbcStore.openSqlite(template)) {
        addContacts(store);
      }
    }

    Path copy() throws IOException {
      Path file = folder.resolve("bench-" + COUNTER.incrementAndGet() + ".db");
      Files.copy(template, file);
      return file;
    }
  }

  /** A fresh copy of the SQLite template for each insert. */
  @State(Scope.Thread)
  public static class SqliteTarget {
    Path file;

    @Setup(Level.Iteration)
    public void copy(SqliteTemplate template) throws IOException {
      file = template.copy();
    }

    @TearDown(Level.Iteration)
    public void delete() throws IOException {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
    }
  }

  /** A SQLite file holding the contacts and all the touches, for the reads. */
  @State(Scope.Benchmark)
  public static class SqliteFull {
    JdbcStore store;
    Connection connection;

    @Setup(Level.Trial)
    public void fill(SqliteTemplate template, Touches data) throws IOException, SQLException {
      Path file = template.copy();
      store = JdbcStore.openSqlite(file);
      store.touches().addAll(data.touches);
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      store.close();
      connection.close();
    }
  }

  /** The one embedded PostgreSQL server, with a template database holding the contacts. */
  @State(Scope.Benchmark)
  public static class Postgres {
    EmbeddedPostgres server;

    @Setup(Level.Trial)
    public void start() throws IOException {
      server = EmbeddedPostgres.builder().start();
      createDatabase("bench_template", null);
      try (JdbcStore store = JdbcStore.openPostgres(url("bench_template"), "postgres", "postgres")) {
        addContacts(store);
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      server.close();
    }

    String url(String database) {
      return server.getJdbcUrl("postgres", database);
    }

    void createDatabase(String name, String template) {
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
      } catch (SQLException e) {
        throw new IllegalStateException("could not create database " + name, e);
      }
    }
  }

  /** A fresh PostgreSQL database holding the contacts and no touches, for each insert. */
  @State(Scope.Thread)
  public static class PostgresTarget {
    String url;

    @Setup(Level.Iteration)
    public void create(Postgres postgres) {
      String name = "bench_" + COUNTER.incrementAndGet();
      postgres.createDatabase(name, "bench_template");
      url = postgres.url(name);
    }
  }

  /** A PostgreSQL database holding the contacts and all the touches, for the reads. */
  @State(Scope.Benchmark)
  public static class PostgresFull {
    JdbcStore store;
    Connection connection;

    @Setup(Level.Trial)
    public void fill(Postgres postgres, Touches data) throws SQLException {
      postgres.createDatabase("bench_full", "bench_template");
      store = JdbcStore.openPostgres(postgres.url("bench_full"), "postgres", "postgres");
      store.touches().addAll(data.touches);
      connection = DriverManager.getConnection(postgres.url("bench_full"), "postgres", "postgres");
      try (Statement s = connection.createStatement()) {
        s.execute("VACUUM ANALYZE");
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      store.close();
      connection.close();
    }
  }

  @Benchmark
  public int sqliteAddAllMillion(SqliteTarget target, Touches data) {
    try (JdbcStore store = JdbcStore.openSqlite(target.file)) {
      store.touches().addAll(data.touches);
    }
    return data.touches.size();
  }

  @Benchmark
  public int sqlite3CliImportMillion(SqliteTarget target, SqliteTemplate template) throws IOException, InterruptedException {
    Process cli = new ProcessBuilder("sqlite3", target.file.toString(), ".mode csv", ".import " + template.csv + " touches")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int exit = cli.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("sqlite3 .import failed with exit code " + exit);
    }
    return exit;
  }

  @Benchmark
  public int postgresAddAllMillion(PostgresTarget target, Touches data) {
    try (JdbcStore store = JdbcStore.openPostgres(target.url, "postgres", "postgres")) {
      store.touches().addAll(data.touches);
    }
    return data.touches.size();
  }

  @Benchmark
  public Map<ContactId, TouchSummary> sqliteSummaries(SqliteFull full) {
    return full.store.touches().summaries(QUERY);
  }

  @Benchmark
  public Map<Long, double[]> sqliteGroupBy(SqliteFull full) throws SQLException {
    return groupBy(full.connection);
  }

  @Benchmark
  public Map<ContactId, TouchSummary> sqliteOnePassOverAllTouches(SqliteFull full) {
    return TouchSummarizer.summarize(full.store.touches().findAll(), QUERY);
  }

  @Benchmark
  public Map<ContactId, TouchSummary> postgresSummaries(PostgresFull full) {
    return full.store.touches().summaries(QUERY);
  }

  @Benchmark
  public Map<Long, double[]> postgresGroupBy(PostgresFull full) throws SQLException {
    return groupBy(full.connection);
  }

  /**
   * The baseline: one plain GROUP BY over the touches giving a part of the summary (count, last
   * touch each way, faded sums per direction, window counts); the summaries give more.
   */
  static Map<Long, double[]> groupBy(Connection c) throws SQLException {
    long until = QUERY.until().getEpochSecond();
    double decay = QUERY.decayPerSecond();
    Map<Long, double[]> rows = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT contact_id, COUNT(*), "
        + "MAX(CASE WHEN direction <> 'INBOUND' THEN at_second END), "
        + "MAX(CASE WHEN direction <> 'OUTBOUND' THEN at_second END), "
        + "SUM(CASE WHEN direction = 'OUTBOUND' THEN EXP((at_second - ?) * ?) ELSE 0 END), "
        + "SUM(CASE WHEN direction = 'INBOUND' THEN EXP((at_second - ?) * ?) ELSE 0 END), "
        + "SUM(CASE WHEN direction = 'MUTUAL' THEN EXP((at_second - ?) * ?) ELSE 0 END), "
        + "SUM(CASE WHEN at_second >= ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN direction <> 'INBOUND' AND at_second >= ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN direction <> 'OUTBOUND' AND at_second >= ? THEN 1 ELSE 0 END) "
        + "FROM touches WHERE at_second < ? GROUP BY contact_id")) {
      for (int i = 0; i < 3; i++) {
        select.setLong(1 + 2 * i, until);
        select.setDouble(2 + 2 * i, decay);
      }
      select.setLong(7, QUERY.recentSince().getEpochSecond());
      select.setLong(8, QUERY.longSince().getEpochSecond());
      select.setLong(9, QUERY.longSince().getEpochSecond());
      select.setLong(10, until);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          double[] row = new double[9];
          for (int i = 0; i < row.length; i++) {
            row[i] = r.getDouble(i + 2);
          }
          rows.put(r.getLong(1), row);
        }
      }
    }
    return rows;
  }

  /** 1,000,000 touches over five years for 30,000 contacts, in no particular order, as an import brings them. */
  static List<Touch> touches(Random random) {
    Instant end = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    Direction[] directions = {Direction.OUTBOUND, Direction.OUTBOUND, Direction.OUTBOUND,
        Direction.INBOUND, Direction.INBOUND, Direction.INBOUND, Direction.MUTUAL};
    InteractionKind[] kinds = InteractionKind.values();
    List<Touch> touches = new ArrayList<>(TOUCHES);
    for (int i = 0; i < TOUCHES; i++) {
      touches.add(Touch.builder()
          .contact(new ContactId(1 + random.nextInt(CONTACTS)))
          .at(end.minusSeconds(1 + random.nextInt(5 * 365 * 86_400)))
          .direction(directions[random.nextInt(directions.length)])
          .kind(kinds[random.nextInt(kinds.length)])
          .build());
    }
    return touches;
  }

  /** The same rows as CSV for sqlite3's .import into the same table (ids given, as the CLI needs every column). */
  static void writeCsv(List<Touch> touches, Path csv) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      long id = 0;
      for (Touch t : touches) {
        out.write(++id + "," + t.contact().value() + "," + t.at().getEpochSecond() + "," + t.at().getNano() + ","
            + t.direction() + "," + t.kind() + ",," + t.summary() + ",,,\n");
      }
    }
  }

  static void addContacts(JdbcStore store) {
    store.transactions().run(() -> {
      for (int i = 1; i <= CONTACTS; i++) {
        store.contacts().save(Contact.builder().id(new ContactId(i)).displayName("Contact " + i).build());
      }
    });
  }
}
