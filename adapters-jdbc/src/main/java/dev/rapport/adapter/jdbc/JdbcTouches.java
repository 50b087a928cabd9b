package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.TouchRow;
import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.aggregates.TouchStats;
import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummary.WindowCounts;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.port.out.TouchRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Touches in {@code touches}, bulk writes in batches, and the per-contact aggregates in
 * {@code touch_stats}, brought up to date in the same transaction as the writes: a contact whose
 * older touches arrive late is rebuilt once, before the transaction commits.
 */
final class JdbcTouches implements TouchRepository {

  /** New touches, 50 to a statement ({@link GroupedInsert}): SQLite sets a statement up once for all of them. */
  private static final GroupedInsert.Shape NEW_ROWS = GroupedInsert.Shape.of("INSERT INTO touches (contact_id, "
      + "at_second, at_nano, direction, kind, channel, summary, minutes, resource_id, introduced_to, external_key) VALUES ", 11);
  private static final String SELECT = TouchColumns.SELECT;
  /** Rows a batch of kept-stats upserts holds before it is sent. */
  private static final int BATCH = 5_000;
  /** From this many touches in a transaction, {@link #addAll} writes them behind (see {@link Database#writeBehind}). */
  private static final int WRITE_BEHIND_FROM = 5_000;
  /** Contacts whose kept stats one query reads, by their ids: one statement serves every write. */
  private static final int STATS_PER_QUERY = 100;

  private final Database db;
  private final KeptWindows windows;
  private final RowMapper mapper = RowMapper.INSTANCE;

  /** Touches in {@code db}, their stats kept for {@code windows}. */
  JdbcTouches(Database db, KeptWindows windows) {
    this.db = db;
    this.windows = windows;
  }

  @Override
  public void add(Touch touch) {
    addAll(List.of(touch));
  }

  /**
   * Stores the touches and updates their contacts' stats. In a transaction, {@link
   * #WRITE_BEHIND_FROM} or more are written on the transaction's writer thread while the caller
   * goes on ({@link Database#writeBehind}); a failure then fails the transaction's next use or its
   * commit.
   */
  @Override
  public void addAll(Collection<Touch> touches) {
    if (touches.isEmpty()) {
      return;
    }
    List<Touch> copy = List.copyOf(touches); // the caller may reuse its collection while this one is written
    SqlWork<Void> work = c -> {
      insert(c, copy);
      updateStats(c, copy);
      return null;
    };
    if (copy.size() >= WRITE_BEHIND_FROM) {
      db.writeBehind(work);
    } else {
      db.write(work);
    }
  }

  private void insert(Connection c, List<Touch> touches) throws SQLException {
    if (db.dialect() == Dialect.POSTGRESQL && touches.size() >= PostgresCopy.COPY_FROM) {
      List<TouchRow> rows = new ArrayList<>(touches.size());
      for (Touch touch : touches) {
        rows.add(mapper.toRow(touch));
      }
      PostgresCopy.copyTouches(c, rows);
      return;
    }
    GroupedInsert<TouchRow> rows = new GroupedInsert<>(db, c, NEW_ROWS, JdbcTouches::bind);
    for (Touch touch : touches) {
      rows.add(mapper.toRow(touch));
    }
    rows.finish();
  }

  /** Binds a touch's cells from parameter {@code offset + 1} on. */
  private static void bind(PreparedStatement insert, int offset, TouchRow row) throws SQLException {
    insert.setLong(offset + 1, row.contactId());
    insert.setLong(offset + 2, row.atSecond());
    insert.setInt(offset + 3, row.atNano());
    insert.setString(offset + 4, row.direction());
    insert.setString(offset + 5, row.kind());
    Sql.text(insert, offset + 6, row.channel());
    insert.setString(offset + 7, row.summary());
    Sql.integer(insert, offset + 8, row.minutes());
    Sql.bigint(insert, offset + 9, row.resourceId());
    Sql.bigint(insert, offset + 10, row.introducedTo());
    Sql.text(insert, offset + 11, row.externalKey());
  }

