package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkState;

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
 * all eleven cells of a million touches took most of an export. So the row's small values come
 * packed in one number (the nanoseconds, which of the mostly empty cells hold a value, the kind's
 * and the direction's place in their enum, each counted from 1 so that 0 is a name this version
 * does not know), and only the cells that hold a value are read after it: a plain touch is three
 * cell reads instead of eleven.
 */
final class TouchColumns {

  private static final Direction[] DIRECTIONS = Direction.values();
  private static final InteractionKind[] KINDS = InteractionKind.values();

  // the packed number: ((nanoseconds * 64 + present cells) * 64 + kind) * 4 + direction
  private static final int DIRECTION_BITS = 2;
  private static final int KIND_BITS = 6;
  private static final int PRESENT_BITS = 6;

  // the present cells, one bit each
  private static final int CHANNEL = 1;
  private static final int SUMMARY = 2;
  private static final int MINUTES = 4;
  private static final int RESOURCE = 8;
  private static final int INTRODUCED = 16;
  private static final int EXTERNAL_KEY = 32;

  static {
    checkState(DIRECTIONS.length < 1 << DIRECTION_BITS && KINDS.length < 1 << KIND_BITS,
        "the packed touch columns need more bits for %s directions and %s kinds", DIRECTIONS.length, KINDS.length);
  }

  /** The select list, {@code FROM touches} included; callers add their WHERE and ORDER BY. */
  static final String SELECT = "SELECT contact_id, at_second, "
      + "((CAST(at_nano AS BIGINT) * " + (1 << PRESENT_BITS) + " + "
      + present("channel IS NOT NULL", CHANNEL) + " + " + present("summary <> ''", SUMMARY) + " + "
      + present("minutes IS NOT NULL", MINUTES) + " + " + present("resource_id IS NOT NULL", RESOURCE) + " + "
      + present("introduced_to IS NOT NULL", INTRODUCED) + " + " + present("external_key IS NOT NULL", EXTERNAL_KEY)
      + ") * " + (1 << KIND_BITS) + " + " + code("kind", KINDS) + ") * " + (1 << DIRECTION_BITS) + " + "
      + code("direction", DIRECTIONS)
      + ", channel, summary, minutes, resource_id, introduced_to, external_key, direction, kind FROM touches";

  private TouchColumns() {}

  /** The touch in the current row of a result selected by {@link #SELECT}. */
  static Touch read(ResultSet r) throws SQLException {
    long packed = packed(r);
    ImmutableTouch.Builder touch = Touch.builder()
        .contact(new ContactId(r.getLong(1)))
        .at(Instant.ofEpochSecond(r.getLong(2), nano(packed)))
        .direction(direction(packed, r))
        .kind(kind(packed, r))
        .summary(has(packed, SUMMARY) ? r.getString(5) : "")
        .channel(Optional.ofNullable(channel(packed, r)))
        .resource(Optional.ofNullable(resource(packed, r)))
        .introducedTo(Optional.ofNullable(introducedTo(packed, r)));
    if (has(packed, MINUTES)) {
      touch.minutes(OptionalInt.of(r.getInt(6)));
    }
    if (has(packed, EXTERNAL_KEY)) {
      touch.externalKey(r.getString(9));
    }
    return touch.build();
  }

  // The cells of the current row one at a time, for a reader that needs only some of them: each
  // takes the row's packed number, read once with packed(r).

  static long packed(ResultSet r) throws SQLException {
    return r.getLong(3);
  }

  static int nano(long packed) {
    return (int) (packed >> (DIRECTION_BITS + KIND_BITS + PRESENT_BITS));
  }

  static Direction direction(long packed, ResultSet r) throws SQLException {
    return DIRECTIONS[known((int) (packed & ((1 << DIRECTION_BITS) - 1)), r, 10, "direction")];
  }

  static InteractionKind kind(long packed, ResultSet r) throws SQLException {
    return KINDS[known((int) (packed >> DIRECTION_BITS & ((1 << KIND_BITS) - 1)), r, 11, "kind")];
  }

  /** The channel, or null when the touch has none. */
  static String channel(long packed, ResultSet r) throws SQLException {
    return has(packed, CHANNEL) ? r.getString(4) : null;
  }

  /** The resource shared, or null when the touch names none. */
  static ResourceId resource(long packed, ResultSet r) throws SQLException {
    return has(packed, RESOURCE) ? new ResourceId(r.getLong(7)) : null;
  }

  /** The contact introduced to, or null when the touch names none. */
  static ContactId introducedTo(long packed, ResultSet r) throws SQLException {
    return has(packed, INTRODUCED) ? new ContactId(r.getLong(8)) : null;
  }

  private static boolean has(long packed, int cell) {
    return (packed >> (DIRECTION_BITS + KIND_BITS) & cell) != 0;
  }

  /** The enum index of a code counted from 1. */
  private static int known(int code, ResultSet r, int nameColumn, String column) throws SQLException {
    if (code == 0) {
      throw new IllegalStateException("a touch of contact " + r.getLong(1) + " at " + Instant.ofEpochSecond(r.getLong(2))
          + " has an unknown " + column + " '" + r.getString(nameColumn) + "' in table touches (written by a newer Rapport?)");
    }
    return code - 1;
  }

  /** {@code CASE column WHEN 'NAME' THEN ordinal + 1 … ELSE 0 END}: the names are Java identifiers, safe in SQL text. */
  private static String code(String column, Enum<?>[] constants) {
    return Stream.of(constants).map(c -> " WHEN '" + c.name() + "' THEN " + (c.ordinal() + 1))
        .collect(Collectors.joining("", "(CASE " + column, " ELSE 0 END)"));
  }

  private static String present(String condition, int bit) {
    return "CASE WHEN " + condition + " THEN " + bit + " ELSE 0 END";
  }
}
