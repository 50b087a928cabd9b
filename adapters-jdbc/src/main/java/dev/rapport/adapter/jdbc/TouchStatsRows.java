package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.TouchStats;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code touch_stats}: a contact's {@link TouchStats} packed into one binary value, so
 * that a row costs three JDBC calls to read, not one per field. The value, big-endian:
 * <pre>
 *   last touch        long second, int nano
 *   count             long
 *   sums              int n, n doubles (faded per direction and kind, then answered per kind)
 *   pending           int n, n × (long second, byte kind)   outbound touches not answered yet
 *   recent            int n, n longs (second &lt;&lt; 2 | direction)   the kept window of touches
 *   last outbound, last inbound, last meeting or call   each byte 0 (none) or 1, long second, int nano
 *   last kinds        byte n, n bytes (kind)
 *   resources sent    int n, n longs (resource id)
 * </pre>
 * Kinds and directions are stored by their order of declaration.
 */
final class TouchStatsRows {

  /** The columns of a row, in the order {@link #read} and {@link #bind} use. */
  static final String COLUMNS = "contact_id, last_second, stats";

  private static final InteractionKind[] KINDS = InteractionKind.values();

  private TouchStatsRows() {}

  /**
   * Reads a row selected with {@link #COLUMNS}.
   *
   * @throws IllegalStateException naming the contact when the row does not hold valid stats
   */
  static TouchStats read(ResultSet r) throws SQLException {
    long contact = r.getLong(1);
    byte[] bytes = r.getBytes(3);
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      Instant lastAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
      long count = in.getLong();
      double[] sums = new double[length(in)];
      in.asDoubleBuffer().get(sums);
      in.position(in.position() + 8 * sums.length);
      long[] pending = new long[length(in)];
      for (int i = 0; i < pending.length; i++) {
        pending[i] = TouchStats.State.pending(in.getLong(), kind(in.get()));
      }
      long[] recent = new long[length(in)];
      in.asLongBuffer().get(recent);
      in.position(in.position() + 8 * recent.length);
      Optional<Instant> lastOutbound = instant(in);
      Optional<Instant> lastInbound = instant(in);
      Optional<Instant> lastMeetingOrCall = instant(in);
      // Immutable already, so that the stats take them as they are instead of copying them.
      ImmutableList.Builder<InteractionKind> kinds = ImmutableList.builderWithExpectedSize(3);
      for (int i = in.get(); i > 0; i--) {
        kinds.add(kind(in.get()));
      }
      ImmutableSet.Builder<ResourceId> resources = ImmutableSet.builder();
      for (int i = length(in); i > 0; i--) {
        resources.add(new ResourceId(in.getLong()));
      }
      checkArgument(!in.hasRemaining(), "%s bytes left over after the stats", in.remaining());
      return TouchStats.of(new TouchStats.State(new ContactId(contact), lastAt, count, sums, pending, recent,
          lastOutbound, lastInbound, lastMeetingOrCall, kinds.build(), resources.build()));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | BufferUnderflowException e) {
      String why = e instanceof BufferUnderflowException ? "the stats end early, after " + bytes.length + " bytes"
          : e.getMessage();
      throw new IllegalStateException("touch_stats row of contact " + contact + " is not valid: " + why, e);
    }
  }

  /** Binds the parameters of an insert of {@link #COLUMNS}. */
  static void bind(PreparedStatement s, TouchStats stats) throws SQLException {
    TouchStats.State state = stats.state();
    ByteBuffer out = ByteBuffer.allocate(8 + 4 + 8
        + 4 + 8 * state.sums().length
        + 4 + 9 * state.pending().length
        + 4 + 8 * state.recent().length
        + 3 * (1 + 8 + 4)
        + 1 + state.lastOutboundKinds().size()
        + 4 + 8 * state.resourcesSent().size());
    out.putLong(state.lastAt().getEpochSecond()).putInt(state.lastAt().getNano());
    out.putLong(state.count());
    out.putInt(state.sums().length);
    for (double sum : state.sums()) {
      out.putDouble(sum);
    }
    out.putInt(state.pending().length);
    for (long entry : state.pending()) {
      out.putLong(TouchStats.State.pendingSecond(entry)).put((byte) TouchStats.State.pendingKind(entry).ordinal());
    }
    out.putInt(state.recent().length);
    for (long touch : state.recent()) {
      out.putLong(touch);
    }
    putInstant(out, state.lastOutbound());
    putInstant(out, state.lastInbound());
    putInstant(out, state.lastMeetingOrCall());
    out.put((byte) state.lastOutboundKinds().size());
    for (InteractionKind kind : state.lastOutboundKinds()) {
      out.put((byte) kind.ordinal());
    }
    out.putInt(state.resourcesSent().size());
    for (ResourceId resource : state.resourcesSent()) {
      out.putLong(resource.value());
    }
    s.setLong(1, state.contact().value());
    s.setLong(2, state.lastAt().getEpochSecond());
    s.setBytes(3, out.array());
  }

  private static int length(ByteBuffer in) {
    int n = in.getInt();
    checkArgument(n >= 0 && n <= in.remaining(), "a length of %s where %s bytes are left", n, in.remaining());
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
