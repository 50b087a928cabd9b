package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.aggregates.TouchStats;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A row of {@code touch_stats}: a contact's {@link TouchStats} packed into one value, so that a
 * row costs three JDBC calls to read, not one per field (through JDBC each cell is a native call).
 * The layout of {@code stats}, big-endian:
 * <pre>
 *   last touch        long second, int nano
 *   count             long
 *   sums              int n, n doubles (faded per direction and kind, then answered per kind)
 *   awaiting          int n, n × (long second, byte kind)   outbound touches not answered yet
 *   recent            int n, n longs (second &lt;&lt; 2 | direction)   the kept window of touches
 *   last outbound, last inbound, last meeting or call   each byte 0 (none) or 1, long second, int nano
 *   last kinds        byte n, n bytes (kind)
 *   resources sent    int n, n longs (resource id)
 * </pre>
 * Kinds and directions are stored by their order of declaration. Which {@link KeptWindows} the
 * rows were kept for is one row of {@code touch_stats_windows}.
 */
final class TouchStatsRows {

  /** The columns of a row, in the order {@link #read} and {@link #bind} use. */
  static final String COLUMNS = "contact_id, last_second, stats";

  private static final InteractionKind[] KINDS = InteractionKind.values();
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final int LAST_KINDS = 3;

  private TouchStatsRows() {}

  /**
   * Reads a row selected with {@link #COLUMNS}, kept for {@code windows}.
   *
   * @throws IllegalStateException naming the contact when the row does not hold valid stats
   */
  static TouchStats read(ResultSet r, KeptWindows windows) throws SQLException {
    long contact = r.getLong(1);
    try {
      return TouchStats.of(new ContactId(contact), windows, unpack(r.getBytes(3)));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("touch_stats row of contact " + contact + " is not valid: " + e.getMessage(), e);
    }
  }

  /** Binds the parameters of an insert of {@link #COLUMNS}. */
  static void bind(PreparedStatement s, TouchStats stats) throws SQLException {
    s.setLong(1, stats.contact().value());
    s.setLong(2, stats.lastAt().orElseThrow().getEpochSecond());
    s.setBytes(3, pack(stats.parts()));
  }

  /** The stats packed in the layout above. */
  static byte[] pack(TouchStats.Parts p) {
    int awaiting = p.awaitingSeconds().length;
    int recent = p.recentSeconds().length;
    ByteBuffer out = ByteBuffer.allocate(8 + 4 + 8 + 4 + 8 * p.sums().length + 4 + 9 * awaiting + 4 + 8 * recent
        + 3 * (1 + 8 + 4) + 1 + p.lastKinds().size() + 4 + 8 * p.resources().size());
    out.putLong(p.lastAt().getEpochSecond()).putInt(p.lastAt().getNano());
    out.putLong(p.count());
    out.putInt(p.sums().length);
    for (double sum : p.sums()) {
      out.putDouble(sum);
    }
    out.putInt(awaiting);
    for (int i = 0; i < awaiting; i++) {
      out.putLong(p.awaitingSeconds()[i]).put((byte) p.awaitingKinds().get(i).ordinal());
    }
    out.putInt(recent);
    for (int i = 0; i < recent; i++) {
      out.putLong(p.recentSeconds()[i] << 2 | p.recentDirections().get(i).ordinal());
    }
    putInstant(out, p.lastOutbound());
    putInstant(out, p.lastInbound());
    putInstant(out, p.lastMeetingOrCall());
    out.put((byte) p.lastKinds().size());
    for (InteractionKind kind : p.lastKinds()) {
      out.put((byte) kind.ordinal());
    }
    out.putInt(p.resources().size());
    for (ResourceId resource : p.resources()) {
      out.putLong(resource.value());
    }
    return out.array();
  }

  /**
   * The stats {@link #pack} packed.
   *
   * @throws IllegalArgumentException saying what is wrong when {@code packed} is not such a value
   */
  static TouchStats.Parts unpack(byte[] packed) {
    ByteBuffer in = ByteBuffer.wrap(packed);
    try {
      Instant lastAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
      long count = in.getLong();
      double[] sums = new double[length(in, 8)];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = in.getDouble();
      }
      int awaiting = length(in, 9);
      long[] awaitingSeconds = new long[awaiting];
      List<InteractionKind> awaitingKinds = new ArrayList<>(awaiting);
      for (int i = 0; i < awaiting; i++) {
        awaitingSeconds[i] = in.getLong();
        awaitingKinds.add(kind(in.get()));
      }
      int recent = length(in, 8);
      long[] recentSeconds = new long[recent];
      List<Direction> recentDirections = new ArrayList<>(recent);
      for (int i = 0; i < recent; i++) {
        long entry = in.getLong();
        int direction = (int) (entry & 3);
        checkArgument(direction < DIRECTIONS.length, "no direction numbered %s", direction);
        recentSeconds[i] = entry >> 2;
        recentDirections.add(DIRECTIONS[direction]);
      }
      Optional<Instant> lastOutbound = instant(in);
      Optional<Instant> lastInbound = instant(in);
      Optional<Instant> lastMeetingOrCall = instant(in);
      int kinds = in.get();
      checkArgument(kinds >= 0 && kinds <= LAST_KINDS, "at most %s last kinds: %s", LAST_KINDS, kinds);
      List<InteractionKind> lastKinds = new ArrayList<>(kinds);
      for (int i = 0; i < kinds; i++) {
        lastKinds.add(kind(in.get()));
      }
      int resources = length(in, 8);
      Set<ResourceId> sent = new LinkedHashSet<>();
      for (int i = 0; i < resources; i++) {
        sent.add(new ResourceId(in.getLong()));
      }
      checkArgument(!in.hasRemaining(), "%s bytes left over after the stats", in.remaining());
      return new TouchStats.Parts(lastAt, count, sums, awaitingSeconds, awaitingKinds, recentSeconds, recentDirections,
          lastOutbound, lastInbound, lastMeetingOrCall, lastKinds, sent);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the stats end early, after " + packed.length + " bytes", e);
    }
  }

  /** A count of entries of {@code size} bytes each, checked against what is left. */
  private static int length(ByteBuffer in, int size) {
    int n = in.getInt();
    checkArgument(n >= 0 && n <= in.remaining() / size, "%s entries of %s bytes where %s bytes are left", n, size, in.remaining());
    return n;
  }

  private static InteractionKind kind(byte ordinal) {
    checkArgument(ordinal >= 0 && ordinal < KINDS.length, "no kind numbered %s", ordinal);
    return KINDS[ordinal];
  }

  private static Optional<Instant> instant(ByteBuffer in) {
    boolean present = in.get() != 0;
    long second = in.getLong();
    int nano = in.getInt();
    return present ? Optional.of(Instant.ofEpochSecond(second, nano)) : Optional.empty();
  }

  private static void putInstant(ByteBuffer out, Optional<Instant> at) {
    out.put((byte) (at.isPresent() ? 1 : 0));
    out.putLong(at.map(Instant::getEpochSecond).orElse(0L));
    out.putInt(at.map(Instant::getNano).orElse(0));
  }
}
