package dev.rapport.adapter.jdbc;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.port.out.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The analysis's tally over the touches that can count in it: those from the window's first day
 * on, and before it only the resources shared and introductions, which count whenever they were
 * made.
 *
 * <p>It reads each contact's touches oldest first, the order of {@code touches_by_contact}, which
 * needs no sort (in time order SQLite sorted the rows in a temporary B-tree, three quarters of the
 * analysis). A row costs the driver a native call per column, so the query reads only what the
 * tally uses: direction and kind come as one number, and the resource and the introduced contact
 * are read only for the kinds that have them.
 */
final class ActivityQuery {

  private static final Direction[] DIRECTIONS = Direction.values();
  private static final InteractionKind[] KINDS = InteractionKind.values();
  private static final String SQL = "SELECT contact_id, at_second, at_nano, " + code("direction", DIRECTIONS)
      + " + " + DIRECTIONS.length + " * " + code("kind", KINDS) + ", channel, resource_id, introduced_to "
      + "FROM touches WHERE at_second >= ? OR kind = ? OR introduced_to IS NOT NULL "
      + "ORDER BY contact_id, at_second, at_nano, id";

  private ActivityQuery() {}

  /** {@code CASE column WHEN 'FIRST' THEN 0 ... ELSE -n END}: each name's ordinal, negative for none. */
  private static String code(String column, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> "WHEN '" + v.name() + "' THEN " + v.ordinal())
        .collect(Collectors.joining(" ", "(CASE " + column + " ", " ELSE -1000 END)"));
  }

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
          int code = r.getInt(4);
          if (code < 0) {
            throw new StorageException("touch of contact " + id + " has a direction or kind this version does not know");
          }
          InteractionKind kind = KINDS[code / DIRECTIONS.length];
          ResourceId resource = kind == InteractionKind.RESOURCE_SHARED ? resource(r) : null;
          ContactId introducedTo = kind == InteractionKind.INTRODUCTION ? introducedTo(r) : null;
          tally.add(contact, r.getLong(2), r.getInt(3), DIRECTIONS[code % DIRECTIONS.length], kind, r.getString(5),
              resource, introducedTo);
        }
      }
    }
    return tally.build();
  }

  private static ResourceId resource(ResultSet r) throws SQLException {
    Long id = Sql.bigint(r, 6);
    return id == null ? null : new ResourceId(id);
  }

  private static ContactId introducedTo(ResultSet r) throws SQLException {
    Long id = Sql.bigint(r, 7);
    return id == null ? null : new ContactId(id);
  }
}
