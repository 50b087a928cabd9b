package dev.rapport.adapter.jdbc;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns every read of whole touches selects, and the {@link Touch} read from them, with as
 * few cell reads as the row needs. Each cell read through sqlite-jdbc is a call into native code,
 * and a text cell one more back into the JVM for its buffer (about a microsecond each): reading
 * all eleven cells of a million touches took most of an export. So the direction and kind come
 * as their enum's ordinal (a CASE over the names), and one number says which of the cells that
 * are mostly empty (channel, summary, minutes, resource, introduction, external key) have a value:
 * only those are read.
 */
final class TouchColumns {

  private static final Direction[] DIRECTIONS = Direction.values();
  private static final InteractionKind[] KINDS = InteractionKind.values();
  private static final int UNKNOWN = -1;

  private static final int CHANNEL = 1;
  private static final int SUMMARY = 2;
  private static final int MINUTES = 4;
  private static final int RESOURCE = 8;
  private static final int INTRODUCED = 16;
  private static final int EXTERNAL_KEY = 32;

  /** The select list, {@code FROM touches} included; callers add their WHERE and ORDER BY. */
  static final String SELECT = "SELECT contact_id, at_second, at_nano, "
      + ordinal("direction", DIRECTIONS) + ", " + ordinal("kind", KINDS) + ", "
      + present("channel IS NOT NULL", CHANNEL) + " + " + present("summary <> ''", SUMMARY) + " + "
      + present("minutes IS NOT NULL", MINUTES) + " + " + present("resource_id IS NOT NULL", RESOURCE) + " + "
      + present("introduced_to IS NOT NULL", INTRODUCED) + " + " + present("external_key IS NOT NULL", EXTERNAL_KEY)
      + ", channel, summary, minutes, resource_id, introduced_to, external_key, direction, kind FROM touches";

  private TouchColumns() {}

  /** The touch in the current row of a result selected by {@link #SELECT}. */
  static Touch read(ResultSet r) throws SQLException {
    ImmutableTouch.Builder touch = Touch.builder()
        .contact(new ContactId(r.getLong(1)))
        .at(Instant.ofEpochSecond(r.getLong(2), r.getInt(3)))
        .direction(DIRECTIONS[known(r.getInt(4), r, 13, "direction")])
        .kind(KINDS[known(r.getInt(5), r, 14, "kind")]);
    int present = r.getInt(6);
    touch.summary((present & SUMMARY) == 0 ? "" : r.getString(8));
    if ((present & CHANNEL) != 0) {
      touch.channel(r.getString(7));
    }
    if ((present & MINUTES) != 0) {
      touch.minutes(OptionalInt.of(r.getInt(9)));
    }
    if ((present & RESOURCE) != 0) {
      touch.resource(Optional.of(new ResourceId(r.getLong(10))));
    }
    if ((present & INTRODUCED) != 0) {
      touch.introducedTo(Optional.of(new ContactId(r.getLong(11))));
    }
    if ((present & EXTERNAL_KEY) != 0) {
      touch.externalKey(r.getString(12));
    }
    return touch.build();
  }

  private static int known(int ordinal, ResultSet r, int nameColumn, String column) throws SQLException {
    if (ordinal == UNKNOWN) {
      throw new IllegalStateException("touches: unknown " + column + " '" + r.getString(nameColumn) + "'");
    }
    return ordinal;
  }

  /** {@code CASE column WHEN 'NAME' THEN ordinal … ELSE -1 END}: the names are Java identifiers, safe in SQL text. */
  private static String ordinal(String column, Enum<?>[] constants) {
    return Stream.of(constants).map(c -> " WHEN '" + c.name() + "' THEN " + c.ordinal())
        .collect(Collectors.joining("", "CASE " + column, " ELSE " + UNKNOWN + " END"));
  }

  private static String present(String condition, int bit) {
    return "CASE WHEN " + condition + " THEN " + bit + " ELSE 0 END";
  }
}