  /**
   * Adds the new touches to their contacts' stats. Touches later than a contact's latest are
   * added to the kept row. A touch older than that (history imported late) makes the contact's row
   * stale: it is rebuilt from all their touches once, before the transaction commits (or before a
   * read in it needs it), however many of the transaction's writes add older touches, so an import
   * that writes a shuffled mailbox in chunks rebuilds each contact once, not once a chunk.
   */
  private void updateStats(Connection c, Collection<Touch> touches) throws SQLException {
    StaleStats stale = db.beforeCommit(c, this, StaleStats::new);
    Map<Long, List<Touch>> byContact = new LinkedHashMap<>();
    for (Touch touch : touches) {
      long contact = touch.contact().value();
      if (!stale.contacts.contains(contact)) {
        byContact.computeIfAbsent(contact, id -> new ArrayList<>()).add(touch);
      }
    }
    Map<Long, TouchStats> kept = loadStats(c, byContact.keySet());
    List<TouchStats> changed = new ArrayList<>(byContact.size());
    for (Map.Entry<Long, List<Touch>> entry : byContact.entrySet()) {
      List<Touch> added = entry.getValue();
      added.sort(Comparator.comparing(Touch::at)); // stable: ties stay in the order recorded, as their ids are
      TouchStats stats = kept.getOrDefault(entry.getKey(), new TouchStats(new ContactId(entry.getKey()), windows));
      if (!stats.canAppend(added.get(0).at())) {
        stale.contacts.add(entry.getKey());
        continue;
      }
      for (Touch touch : added) {
        stats.add(touch);
      }
      changed.add(stats);
    }
    saveStats(c, changed);
  }

  /** The contacts whose stats a transaction's writes left stale, rebuilt from their touches before it commits. */
  private final class StaleStats implements Database.BeforeCommit {
    final Set<Long> contacts = new HashSet<>();

    @Override
    public void run(Connection c) throws SQLException {
      if (contacts.isEmpty()) {
        return;
      }
      List<TouchStats> rebuilt = new ArrayList<>(contacts.size());
      for (long contact : contacts) {
        rebuildStats(c, contact).ifPresent(rebuilt::add);
      }
      saveStats(c, rebuilt);
      contacts.clear();
    }
  }

  /** Brings the stats the current transaction left stale up to date, so a read in it sees them right. */
  private void refreshStale(Connection c) throws SQLException {
    StaleStats stale = db.beforeCommitIfAny(c, this);
    if (stale != null) {
      stale.run(c);
    }
  }

