package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.TouchRow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.out.TouchRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Touches in {@code touches}; bulk writes go in batches. */
final class JdbcTouches implements TouchRepository {

  private static final String INSERT = "INSERT INTO touches (contact_id, at_second, at_nano, direction, kind, "
      + "channel, summary, minutes, resource_id, introduced_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT = "SELECT contact_id, at_second, at_nano, direction, kind, channel, summary, "
      + "minutes, resource_id, introduced_to FROM touches";
  private static final int BATCH = 5_000;

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcTouches(Database db) {
    this.db = db;
  }

  @Override
  public void add(Touch touch) {
    addAll(List.of(touch));
  }

  @Override
  public void addAll(Collection<Touch> touches) {
    if (touches.isEmpty()) {
      return;
    }
    db.write(c -> {
      insert(c, touches);
      return null;
    });
  }

  private void insert(Connection c, Collection<Touch> touches) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      int pending = 0;
      for (Touch touch : touches) {
        TouchRow row = mapper.toRow(touch);
        insert.setLong(1, row.contactId());
        insert.setLong(2, row.atSecond());
        insert.setInt(3, row.atNano());
        insert.setString(4, row.direction());
        insert.setString(5, row.kind());
        Sql.text(insert, 6, row.channel());
        insert.setString(7, row.summary());
        Sql.integer(insert, 8, row.minutes());
        Sql.bigint(insert, 9, row.resourceId());
        Sql.bigint(insert, 10, row.introducedTo());
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  @Override
  public List<Touch> forContact(ContactId contact) {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(
          SELECT + " WHERE contact_id = ? ORDER BY at_second, at_nano, id")) {
        select.setLong(1, contact.value());
        return read(select);
      }
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

  private List<Touch> read(PreparedStatement select) throws SQLException {
    List<Touch> touches = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        touches.add(mapper.toTouch(new TouchRow(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4),
            r.getString(5), r.getString(6), r.getString(7), Sql.integer(r, "minutes"), Sql.bigint(r, "resource_id"),
            Sql.bigint(r, "introduced_to"))));
      }
    }
    return touches;
  }

  @Override
  public int deleteForContact(ContactId contact) {
    return db.write(c -> {
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM touches WHERE contact_id = ? OR introduced_to = ?")) {
        delete.setLong(1, contact.value());
        delete.setLong(2, contact.value());
        return delete.executeUpdate();
      }
    });
  }
}
