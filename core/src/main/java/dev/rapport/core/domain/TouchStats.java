package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The part of one contact's {@link TouchSummary} that does not depend on the as-of day, kept up
 * to date as each touch is written, so that storage can answer the rules without reading the
 * touches again. Faded sums are kept "as of" the contact's latest touch (the anchor) and faded
 * further when read, so they stay exact for any later as-of day:
 * {@code Σ 2^(−(until − t)/h) = 2^(−(until − anchor)/h) · Σ 2^(−(anchor − t)/h)}. Counts over
 * windows that end on the as-of day cannot be kept as sums: the stats keep the touches of the
 * last {@value #KEPT_WINDOW_DAYS} days before the latest (their time and direction) and count
 * them when read.
 *
 * <p>The sums are kept for the SPEC's half-life and answer window ({@link #keptFor}); a query
 * with others, or one as of a day before the latest touch, must be answered from the touches.
 */
public final class TouchStats {

  /** The half-life the sums are kept with: the SPEC default. */
  public static final double HALF_LIFE_DAYS = 30;

  /** The answer window the answered sums are kept with: the SPEC default. */
  public static final int ANSWER_WINDOW_DAYS = 14;

  /** How far back from the latest touch the touches are kept for the window counts. */
  public static final int KEPT_WINDOW_DAYS = 400;

  private static final long KEPT_WINDOW_SECONDS = KEPT_WINDOW_DAYS * 86_400L;
  private static final int KINDS = InteractionKind.values().length;
  private static final int SUMS = Direction.values().length * KINDS + KINDS; // faded per direction and kind, then answered
  private static final int ANSWERED = Direction.values().length * KINDS;
  private static final int LAST_KINDS = 3;
  private static final double DECAY_PER_SECOND = Math.log(2) / (HALF_LIFE_DAYS * 86_400);
  private static final long ANSWER_WINDOW_SECONDS = ANSWER_WINDOW_DAYS * 86_400L;
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final InteractionKind[] KIND_VALUES = InteractionKind.values();

  private final ContactId contact;
  private Instant lastAt;
  private long anchor = Long.MIN_VALUE;
  private long count;
  private double[] sums = new double[SUMS];
  /** Whether a summary shares {@link #sums}: the next touch then changes a copy. */
  private boolean sumsShared;
  /** Outbound touches not answered yet, oldest first, as {@code second << 4 | kind ordinal}. */
  private long[] pending;
  private int pendingSize;
  private Instant lastOutbound;
  private Instant lastInbound;
  private Instant lastMeetingOrCall;
  // Immutable, replaced on each change: every summary shares them instead of copying.
  private ImmutableList<InteractionKind> lastKinds = ImmutableList.of();
  private ImmutableSet<ResourceId> resources = ImmutableSet.of();
  /** The touches of the kept window, oldest first, as {@code second << 2 | direction ordinal}. */
  private long[] recent;
  private int recentSize;

  /** The stats of a contact with no touch yet. */
  public TouchStats(ContactId contact) {
    this(contact, 2, 4);
  }

  private TouchStats(ContactId contact, int pendingCapacity, int recentCapacity) {
    this.contact = checkNotNull(contact, "contact");
    this.pending = new long[pendingCapacity];
    this.recent = new long[recentCapacity];
  }

  /** Whose touches these are. */
  public ContactId contact() {
    return contact;
  }

  /** The latest touch counted, empty before the first. */
  public Optional<Instant> lastAt() {
    return Optional.ofNullable(lastAt);
  }

  /** How many touches were counted. */
  public long count() {
    return count;
  }

  /** Whether a touch at this instant comes after every touch counted so far, so {@link #add} may take it. */
  public boolean canAppend(Instant at) {
    return lastAt == null || !at.isBefore(lastAt);
  }

  /**
   * Counts the contact's next touch; touches must come oldest first (ties in the order recorded).
   *
   * @throws IllegalArgumentException for another contact's touch or one older than the latest
   */
  public void add(Touch touch) {
    checkArgument(touch.contact().equals(contact), "touch of %s added to the stats of %s", touch.contact(), contact);
    Instant at = touch.at();
    checkArgument(canAppend(at), "touch stats need touches oldest first: %s after %s for contact %s", at, lastAt, contact);
    long second = at.getEpochSecond();
    if (sumsShared) {
      sums = sums.clone();
      sumsShared = false;
    }
    if (anchor != Long.MIN_VALUE && second > anchor) {
      double factor = Math.exp(-(second - anchor) * DECAY_PER_SECOND);
      for (int i = 0; i < SUMS; i++) {
        sums[i] *= factor;
      }
    }
    anchor = second;
    lastAt = at;
    count++;
    Direction direction = touch.direction();
    int kind = touch.kind().ordinal();
    keepRecent(second, direction);
    sums[direction.ordinal() * KINDS + kind] += 1;
    if (direction.fromContact()) {
      for (int i = 0; i < pendingSize; i++) {
        long sent = pending[i] >> 4;
        if (second - sent <= ANSWER_WINDOW_SECONDS) {
          sums[ANSWERED + (int) (pending[i] & 15)] += Math.exp(-(second - sent) * DECAY_PER_SECOND);
        }
      }
      pendingSize = 0;
      lastInbound = at;
    }
    if (direction.fromOwner()) {
      lastOutbound = at;
      lastKinds = ImmutableList.<InteractionKind>builderWithExpectedSize(LAST_KINDS)
          .add(touch.kind()).addAll(lastKinds.subList(0, Math.min(LAST_KINDS - 1, lastKinds.size()))).build();
      if (direction == Direction.MUTUAL) {
        sums[ANSWERED + kind] += 1;
      } else {
        addPending(second, kind);
      }
      if (touch.kind() == InteractionKind.RESOURCE_SHARED && touch.resource().isPresent()
          && !resources.contains(touch.resource().get())) {
        resources = ImmutableSet.<ResourceId>builder().addAll(resources).add(touch.resource().get()).build();
      }
    }
    if (touch.kind() == InteractionKind.MEETING || touch.kind() == InteractionKind.CALL) {
      lastMeetingOrCall = at;
    }
  }

  private void addPending(long second, int kind) {
    int expired = 0;
    while (expired < pendingSize && second - (pending[expired] >> 4) > ANSWER_WINDOW_SECONDS) {
      expired++;
    }
    System.arraycopy(pending, expired, pending, 0, pendingSize - expired);
    pendingSize -= expired;
    if (pendingSize == pending.length) {
      pending = Arrays.copyOf(pending, pendingSize * 2);
    }
    pending[pendingSize++] = second << 4 | kind;
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

  /** Whether the kept sums answer a query: the SPEC's half-life and answer window. */
  public static boolean keptFor(TouchSummaryQuery query) {
    return query.halfLifeDays() == HALF_LIFE_DAYS && query.answerWindowDays() == ANSWER_WINDOW_DAYS;
  }

  /** Whether every touch counted is before the query's as-of day ends, so the faded sums hold for it. */
  public boolean precedes(TouchSummaryQuery query) {
    return anchor < query.until().getEpochSecond();
  }

  /** Whether every window of the query starts within the kept window, so {@link #windowCounts} is exact. */
  public boolean keepsWindowsOf(TouchSummaryQuery query) {
    long since = Math.min(query.recentSince().getEpochSecond(),
        Math.min(query.longSince().getEpochSecond(), query.monthSince().getEpochSecond()));
    return since >= anchor - KEPT_WINDOW_SECONDS;
  }

  /** Whether {@link #summary} answers the query exactly from what is kept. */
  public boolean answers(TouchSummaryQuery query) {
    return keptFor(query) && precedes(query) && keepsWindowsOf(query);
  }

  /** The counts over the query's windows, from the kept touches; exact when {@link #keepsWindowsOf} the query. */
  public WindowCounts windowCounts(TouchSummaryQuery query) {
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
      Direction direction = DIRECTIONS[(int) (recent[i] & 3)];
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

  /** The summary for a query the stats {@link #answers}. */
  public TouchSummary summary(TouchSummaryQuery query) {
    checkArgument(answers(query), "the stats of %s cannot answer %s", contact, query);
    return summary(query, windowCounts(query));
  }

  /**
   * The summary for {@code query}, given the counts over its windows; valid when the stats
   * {@link #precedes precede} the query and it uses the kept half-life and answer window.
   */
  public TouchSummary summary(TouchSummaryQuery query, WindowCounts counts) {
    double factor = Math.exp(-Math.max(0, query.until().getEpochSecond() - anchor) * query.decayPerSecond());
    sumsShared = true;
    return TouchSummary.ofKept(contact, query, sums, factor, lastOutbound, lastInbound, lastMeetingOrCall, lastKinds,
        resources, Math.toIntExact(count), counts);
  }

  /** The counts over a query's windows. */
  public record WindowCounts(int recent, int outbound, int inbound, int outboundThisMonth) {
    /** No touch in any window. */
    public static final WindowCounts NONE = new WindowCounts(0, 0, 0, 0);
  }

  /**
   * The stats packed into one value, for storage to keep and give back through {@link #unpack}:
   * a storage that reads a whole network's stats through JDBC pays a native call per cell, so
   * one cell a contact. The layout, big-endian:
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
   *
   * @throws IllegalArgumentException when no touch is counted yet
   */
  public byte[] pack() {
    checkArgument(lastAt != null, "the stats of %s count no touch yet", contact);
    ByteBuffer out = ByteBuffer.allocate(8 + 4 + 8 + 4 + 8 * SUMS + 4 + 9 * pendingSize + 4 + 8 * recentSize
        + 3 * (1 + 8 + 4) + 1 + lastKinds.size() + 4 + 8 * resources.size());
    out.putLong(lastAt.getEpochSecond()).putInt(lastAt.getNano());
    out.putLong(count);
    out.putInt(SUMS);
    for (double sum : sums) {
      out.putDouble(sum);
    }
    out.putInt(pendingSize);
    for (int i = 0; i < pendingSize; i++) {
      out.putLong(pending[i] >> 4).put((byte) (pending[i] & 15));
    }
    out.putInt(recentSize);
    for (int i = 0; i < recentSize; i++) {
      out.putLong(recent[i]);
    }
    putInstant(out, lastOutbound);
    putInstant(out, lastInbound);
    putInstant(out, lastMeetingOrCall);
    out.put((byte) lastKinds.size());
    for (InteractionKind kind : lastKinds) {
      out.put((byte) kind.ordinal());
    }
    out.putInt(resources.size());
    for (ResourceId resource : resources) {
      out.putLong(resource.value());
    }
    return out.array();
  }

  /**
   * The stats {@link #pack} packed, read straight into their fields.
   *
   * @throws IllegalArgumentException saying what is wrong when {@code packed} is not such a value
   */
  public static TouchStats unpack(ContactId contact, byte[] packed) {
    TouchStats s = new TouchStats(contact, 0, 0); // sized below, once their lengths are read
    ByteBuffer in = ByteBuffer.wrap(packed);
    try {
      s.lastAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
      s.anchor = s.lastAt.getEpochSecond();
      s.count = in.getLong();
      checkArgument(s.count > 0, "count must be positive: %s", s.count);
      int sums = length(in, 8);
      checkArgument(sums == SUMS, "sums must hold %s values: %s", SUMS, sums);
      for (int i = 0; i < SUMS; i++) {
        double sum = in.getDouble();
        if (!(sum >= 0 && Double.isFinite(sum))) { // not checkArgument: it would box every sum
          throw new IllegalArgumentException("sums must be finite and not negative: " + sum);
        }
        s.sums[i] = sum;
      }
      s.pendingSize = length(in, 9);
      s.pending = new long[Math.max(2, s.pendingSize)];
      for (int i = 0; i < s.pendingSize; i++) {
        s.pending[i] = in.getLong() << 4 | kind(in.get()).ordinal();
      }
      s.recentSize = length(in, 8);
      s.recent = new long[Math.max(4, s.recentSize)];
      for (int i = 0; i < s.recentSize; i++) {
        s.recent[i] = in.getLong();
      }
      s.lastOutbound = instant(in);
      s.lastInbound = instant(in);
      s.lastMeetingOrCall = instant(in);
      int kinds = in.get();
      checkArgument(kinds >= 0 && kinds <= LAST_KINDS, "at most %s last kinds: %s", LAST_KINDS, kinds);
      ImmutableList.Builder<InteractionKind> lastKinds = ImmutableList.builderWithExpectedSize(kinds);
      for (int i = 0; i < kinds; i++) {
        lastKinds.add(kind(in.get()));
      }
      s.lastKinds = lastKinds.build();
      int resources = length(in, 8);
      if (resources > 0) {
        ImmutableSet.Builder<ResourceId> sent = ImmutableSet.builderWithExpectedSize(resources);
        for (int i = 0; i < resources; i++) {
          sent.add(new ResourceId(in.getLong()));
        }
        s.resources = sent.build();
      }
      checkArgument(!in.hasRemaining(), "%s bytes left over after the stats", in.remaining());
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the stats end early, after " + packed.length + " bytes", e);
    }
    return s;
  }

  /** A count of entries of {@code size} bytes each, checked against what is left. */
  private static int length(ByteBuffer in, int size) {
    int n = in.getInt();
    checkArgument(n >= 0 && n <= in.remaining() / size, "%s entries of %s bytes where %s bytes are left", n, size, in.remaining());
    return n;
  }

  private static InteractionKind kind(byte ordinal) {
    checkArgument(ordinal >= 0 && ordinal < KINDS, "no kind numbered %s", ordinal);
    return KIND_VALUES[ordinal];
  }

  private static Instant instant(ByteBuffer in) {
    boolean present = in.get() != 0;
    long second = in.getLong();
    int nano = in.getInt();
    return present ? Instant.ofEpochSecond(second, nano) : null;
  }

  private static void putInstant(ByteBuffer out, Instant at) {
    out.put((byte) (at != null ? 1 : 0));
    out.putLong(at != null ? at.getEpochSecond() : 0);
    out.putInt(at != null ? at.getNano() : 0);
  }
}