  /**
   * The kept stats of these contacts, a hundred a query by their ids: a chunk of an import reads
   * the rows of its own contacts only (reading every row and keeping a few read all 30,000 rows
   * for each chunk of a million-touch import, and sent them all over the network on PostgreSQL).
   */
  private Map<Long, TouchStats> loadStats(Connection c, Set<Long> contacts) throws SQLException {
    Map<Long, TouchStats> stats = new HashMap<>();
    if (contacts.isEmpty()) {
      return stats;
    }
    long[] ids = contacts.stream().mapToLong(Long::longValue).toArray();
    PreparedStatement select = db.prepare(c, "SELECT " + TouchStatsRows.COLUMNS + " FROM touch_stats WHERE contact_id IN ("
        + "?, ".repeat(STATS_PER_QUERY - 1) + "?)");
    for (int from = 0; from < ids.length; from += STATS_PER_QUERY) {
      for (int i = 0; i < STATS_PER_QUERY; i++) {
        select.setLong(i + 1, ids[Math.min(from + i, ids.length - 1)]); // the last id fills the list up
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          stats.put(r.getLong(1), TouchStatsRows.read(r, windows));
        }
      }
    }
    return stats;
  }

  private void saveStats(Connection c, List<TouchStats> stats) throws SQLException {
    PreparedStatement upsert = db.prepare(c, "INSERT INTO touch_stats (" + TouchStatsRows.COLUMNS + ") "
        + "VALUES (?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET last_second = excluded.last_second, "
        + "stats = excluded.stats");
    int pending = 0;
    for (TouchStats s : stats) {
      TouchStatsRows.bind(upsert, s);
      upsert.addBatch();
      pending = Sql.flushAt(upsert, pending + 1, BATCH);
    }
    Sql.flush(upsert, pending);
  }

  /** The contact's stats from all their touches; empty (and the row deleted) when they have none. */
  private Optional<TouchStats> rebuildStats(Connection c, long contact) throws SQLException {
    TouchStats stats = new TouchStats(new ContactId(contact), windows);
    PreparedStatement select = db.prepare(c, SELECT + " WHERE contact_id = ? ORDER BY at_second, at_nano, id");
    select.setLong(1, contact);
    for (Touch touch : read(select)) {
      stats.add(touch);
    }
    if (stats.count() == 0) {
      PreparedStatement delete = db.prepare(c, "DELETE FROM touch_stats WHERE contact_id = ?");
      delete.setLong(1, contact);
      delete.executeUpdate();
      return Optional.empty();
    }
    return Optional.of(stats);
  }

  /**
   * Rebuilds the stats when they were kept for other windows than this store's (or none are
   * recorded), or when touches have none (a file upgraded from schema version 1, even if the
   * upgrade was interrupted before this ran); two cheap queries otherwise.
   */
  void ensureStats() {
    boolean stale = db.read(c -> {
      if (!windows.equals(keptWindows(c).orElse(null))) {
        return true;
      }
      // Two lookups of one row each: a scan of the touches for one that is not counted would read them all.
      // In the select list, not a WHERE: SQLite 3.53 plans "WHERE EXISTS … AND NOT EXISTS …" as a walk
      // of the whole touches index, 40 ms of every command on a million touches.
      try (PreparedStatement select = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM touches) "
          + "AND NOT EXISTS (SELECT 1 FROM touch_stats)"); ResultSet r = select.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    });
    if (stale) {
      rebuildAllStats();
    }
  }

  /** The windows the kept stats were built for, if recorded. */
  private static Optional<KeptWindows> keptWindows(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT half_life_days, answer_window_days FROM touch_stats_windows WHERE id = 1");
        ResultSet r = select.executeQuery()) {
      return r.next() ? Optional.of(new KeptWindows(r.getDouble(1), r.getInt(2))) : Optional.empty();
    }
  }

  /** Rebuilds every contact's stats from the touches, for this store's windows. */
  void rebuildAllStats() {
    db.write(c -> {
      try (Statement delete = c.createStatement()) {
        delete.executeUpdate("DELETE FROM touch_stats");
      }
      Map<Long, TouchStats> all = new LinkedHashMap<>();
      try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY contact_id, at_second, at_nano, id")) {
        for (Touch touch : read(select)) {
          all.computeIfAbsent(touch.contact().value(), id -> new TouchStats(touch.contact(), windows)).add(touch);
        }
      }
      saveStats(c, new ArrayList<>(all.values()));
      try (Statement delete = c.createStatement()) {
        delete.executeUpdate("DELETE FROM touch_stats_windows");
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO touch_stats_windows (id, half_life_days, answer_window_days) VALUES (1, ?, ?)")) {
        insert.setDouble(1, windows.halfLifeDays());
        insert.setInt(2, windows.answerWindowDays());
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<Touch> forContact(ContactId contact) {
    return db.read(c -> {
      PreparedStatement select = db.prepare(c, SELECT + " WHERE contact_id = ? ORDER BY at_second, at_nano, id");
      select.setLong(1, contact.value());
      return read(select);
    });
  }

  @Override
  public List<Touch> findAll() {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY at_second, at_nano, contact_id, id")) {
        return read(select);
      }
    });
  }

  /** Streams the touches from one query; PostgreSQL sends them in pages instead of all at once. */
  @Override
  public void eachByContact(Consumer<? super Touch> action) {
    db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY contact_id, at_second, at_nano, id")) {
        select.setFetchSize(STREAM_PAGE);
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            action.accept(touch(r));
          }
        }
      }
      return null;
    });
  }

  /** Rows a streaming read fetches at a time from PostgreSQL (SQLite steps through its rows anyway). */
  static final int STREAM_PAGE = 5_000;

  private Touch touch(ResultSet r) throws SQLException {
    return TouchColumns.read(r);
  }

  private List<Touch> read(PreparedStatement select) throws SQLException {
    List<Touch> touches = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        touches.add(touch(r));
      }
    }
    return touches;
  }

  @Override
  public void forEachExternalKey(BiConsumer<ContactId, String> action) {
    db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT contact_id, external_key FROM touches WHERE external_key IS NOT NULL");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          action.accept(new ContactId(r.getLong(1)), r.getString(2));
        }
      }
      return null;
    });
  }

  @Override
  public int deleteForContact(ContactId contact) {
    return db.write(c -> {
      List<Long> introducers = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT DISTINCT contact_id FROM touches WHERE introduced_to = ? AND contact_id <> ?")) {
        select.setLong(1, contact.value());
        select.setLong(2, contact.value());
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            introducers.add(r.getLong(1));
          }
        }
      }
      int deleted;
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM touches WHERE contact_id = ? OR introduced_to = ?")) {
        delete.setLong(1, contact.value());
        delete.setLong(2, contact.value());
        deleted = delete.executeUpdate();
      }
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM touch_stats WHERE contact_id = ?")) {
        delete.setLong(1, contact.value());
        delete.executeUpdate();
      }
      List<TouchStats> rebuilt = new ArrayList<>();
      for (long introducer : introducers) {
        rebuildStats(c, introducer).ifPresent(rebuilt::add);
      }
      saveStats(c, rebuilt);
      return deleted;
    });
  }

  /**
   * One row per contact from {@code touch_stats}, which also counts the windows of a year or so
   * (a longer window is counted by one grouped query over the touches in it). Contacts with touches after the as-of day (an as-of in the past) are
   * summarized from their touches; so is every contact for a query with another half-life or
   * answer window than the kept ones.
   */
  @Override
  public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
    if (!windows.serve(query)) {
      return TouchSummarizer.summarize(findAll(), query);
    }
    return db.read(c -> {
      refreshStale(c);
      long until = query.until().getEpochSecond();
      Map<Long, WindowCounts> counts = null; // counted by a query only for windows longer than the kept one
      Map<ContactId, TouchSummary> summaries = new HashMap<>();
      boolean late = false;
      try (PreparedStatement select = c.prepareStatement("SELECT " + TouchStatsRows.COLUMNS + " FROM touch_stats");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          if (r.getLong(2) >= until) { // the stats count touches after the as-of day
            late = true;
            continue;
          }
          TouchStats stats = TouchStatsRows.read(r, windows);
          WindowCounts inWindows;
          if (stats.keepsWindowsOf(query)) {
            inWindows = stats.windowCounts(query);
          } else {
            if (counts == null) {
              counts = windowCounts(c, query);
            }
            inWindows = counts.getOrDefault(stats.contact().value(), WindowCounts.NONE);
          }
          summaries.put(stats.contact(), stats.summary(query, inWindows));
        }
      }
      if (late) {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE at_second < ? AND contact_id IN "
            + "(SELECT contact_id FROM touch_stats WHERE last_second >= ?) ORDER BY contact_id, at_second, at_nano, id")) {
          select.setLong(1, until);
          select.setLong(2, until);
          summaries.putAll(TouchSummarizer.summarize(read(select), query));
        }
      }
      return summaries;
    });
  }

  /** One contact's summary, from their touches. */
  @Override
  public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
    return TouchSummarizer.summarizeOne(contact, forContact(contact), query);
  }

  /** The analysis's tally: see {@link ActivityQuery}. */
  @Override
  public NetworkActivity activity(ActivityWindow window) {
    return db.read(c -> ActivityQuery.tally(c, window));
  }

  private static Map<Long, WindowCounts> windowCounts(Connection c, TouchSummaryQuery query) throws SQLException {
    long recent = query.recentSince().getEpochSecond();
    long longer = query.longSince().getEpochSecond();
    long month = query.monthSince().getEpochSecond();
    Map<Long, WindowCounts> counts = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT contact_id, "
        + "SUM(CASE WHEN at_second >= ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN direction <> ? AND at_second >= ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN direction <> ? AND at_second >= ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN direction <> ? AND at_second >= ? THEN 1 ELSE 0 END) "
        + "FROM touches WHERE at_second >= ? AND at_second < ? GROUP BY contact_id")) {
      select.setLong(1, recent);
      select.setString(2, Direction.INBOUND.name());
      select.setLong(3, longer);
      select.setString(4, Direction.OUTBOUND.name());
      select.setLong(5, longer);
      select.setString(6, Direction.INBOUND.name());
      select.setLong(7, month);
      select.setLong(8, Math.min(recent, Math.min(longer, month)));
      select.setLong(9, query.until().getEpochSecond());
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          counts.put(r.getLong(1), new WindowCounts(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)));
        }
      }
    }
    return counts;
  }
}
