package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.SpecialDayRow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.port.out.SpecialDayRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Special days in {@code special_days}. */
final class JdbcSpecialDays implements SpecialDayRepository {

  private static final String INSERT =
      "INSERT INTO special_days (contact_id, kind, month, day, year, recurring, title) VALUES (?, ?, ?, ?, ?, ?, ?)";
  /** Rows a batch holds before it is sent: the driver keeps every row of a batch until then. */
  private static final int BATCH = 2_000;
  private static final String SELECT = "SELECT contact_id, kind, month, day, year, recurring, title FROM special_days";

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcSpecialDays(Database db) {
    this.db = db;
  }

  @Override
  public void add(SpecialDay day) {
    SpecialDayRow row = mapper.toRow(day);
    db.write(c -> {
      PreparedStatement same = db.prepare(c, "SELECT 1 FROM special_days WHERE contact_id IS NOT DISTINCT FROM ? "
          + "AND kind = ? AND month = ? AND day = ? AND year IS NOT DISTINCT FROM ? AND recurring = ? "
          + "AND title IS NOT DISTINCT FROM ?");
      bind(same, row);
      try (ResultSet r = same.executeQuery()) {
        if (r.next()) {
          return null;
        }
      }
      PreparedStatement insert = db.prepare(c, INSERT);
      bind(insert, row);
      insert.executeUpdate();
      return null;
    });
  }

  /** Inserts the days in JDBC batches, without the look for each that {@link #add} makes. */
  @Override
  public void addAll(Collection<SpecialDay> days) {
    if (days.isEmpty()) {
      return;
    }
    db.write(c -> {
      PreparedStatement insert = db.prepare(c, INSERT);
      int pending = 0;
      for (SpecialDay day : days) {
        bind(insert, mapper.toRow(day));
        insert.addBatch();
        pending = Sql.flushAt(insert, pending + 1, BATCH);
      }
      Sql.flush(insert, pending);
      return null;
    });
  }

  private static void bind(PreparedStatement s, SpecialDayRow row) throws SQLException {
    Sql.bigint(s, 1, row.contactId());
    s.setString(2, row.kind());
    s.setInt(3, row.month());
    s.setInt(4, row.day());
    Sql.integer(s, 5, row.year());
    s.setBoolean(6, row.recurring());
    Sql.text(s, 7, row.title());
  }

  @Override
  public List<SpecialDay> findAll() {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY month, day, id")) {
        return read(select);
      }
    });
  }

  @Override
  public List<SpecialDay> forContact(ContactId contact) {
    return db.read(c -> {
      PreparedStatement select = db.prepare(c, SELECT + " WHERE contact_id = ? ORDER BY month, day, id");
      select.setLong(1, contact.value());
      return read(select);
    });
  }

  @Override
  public List<SpecialDay> concerning(ContactId contact) {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(
          SELECT + " WHERE contact_id = ? OR contact_id IS NULL ORDER BY month, day, id")) {
        select.setLong(1, contact.value());
        return read(select);
      }
    });
  }

  /** Reads only the rows on the month-days of the span, matched on {@code month * 100 + day} in one or two ranges. */
  @Override
  public List<SpecialDay> mayFallWithin(LocalDate from, int days) {
    MonthDaySpan span = MonthDaySpan.of(from, days);
    if (span.isEmpty()) {
      return List.of();
    }
    if (span.isWholeYear()) {
      return findAll();
    }
    String day = "(month * 100 + day)";
    String within = span.wraps() ? day + " >= ? OR " + day + " <= ?" : day + " BETWEEN ? AND ?";
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE " + within
          + " OR (month = 2 AND day = 29 AND ?) ORDER BY month, day, id")) {
        select.setInt(1, code(span.first()));
        select.setInt(2, code(span.last()));
        select.setBoolean(3, span.holds(MonthDay.of(2, 29)));
        return read(select);
      }
    });
  }

  private static int code(MonthDay day) {
    return day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  private List<SpecialDay> read(PreparedStatement select) throws SQLException {
    List<SpecialDay> days = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        // By position, in the order of SELECT: a name lookup per cell adds up over a whole network.
        days.add(mapper.toSpecialDay(new SpecialDayRow(Sql.bigint(r, 1), r.getString(2), r.getInt(3), r.getInt(4),
            Sql.integer(r, 5), r.getBoolean(6), r.getString(7))));
      }
    }
    return days;
  }

  @Override
  public int deleteForContact(ContactId contact) {
    return db.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM special_days WHERE contact_id = ?")) {
        delete.setLong(1, contact.value());
        return delete.executeUpdate();
      }
    });
  }
}
