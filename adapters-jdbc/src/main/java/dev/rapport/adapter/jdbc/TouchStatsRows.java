package dev.rapport.adapter.jdbc;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.TouchStats;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@code touch_stats}: a contact's {@link TouchStats} in the one value {@link TouchStats#pack}
 * makes, so that a row costs three JDBC calls to read, not one per field.
 */
final class TouchStatsRows {

  /** The columns of a row, in the order {@link #read} and {@link #bind} use. */
  static final String COLUMNS = "contact_id, last_second, stats";

  private TouchStatsRows() {}

  /**
   * Reads a row selected with {@link #COLUMNS}.
   *
   * @throws IllegalStateException naming the contact when the row does not hold valid stats
   */
  static TouchStats read(ResultSet r) throws SQLException {
    long contact = r.getLong(1);
    try {
      return TouchStats.unpack(new ContactId(contact), r.getBytes(3));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("touch_stats row of contact " + contact + " is not valid: " + e.getMessage(), e);
    }
  }

  /** Binds the parameters of an insert of {@link #COLUMNS}. */
  static void bind(PreparedStatement s, TouchStats stats) throws SQLException {
    s.setLong(1, stats.contact().value());
    s.setLong(2, stats.lastAt().orElseThrow().getEpochSecond());
    s.setBytes(3, stats.pack());
  }
}
