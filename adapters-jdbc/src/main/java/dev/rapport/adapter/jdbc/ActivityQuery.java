package dev.rapport.adapter.jdbc;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkActivity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The analysis's tally over the touches that can count in it: those from the window's first day
 * on, and before it only the resources shared and introductions, which count whenever they were
 * made.
 *
 * <p>It reads each contact's touches oldest first, the order of {@code touches_by_contact}, which
 * needs no sort (in time order SQLite sorted the rows in a temporary B-tree, three quarters of the
 * analysis), and of each row only the cells the tally counts ({@link TouchColumns}), handed to the
 * tally as they are: no {@code Touch} per row.
 */
final class ActivityQuery {

  private static final String SQL = TouchColumns.SELECT
      + " WHERE at_second >= ? OR kind = ? OR introduced_to IS NOT NULL ORDER BY contact_id, at_second, at_nano, id";

  private ActivityQuery() {}

  static NetworkActivity tally(Connection c, ActivityWindow window) throws SQLException {
    long earliest = window.earliest().atStartOfDay(window.zone()).toEpochSecond();
    ActivityTally tally = ActivityTally.over(window);
    try (PreparedStatement select = c.prepareStatement(SQL)) {
      select.setLong(1, earliest - 86_400); // a day early: the zone's offset decides the first day
      select.setString(2, InteractionKind.RESOURCE_SHARED.name());
      try (ResultSet r = select.executeQuery()) {
        ContactId contact = null;
        while (r.next()) {
          long id = r.getLong(1);
          if (contact == null || contact.value() != id) {
            contact = new ContactId(id);
          }
          long packed = TouchColumns.packed(r);
          tally.add(contact, r.getLong(2), TouchColumns.nano(packed), TouchColumns.direction(packed, r),
              TouchColumns.kind(packed, r), TouchColumns.channel(packed, r), TouchColumns.resource(packed, r),
              TouchColumns.introducedTo(packed, r));
        }
      }
    }
    return tally.build();
  }
}
