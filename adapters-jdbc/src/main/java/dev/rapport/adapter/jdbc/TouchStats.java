package dev.rapport.adapter.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a contact's {@link TouchSummary} that does not depend on the as-of day, kept in
 * {@code touch_stats} and brought up to date in the transaction of every write. Faded sums are
 * kept "as of" the contact's latest touch (the anchor) and faded further when read, so they stay
 * exact for any later as-of day: {@code Σ 2^(−(until − t)/h) = 2^(−(until − anchor)/h) · Σ 2^(−(anchor − t)/h)}.
 * Counts over windows that end on the as-of day cannot be kept as sums; the row keeps the touches
 * of the last {@value #KEPT_WINDOW_DAYS} days before the latest (their time and direction) and
 * counts them when read; a longer window is counted by a query over the touches. The sums are stored as a binary vector, read without parsing.
 */
final class TouchStats {

  /** The half-life the sums are kept with: the SPEC default. A query with another one is answered from the touches. */
  static final double HALF_LIFE_DAYS = 30;

  /** The answer window the answered sums are kept with: the SPEC default. */
  static final int ANSWER_WINDOW_DAYS = 14;

  /** How far back from the latest touch the touches are kept for the window counts. */
  static final int KEPT_WINDOW_DAYS = 400;

  private static final long KEPT_WINDOW_SECONDS = KEPT_WINDOW_DAYS * 86_400L;
  private static final int KINDS = InteractionKind.values().length;
  private static final int LAST_KINDS = 3;
  private static final double DECAY_PER_SECOND = Math.log(2) / (HALF_LIFE_DAYS * 86_400);
  private static final long ANSWER_WINDOW_SECONDS = ANSWER_WINDOW_DAYS * 86_400L;
  private static final Joiner COMMA = Joiner.on(',');
  private static final Splitter SPLIT = Splitter.on(',').omitEmptyStrings();

  /** An outbound touch not answered yet: when, and of what kind. */
  private record Pending(long at, int kind) {}

  final long contactId;
  private Instant lastAt;
  private long anchor = Long.MIN_VALUE;
  private long count;
  private final double[] faded = new double[Direction.values().length * KINDS];
  private final double[] answered = new double[KINDS];
  private final List<Pending> pending = new ArrayList<>();
  private Instant lastOutbound;
  private Instant lastInbound;
  private Instant lastMeetingOrCall;
  private final List<InteractionKind> lastKinds = new ArrayList<>(LAST_KINDS);
  private final Set<ResourceId> resources = new LinkedHashSet<>();
  /** The touches of the kept window, oldest first, as {@code second << 2 | direction ordinal}. */
  private long[] recent = new long[4];
  private int recentSize;

  TouchStats(long contactId) {
    this.contactId = contactId;
  }

  /** The latest touch's second, or {@code Long.MIN_VALUE} before any. */
  long anchor() {
    return anchor;
  }

  /** The latest touch, or null before any. */
  Instant lastAt() {
    return lastAt;
  }

  /** Whether a touch at this instant comes after every touch counted so far, so {@link #add} may take it. */
  boolean canAppend(Instant at) {
    return lastAt == null || !at.isBefore(lastAt);
  }

  /** Counts the contact's next touch; touches must come oldest first (ties in the order recorded). */
  void add(Instant at, Direction direction, InteractionKind kind, Optional<ResourceId> resource) {
    long second = at.getEpochSecond();
    if (!canAppend(at)) {
      throw new IllegalArgumentException("touch stats need touches oldest first: " + at + " for contact " + contactId);
    }
    if (anchor != Long.MIN_VALUE && second > anchor) {
      double factor = Math.exp(-(second - anchor) * DECAY_PER_SECOND);
      for (int i = 0; i < faded.length; i++) {
        faded[i] *= factor;
      }
      for (int i = 0; i < answered.length; i++) {
        answered[i] *= factor;
      }
    }
    anchor = second;
    lastAt = at;
    count++;
    keepRecent(second, direction);
    faded[direction.ordinal() * KINDS + kind.ordinal()] += 1;
    if (direction.fromContact()) {
      for (Pending p : pending) {
        if (second - p.at() <= ANSWER_WINDOW_SECONDS) {
          answered[p.kind()] += Math.exp(-(second - p.at()) * DECAY_PER_SECOND);
        }
      }
      pending.clear();
      lastInbound = at;
    }
    if (direction.fromOwner()) {
      lastOutbound = at;
      lastKinds.add(0, kind);
      if (lastKinds.size() > LAST_KINDS) {
        lastKinds.remove(LAST_KINDS);
      }
      if (direction == Direction.MUTUAL) {
        answered[kind.ordinal()] += 1;
      } else {
        pending.removeIf(p -> second - p.at() > ANSWER_WINDOW_SECONDS);
        pending.add(new Pending(second, kind.ordinal()));
      }
      if (kind == InteractionKind.RESOURCE_SHARED) {
        resource.ifPresent(resources::add);
      }
    }
    if (kind == InteractionKind.MEETING || kind == InteractionKind.CALL) {
      lastMeetingOrCall = at;
    }
  }

  private void keepRecent(long second, Direction direction) {
    int drop = 0;
    while (drop < recentSize && (recent[drop] >> 2) < second - KEPT_WINDOW_SECONDS) {
      drop++;
    }
    if (drop > 0) {
      System.arraycopy(recent, drop, recent, 0, recentSize - drop);
      recentSize -= drop;
    }
    if (recentSize == recent.length) {
      recent = Arrays.copyOf(recent, recentSize * 2);
    }
    recent[recentSize++] = second << 2 | direction.ordinal();
  }

  /** Whether every window of the query starts within the kept window, so {@link #windowCounts} is exact. */
  boolean keepsWindowsOf(TouchSummaryQuery query) {
    long since = Math.min(query.recentSince().getEpochSecond(),
        Math.min(query.longSince().getEpochSecond(), query.monthSince().getEpochSecond()));
    return since >= anchor - KEPT_WINDOW_SECONDS;
  }

  /** The counts over the query's windows, from the kept touches; exact when {@link #keepsWindowsOf} the query. */
  WindowCounts windowCounts(TouchSummaryQuery query) {
    long until = query.until().getEpochSecond();
    long recentSince = query.recentSince().getEpochSecond();
    long longSince = query.longSince().getEpochSecond();
    long monthSince = query.monthSince().getEpochSecond();
    int recentCount = 0;
    int outbound = 0;
    int inbound = 0;
    int outboundThisMonth = 0;
    for (int i = 0; i < recentSize; i++) {
      long second = recent[i] >> 2;
      if (second >= until) {
        continue;
      }
      Direction direction = Direction.values()[(int) (recent[i] & 3)];
      if (second >= recentSince) {
        recentCount++;
      }
      if (second >= longSince) {
        if (direction.fromOwner()) {
          outbound++;
        }
        if (direction.fromContact()) {
          inbound++;
        }
      }
      if (second >= monthSince && direction.fromOwner()) {
        outboundThisMonth++;
      }
    }
    return new WindowCounts(recentCount, outbound, inbound, outboundThisMonth);
  }

  /**
   * The summary for {@code query}, given the counts over its windows; valid when every touch
   * is before {@code query.until()} and the query uses the kept half-life and answer window.
   */
  TouchSummary toSummary(TouchSummaryQuery query, WindowCounts counts) {
    double factor = Math.exp(-Math.max(0, query.until().getEpochSecond() - anchor) * query.decayPerSecond());
    TouchSummary.Builder b = TouchSummary.builder(new ContactId(contactId), query);
    for (Direction direction : Direction.values()) {
      for (InteractionKind kind : InteractionKind.values()) {
        b.faded(direction, kind, faded[direction.ordinal() * KINDS + kind.ordinal()] * factor);
      }
    }
    for (InteractionKind kind : InteractionKind.values()) {
      b.answeredFaded(kind, answered[kind.ordinal()] * factor);
    }
    return b.lastOutbound(Optional.ofNullable(lastOutbound))
        .lastInbound(Optional.ofNullable(lastInbound))
        .lastMeetingOrCall(Optional.ofNullable(lastMeetingOrCall))
        .lastOutboundKinds(lastKinds)
        .resourcesSent(resources)
        .counts(Math.toIntExact(count), counts.recent(), counts.outbound(), counts.inbound(), counts.outboundThisMonth())
        .build();
  }

  /** Whether a query can be answered from the kept sums. */
  static boolean keptFor(TouchSummaryQuery query) {
    return query.halfLifeDays() == HALF_LIFE_DAYS && query.answerWindowDays() == ANSWER_WINDOW_DAYS;
  }

  /** The counts over a query's windows, from the touches in them. */
  record WindowCounts(int recent, int outbound, int inbound, int outboundThisMonth) {
    static final WindowCounts NONE = new WindowCounts(0, 0, 0, 0);
  }

  // The row of touch_stats: the sums as one vector of doubles, the pending touches as (second, kind) pairs.

  long count() {
    return count;
  }

  byte[] sumsBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(8 * (faded.length + answered.length));
    bytes.asDoubleBuffer().put(faded).put(answered);
    return bytes.array();
  }

  byte[] pendingBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(12 * pending.size());
    for (Pending p : pending) {
      bytes.putLong(p.at()).putInt(p.kind());
    }
    return bytes.array();
  }

  byte[] recentBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(8 * recentSize);
    bytes.asLongBuffer().put(recent, 0, recentSize);
    return bytes.array();
  }

  Instant lastOutbound() {
    return lastOutbound;
  }

  Instant lastInbound() {
    return lastInbound;
  }

  Instant lastMeetingOrCall() {
    return lastMeetingOrCall;
  }

  String lastKindsText() {
    return COMMA.join(lastKinds);
  }

  String resourcesText() {
    return COMMA.join(resources);
  }

  /** Reads a row back. */
  static TouchStats fromRow(long contactId, Instant lastAt, long count, byte[] sums, byte[] pending, byte[] recent,
      Instant lastOutbound, Instant lastInbound, Instant lastMeetingOrCall, String lastKinds, String resources) {
    TouchStats s = new TouchStats(contactId);
    s.lastAt = lastAt;
    s.anchor = lastAt.getEpochSecond();
    s.count = count;
    if (sums.length != 8 * (s.faded.length + s.answered.length)) {
      throw new IllegalStateException("touch_stats of contact " + contactId + " holds " + sums.length
          + " bytes of sums, not " + 8 * (s.faded.length + s.answered.length));
    }
    ByteBuffer.wrap(sums).asDoubleBuffer().get(s.faded).get(s.answered);
    ByteBuffer pairs = ByteBuffer.wrap(pending);
    while (pairs.remaining() >= 12) {
      s.pending.add(new Pending(pairs.getLong(), pairs.getInt()));
    }
    s.recentSize = recent.length / 8;
    s.recent = new long[Math.max(4, s.recentSize)];
    ByteBuffer.wrap(recent).asLongBuffer().get(s.recent, 0, s.recentSize);
    s.lastOutbound = lastOutbound;
    s.lastInbound = lastInbound;
    s.lastMeetingOrCall = lastMeetingOrCall;
    for (String kind : SPLIT.split(lastKinds)) {
      s.lastKinds.add(InteractionKind.valueOf(kind));
    }
    for (String id : SPLIT.split(resources)) {
      s.resources.add(ResourceId.parse(id));
    }
    return s;
  }

  @Override
  public String toString() {
    return "TouchStats[" + contactId + ", " + count + " touches, last at " + lastAt + "]";
  }
}
