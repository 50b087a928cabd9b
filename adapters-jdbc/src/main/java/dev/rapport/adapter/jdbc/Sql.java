package dev.rapport.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Binding and reading the nullable columns, the same way on both databases. */
final class Sql {

  private Sql() {}

  static void text(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  static void bigint(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static Long bigint(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  static Integer integer(ResultSet rows, int column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  /** Moves the named sequence past {@code id}, so an id saved from outside is never handed out again. */
  static void claim(Database db, Connection connection, String sequence, long id) throws SQLException {
    PreparedStatement update = db.prepare(connection,
        "UPDATE id_sequences SET last_value = ? WHERE name = ? AND last_value < ?");
    update.setLong(1, id);
    update.setString(2, sequence);
    update.setLong(3, id);
    update.executeUpdate();
  }

  /** The next value of the named sequence; call it in a write transaction. */
  static long next(Database db, Connection connection, String sequence) throws SQLException {
    return reserve(db, connection, sequence, 1);
  }

  /**
   * Reserves the next {@code count} values of the named sequence in one step, for a write
   * transaction; returns the last of them (the first is {@code last - count + 1}).
   */
  static long reserve(Database db, Connection connection, String sequence, int count) throws SQLException {
    PreparedStatement update = db.prepare(connection,
        "UPDATE id_sequences SET last_value = last_value + ? WHERE name = ?");
    update.setLong(1, count);
    update.setString(2, sequence);
    update.executeUpdate();
    PreparedStatement select = db.prepare(connection, "SELECT last_value FROM id_sequences WHERE name = ?");
    select.setString(1, sequence);
    try (ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Sends {@code batch} once it holds {@code size} rows; returns the rows still pending. */
  static int flushAt(PreparedStatement batch, int pending, int size) throws SQLException {
    if (pending < size) {
      return pending;
    }
    batch.executeBatch();
    return 0;
  }

  /** Sends the rows {@code batch} still holds. */
  static void flush(PreparedStatement batch, int pending) throws SQLException {
    if (pending > 0) {
      batch.executeBatch();
    }
  }
}
