package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.TouchStats;
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
 * A row of {@code touch_stats}: a contact's {@link TouchStats}, its sums as one binary vector of
 * doubles (read without parsing), its pending touches as (second, kind) pairs, its kept window as
 * a vector of longs.
 */
final class TouchStatsRows {

  /** The columns of a row, in the order {@link #read} and {@link #bind} use. */
  static final String COLUMNS = "contact_id, half_life_days, last_second, last_nano, touch_count, sums, "
      + "pending, recent, last_outbound_second, last_outbound_nano, last_inbound_second, last_inbound_nano, "
      + "last_meeting_second, last_meeting_nano, last_outbound_kinds, resources_sent";

  private static final Joiner COMMA = Joiner.on(',');
  private static final Splitter SPLIT = Splitter.on(',').omitEmptyStrings();

  private TouchStatsRows() {}

  /**
   * Reads a row selected with {@link #COLUMNS}.
   *
   * @throws IllegalStateException naming the contact when the row does not hold valid stats
   */
  static TouchStats read(ResultSet r) throws SQLException {
    long contact = r.getLong(1);
    try {
      byte[] sums = r.getBytes(6);
      checkArgument(sums.length % 8 == 0, "sums take %s bytes, not a whole number of doubles", sums.length);
      double[] sumValues = new double[sums.length / 8];
      ByteBuffer.wrap(sums).asDoubleBuffer().get(sumValues);
      ByteBuffer pairs = ByteBuffer.wrap(r.getBytes(7));
      long[] pending = new long[pairs.remaining() / 12];
      for (int i = 0; i < pending.length; i++) {
        pending[i] = TouchStats.State.pending(pairs.getLong(), InteractionKind.values()[pairs.getInt()]);
      }
      byte[] recentBytes = r.getBytes(8);
      long[] recent = new long[recentBytes.length / 8];
      ByteBuffer.wrap(recentBytes).asLongBuffer().get(recent);
      List<InteractionKind> kinds = new ArrayList<>();
      for (String kind : SPLIT.split(r.getString(15))) {
        kinds.add(InteractionKind.valueOf(kind));
      }
      Set<ResourceId> resources = new LinkedHashSet<>();
      for (String id : SPLIT.split(r.getString(16))) {
        resources.add(ResourceId.parse(id));
      }
      return TouchStats.of(new TouchStats.State(new ContactId(contact), Instant.ofEpochSecond(r.getLong(3), r.getInt(4)),
          r.getLong(5), sumValues, pending, recent, instant(r, 9), instant(r, 11), instant(r, 13), kinds, resources));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("touch_stats row of contact " + contact + " is not valid: " + e.getMessage(), e);
    }
  }

  /** Binds the parameters of an insert of {@link #COLUMNS}. */
  static void bind(PreparedStatement s, TouchStats stats) throws SQLException {
    TouchStats.State state = stats.state();
    s.setLong(1, state.contact().value());
    s.setDouble(2, TouchStats.HALF_LIFE_DAYS);
    s.setLong(3, state.lastAt().getEpochSecond());
    s.setInt(4, state.lastAt().getNano());
    s.setLong(5, state.count());
    ByteBuffer sums = ByteBuffer.allocate(8 * state.sums().length);
    sums.asDoubleBuffer().put(state.sums());
    s.setBytes(6, sums.array());
    ByteBuffer pending = ByteBuffer.allocate(12 * state.pending().length);
    for (long entry : state.pending()) {
      pending.putLong(TouchStats.State.pendingSecond(entry)).putInt(TouchStats.State.pendingKind(entry).ordinal());
    }
    s.setBytes(7, pending.array());
    ByteBuffer recent = ByteBuffer.allocate(8 * state.recent().length);
    recent.asLongBuffer().put(state.recent());
    s.setBytes(8, recent.array());
    bindInstant(s, 9, state.lastOutbound());
    bindInstant(s, 11, state.lastInbound());
    bindInstant(s, 13, state.lastMeetingOrCall());
    s.setString(15, COMMA.join(state.lastOutboundKinds()));
    s.setString(16, COMMA.join(state.resourcesSent()));
  }

  private static Optional<Instant> instant(ResultSet r, int secondColumn) throws SQLException {
    long second = r.getLong(secondColumn);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(second, r.getInt(secondColumn + 1)));
  }

  private static void bindInstant(PreparedStatement s, int secondColumn, Optional<Instant> at) throws SQLException {
    Sql.bigint(s, secondColumn, at.map(Instant::getEpochSecond).orElse(null));
    Sql.integer(s, secondColumn + 1, at.map(Instant::getNano).orElse(null));
  }
}
