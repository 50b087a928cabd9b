package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about one contact's touches up to a day, instead of the touches
 * themselves: the last touch each way, faded sums per direction and kind, what was answered,
 * what was sent, and counts per window. Storage may compute it in SQL (see
 * {@link dev.rapport.core.port.out.TouchRepository#summaries}); {@link #summarize} computes it
 * in one pass over the touches.
 *
 * <p>Definitions, for a {@link TouchSummaryQuery} q (only touches before {@code q.until()} count):
 * <ul>
 *   <li>{@code faded(d, k)}: the sum of {@code q.fade(at)} over the touches of direction d and
 *       kind k (unweighted: the rules apply kind weights when they read it);
 *   <li>{@code answeredFaded(k)}: the same sum over the touches of kind k that the owner made
 *       (OUTBOUND or MUTUAL) and that were answered: a MUTUAL touch always is, an OUTBOUND one when
 *       an INBOUND or MUTUAL touch follows it (at the same instant or later) within
 *       {@code q.answerWindowDays()};
 *   <li>{@code lastOutbound}/{@code lastInbound}: the latest touch from the owner (OUTBOUND or
 *       MUTUAL) / from the contact (INBOUND or MUTUAL);
 *   <li>{@code recentCount}: touches since {@code q.recentSince()}; {@code outboundCount} and
 *       {@code inboundCount}: touches from the owner / from the contact since {@code q.longSince()};
 *       {@code outboundThisMonth}: touches from the owner since {@code q.monthSince()}.
 * </ul>
 */
public final class TouchSummary {

  private static final int KINDS = InteractionKind.values().length;
  private static final int LAST_KINDS = 3;
  private static final int ANSWERED = Direction.values().length * KINDS; // where the answered sums start
  private static final int SUMS = ANSWERED + KINDS;

  private final ContactId contact;
  private final TouchSummaryQuery query;
  /** Faded sums per direction and kind, then answered ones per kind, each to be multiplied by {@link #factor}. */
  private final double[] sums;
  private final double factor;
  private final Instant lastOutbound;
  private final Instant lastInbound;
  private final Instant lastMeetingOrCall;
  private final List<InteractionKind> lastOutboundKinds;
  private final Set<ResourceId> resourcesSent;
  private final int touchCount;
  private final int recentCount;
  private final int outboundCount;
  private final int inboundCount;
  private final int outboundThisMonth;

  private TouchSummary(Builder b) {
    this(b.contact, b.query, b.sums.clone(), 1, b.lastOutbound, b.lastInbound, b.lastMeetingOrCall,
        b.lastOutboundKinds, b.resourcesSent, b.touchCount,
        new TouchStats.WindowCounts(b.recentCount, b.outboundCount, b.inboundCount, b.outboundThisMonth));
  }

  private TouchSummary(
      ContactId contact, TouchSummaryQuery query, double[] sums, double factor, Instant lastOutbound,
      Instant lastInbound, Instant lastMeetingOrCall, List<InteractionKind> lastOutboundKinds,
      Set<ResourceId> resourcesSent, int touchCount, TouchStats.WindowCounts counts) {
    this.contact = contact;
    this.query = query;
    this.sums = sums;
    this.factor = factor;
    this.lastOutbound = lastOutbound;
    this.lastInbound = lastInbound;
    this.lastMeetingOrCall = lastMeetingOrCall;
    this.lastOutboundKinds = lastOutboundKinds;
    this.resourcesSent = resourcesSent;
    this.touchCount = touchCount;
    this.recentCount = counts.recent();
    this.outboundCount = counts.outbound();
    this.inboundCount = counts.inbound();
    this.outboundThisMonth = counts.outboundThisMonth();
  }

  /**
   * A summary read from kept stats, sharing their sums rather than copying them: {@code sums}
   * holds the faded sums per direction and kind, then the answered ones per kind, each to be
   * multiplied by {@code factor}; the caller must never change them afterwards.
   */
  static TouchSummary ofKept(
      ContactId contact, TouchSummaryQuery query, double[] sums, double factor, Instant lastOutbound,
      Instant lastInbound, Instant lastMeetingOrCall, ImmutableList<InteractionKind> lastOutboundKinds,
      ImmutableSet<ResourceId> resourcesSent, int touchCount, TouchStats.WindowCounts counts) {
    // The kept sums are checked when kept (TouchStats.unpack); a factor in [0, 1] keeps them in range.
    if (!(factor >= 0 && factor <= 1)) { // not checkArgument: it would box the factor of every summary
      throw new IllegalArgumentException("factor must be between 0 and 1: " + factor);
    }
    checkArgument(lastOutboundKinds.size() <= LAST_KINDS, "lastOutboundKinds must hold at most 3 kinds: %s", lastOutboundKinds);
    return new TouchSummary(contact, query, sums, factor, lastOutbound, lastInbound, lastMeetingOrCall,
        lastOutboundKinds, resourcesSent, touchCount, counts);
  }

  /** Starts a summary of {@code contact}'s touches for {@code query}; every sum and count starts at zero. */
  public static Builder builder(ContactId contact, TouchSummaryQuery query) {
    return new Builder(contact, query);
  }

  /** The summary of a contact with no touches. */
  public static TouchSummary empty(ContactId contact, TouchSummaryQuery query) {
    return builder(contact, query).build();
  }

  /**
   * Summarizes touches in one pass, per contact; contacts with no touch before
   * {@code query.until()} get no entry.
   *
   * @throws IllegalArgumentException when a contact's touches do not come oldest first
   */
  public static Map<ContactId, TouchSummary> summarize(Iterable<Touch> touches, TouchSummaryQuery query) {
    Summarizer summarizer = new Summarizer(query);
    for (Touch touch : touches) {
      summarizer.add(touch);
    }
    return summarizer.finish();
  }

  /** Whose touches these are. */
  public ContactId contact() {
    return contact;
  }

  /** What the summary was computed for. */
  public TouchSummaryQuery query() {
    return query;
  }

  /** The faded count of touches of this direction and kind. */
  public double faded(Direction direction, InteractionKind kind) {
    return sums[direction.ordinal() * KINDS + kind.ordinal()] * factor;
  }

  /** The faded count of the owner's touches of this kind that were answered. */
  public double answeredFaded(InteractionKind kind) {
    return sums[ANSWERED + kind.ordinal()] * factor;
  }

  /** The latest OUTBOUND or MUTUAL touch. */
  public Optional<Instant> lastOutbound() {
    return Optional.ofNullable(lastOutbound);
  }

  /** The latest INBOUND or MUTUAL touch. */
  public Optional<Instant> lastInbound() {
    return Optional.ofNullable(lastInbound);
  }

  /** The latest touch in either direction. */
  public Optional<Instant> lastTouch() {
    if (lastOutbound == null || lastInbound == null) {
      return Optional.ofNullable(lastOutbound == null ? lastInbound : lastOutbound);
    }
    return Optional.of(lastOutbound.isAfter(lastInbound) ? lastOutbound : lastInbound);
  }

  /** Whether the latest touch came from the contact and the owner has not answered it. */
  public boolean awaitsReply() {
    return lastInbound != null && (lastOutbound == null || lastInbound.isAfter(lastOutbound));
  }

  /** The latest MEETING or CALL in either direction. */
  public Optional<Instant> lastMeetingOrCall() {
    return Optional.ofNullable(lastMeetingOrCall);
  }

  /** The kinds of the owner's last (up to) three touches, the most recent first. */
  public List<InteractionKind> lastOutboundKinds() {
    return lastOutboundKinds;
  }

  /** The resources the owner already shared with the contact. */
  public Set<ResourceId> resourcesSent() {
    return resourcesSent;
  }

  /** All touches counted. */
  public int touchCount() {
    return touchCount;
  }

  /** Touches in either direction in the recent window. */
  public int recentCount() {
    return recentCount;
  }

  /** Touches from the owner in the long window. */
  public int outboundCount() {
    return outboundCount;
  }

  /** Touches from the contact in the long window. */
  public int inboundCount() {
    return inboundCount;
  }

  /** Touches from the owner since the start of the as-of month. */
  public int outboundThisMonth() {
    return outboundThisMonth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TouchSummary s
        && contact.equals(s.contact) && query.equals(s.query)
        && Arrays.equals(scaledSums(), s.scaledSums())
        && Objects.equals(lastOutbound, s.lastOutbound) && Objects.equals(lastInbound, s.lastInbound)
        && Objects.equals(lastMeetingOrCall, s.lastMeetingOrCall)
        && lastOutboundKinds.equals(s.lastOutboundKinds) && resourcesSent.equals(s.resourcesSent)
        && touchCount == s.touchCount && recentCount == s.recentCount && outboundCount == s.outboundCount
        && inboundCount == s.inboundCount && outboundThisMonth == s.outboundThisMonth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact, query, Arrays.hashCode(scaledSums()), lastOutbound,
        lastInbound, lastMeetingOrCall, lastOutboundKinds, resourcesSent, touchCount, recentCount);
  }

  private double[] scaledSums() {
    double[] scaled = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      scaled[i] = sums[i] * factor;
    }
    return scaled;
  }

  @Override
  public String toString() {
    return "TouchSummary{contact=" + contact + ", asOf=" + query.asOf() + ", touches=" + touchCount
        + ", lastOutbound=" + lastOutbound + ", lastInbound=" + lastInbound + "}";
  }

  /** Fills a summary in, for storage adapters computing it themselves; sums and counts start at zero. */
  public static final class Builder {
    private final ContactId contact;
    private final TouchSummaryQuery query;
    private final double[] sums = new double[SUMS]; // faded, then answered
    private Instant lastOutbound;
    private Instant lastInbound;
    private Instant lastMeetingOrCall;
    private List<InteractionKind> lastOutboundKinds = List.of();
    private Set<ResourceId> resourcesSent = Set.of();
    private int touchCount;
    private int recentCount;
    private int outboundCount;
    private int inboundCount;
    private int outboundThisMonth;

    private Builder(ContactId contact, TouchSummaryQuery query) {
      this.contact = checkNotNull(contact, "contact");
      this.query = checkNotNull(query, "query");
    }

    /** Sets the faded count of touches of this direction and kind. */
    public Builder faded(Direction direction, InteractionKind kind, double value) {
      sums[direction.ordinal() * KINDS + kind.ordinal()] = nonNegative("faded", value);
      return this;
    }

    /** Sets the faded count of the owner's answered touches of this kind. */
    public Builder answeredFaded(InteractionKind kind, double value) {
      sums[ANSWERED + kind.ordinal()] = nonNegative("answeredFaded", value);
      return this;
    }

    /** Sets the latest OUTBOUND or MUTUAL touch. */
    public Builder lastOutbound(Optional<Instant> at) {
      this.lastOutbound = at.orElse(null);
      return this;
    }

    /** Sets the latest INBOUND or MUTUAL touch. */
    public Builder lastInbound(Optional<Instant> at) {
      this.lastInbound = at.orElse(null);
      return this;
    }

    /** Sets the latest MEETING or CALL. */
    public Builder lastMeetingOrCall(Optional<Instant> at) {
      this.lastMeetingOrCall = at.orElse(null);
      return this;
    }

    /** Sets the kinds of the owner's last three touches, the most recent first. */
    public Builder lastOutboundKinds(List<InteractionKind> kinds) {
      checkArgument(kinds.size() <= LAST_KINDS, "lastOutboundKinds must hold at most 3 kinds: %s", kinds);
      this.lastOutboundKinds = ImmutableList.copyOf(kinds);
      return this;
    }

    /** Sets the resources already shared. */
    public Builder resourcesSent(Set<ResourceId> resources) {
      this.resourcesSent = ImmutableSet.copyOf(resources);
      return this;
    }

    /** Sets the counts: all touches, recent ones, from the owner and from the contact in the long window, and from the owner this month. */
    public Builder counts(int total, int recent, int outbound, int inbound, int outboundThisMonth) {
      checkArgument(total >= 0 && recent >= 0 && outbound >= 0 && inbound >= 0 && outboundThisMonth >= 0,
          "counts must not be negative: %s %s %s %s %s", total, recent, outbound, inbound, outboundThisMonth);
      this.touchCount = total;
      this.recentCount = recent;
      this.outboundCount = outbound;
      this.inboundCount = inbound;
      this.outboundThisMonth = outboundThisMonth;
      return this;
    }

    /** The summary. */
    public TouchSummary build() {
      return new TouchSummary(this);
    }

    private static double nonNegative(String field, double value) {
      checkArgument(value >= 0 && Double.isFinite(value), "%s must be a finite non-negative sum: %s", field, value);
      return value;
    }
  }

  /**
   * The one-pass computation, fed touches oldest first. The state of each contact lives in two
   * flat primitive arrays at its slot (scalars in one, the faded sums in the other), found through
   * an open-addressing table of contact ids: a million touches spread over tens of thousands of
   * contacts then cost a few cache misses each, instead of a chain of objects per touch.
   */
  private static final class Summarizer {
    // The scalars of a slot, in one stretch of a long[].
    private static final int PENDING = 8; // outbound touches awaiting an answer kept inline; more spill over
    private static final int HOT = 16 + PENDING;
    private static final int LAST_AT = 0;
    private static final int TOTAL = 1;
    private static final int RECENT = 2;
    private static final int OUT = 3;
    private static final int IN = 4;
    private static final int OUT_MONTH = 5;
    private static final int KINDS_SEEN = 6; // the last three outbound kinds, ordinal + 1, a byte each
    private static final int LAST_OUT = 7; // epoch second, then nanos
    private static final int LAST_IN = 9;
    private static final int LAST_TALK = 11;
    private static final int PENDING_HEAD = 13;
    private static final int PENDING_SIZE = 14;
    private static final int SPILLED = 15; // 1 while the slot's pending touches are in its spill-over queue
    private static final int PENDING_AT = 16; // then PENDING entries of (age in seconds | kind << 56)
    private static final long SECONDS = (1L << 56) - 1;
    private static final int MEETING = InteractionKind.MEETING.ordinal();
    private static final int CALL = InteractionKind.CALL.ordinal();
    private static final int RESOURCE = InteractionKind.RESOURCE_SHARED.ordinal();
    private static final int MUTUAL = Direction.MUTUAL.ordinal();
    private static final long NONE = Long.MIN_VALUE;

    private final TouchSummaryQuery query;
    private final long until;
    private final long recentSince;
    private final long longSince;
    private final long monthSince;
    private final long answerWindow;
    private final double decayPerSecond;

    private static final long DIRECT_LIMIT = 1 << 22;

    /** Slot + 1 by contact id, for ids below {@link #DIRECT_LIMIT}; 0 when not seen yet. */
    private int[] direct = new int[1024];
    /** Open addressing for larger ids: contact id at 2i (0 when free), its slot at 2i + 1. */
    private long[] table = new long[2 * 1024];
    private int hashed;
    private int size;

    private ContactId[] ids = new ContactId[256];
    private long[] hot = new long[256 * HOT];
    private double[] sums = new double[256 * SUMS];
    private Pending[] pending = new Pending[256];
    private final Map<Integer, Set<ResourceId>> resources = new HashMap<>();

    Summarizer(TouchSummaryQuery query) {
      this.query = query;
      this.until = query.until().getEpochSecond();
      this.recentSince = query.recentSince().getEpochSecond();
      this.longSince = query.longSince().getEpochSecond();
      this.monthSince = query.monthSince().getEpochSecond();
      this.answerWindow = query.answerWindow().getSeconds();
      this.decayPerSecond = query.decayPerSecond();
    }

    void add(Touch touch) {
      Instant instant = touch.at();
      long at = instant.getEpochSecond();
      if (at >= until) {
        return;
      }
      int slot = slot(touch.contact());
      int h = slot * HOT;
      if (at < hot[h + LAST_AT]) {
        throw new IllegalArgumentException("touches must come oldest first: " + instant + " after "
            + Instant.ofEpochSecond(hot[h + LAST_AT]) + " for contact " + touch.contact());
      }
      hot[h + LAST_AT] = at;
      Direction direction = touch.direction();
      int kind = touch.kind().ordinal();
      double fade = fade(until - at);
      int s = slot * SUMS;
      sums[s + direction.ordinal() * KINDS + kind] += fade;
      hot[h + TOTAL]++;
      if (at >= recentSince) {
        hot[h + RECENT]++;
      }
      if (direction.fromContact()) {
        answerPending(slot, h, at, s + ANSWERED);
        hot[h + LAST_IN] = at;
        hot[h + LAST_IN + 1] = instant.getNano();
        if (at >= longSince) {
          hot[h + IN]++;
        }
      }
      if (direction.fromOwner()) {
        hot[h + LAST_OUT] = at;
        hot[h + LAST_OUT + 1] = instant.getNano();
        hot[h + KINDS_SEEN] = ((hot[h + KINDS_SEEN] << 8) | (kind + 1)) & 0xFFFFFF;
        if (direction.ordinal() == MUTUAL) {
          sums[s + ANSWERED + kind] += fade;
        } else {
          addPending(slot, h, at, kind, fade);
        }
        if (at >= longSince) {
          hot[h + OUT]++;
        }
        if (at >= monthSince) {
          hot[h + OUT_MONTH]++;
        }
        if (kind == RESOURCE && touch.resource().isPresent()) {
          resources.computeIfAbsent(slot, x -> new LinkedHashSet<>()).add(touch.resource().get());
        }
      }
      if (kind == MEETING || kind == CALL) {
        hot[h + LAST_TALK] = at;
        hot[h + LAST_TALK + 1] = instant.getNano();
      }
    }

    private double fade(long ageSeconds) {
      return Math.exp(-ageSeconds * decayPerSecond);
    }

    /** An answer at {@code at} answers every pending touch it is within the window of; none stays pending. */
    private void answerPending(int slot, int h, long at, int answeredOffset) {
      if (hot[h + SPILLED] != 0) {
        pending[slot].answerAll(at, answerWindow, sums, answeredOffset);
        hot[h + SPILLED] = 0;
        return;
      }
      int head = (int) hot[h + PENDING_HEAD];
      int count = (int) hot[h + PENDING_SIZE];
      for (int n = 0; n < count; n++) {
        long entry = hot[h + PENDING_AT + (head + n) % PENDING];
        long age = entry & SECONDS;
        if (at - (until - age) <= answerWindow) {
          sums[answeredOffset + (int) (entry >>> 56)] += fade(age);
        }
      }
      hot[h + PENDING_HEAD] = 0;
      hot[h + PENDING_SIZE] = 0;
    }

    private void addPending(int slot, int h, long at, int kind, double fade) {
      if (hot[h + SPILLED] != 0) {
        pending[slot].add(at, kind, fade, answerWindow);
        return;
      }
      int head = (int) hot[h + PENDING_HEAD];
      int count = (int) hot[h + PENDING_SIZE];
      while (count > 0 && at - (until - (hot[h + PENDING_AT + head] & SECONDS)) > answerWindow) {
        head = (head + 1) % PENDING;
        count--;
      }
      if (count == PENDING) {
        // Rare: more unanswered touches within the window than fit inline; move them to a queue.
        Pending queue = pending[slot] == null ? new Pending() : pending[slot];
        for (int n = 0; n < count; n++) {
          long entry = hot[h + PENDING_AT + (head + n) % PENDING];
          queue.add(until - (entry & SECONDS), (int) (entry >>> 56), fade(entry & SECONDS), answerWindow);
        }
        queue.add(at, kind, fade, answerWindow);
        pending[slot] = queue;
        hot[h + SPILLED] = 1;
        hot[h + PENDING_HEAD] = 0;
        hot[h + PENDING_SIZE] = 0;
        return;
      }
      // The age is positive whatever the era, and gives back the fade exactly.
      hot[h + PENDING_AT + (head + count) % PENDING] = (until - at) | ((long) kind << 56);
      hot[h + PENDING_HEAD] = head;
      hot[h + PENDING_SIZE] = count + 1;
    }

    /** The slot of a contact, made on first sight. */
    private int slot(ContactId contact) {
      long id = contact.value();
      // Storage hands out small consecutive ids: a direct index stays in cache where a hash table would not.
      if (id < DIRECT_LIMIT) {
        if (id >= direct.length) {
          direct = Arrays.copyOf(direct, (int) Math.min(DIRECT_LIMIT, Math.max(id + 1, direct.length * 2L)));
        }
        int slot = direct[(int) id] - 1;
        if (slot < 0) {
          slot = newSlot(contact);
          direct[(int) id] = slot + 1;
        }
        return slot;
      }
      int mask = (table.length >> 1) - 1;
      int i = mix(id) & mask;
      long key;
      while ((key = table[2 * i]) != 0) {
        if (key == id) {
          return (int) table[2 * i + 1];
        }
        i = (i + 1) & mask;
      }
      int slot = newSlot(contact);
      table[2 * i] = id;
      table[2 * i + 1] = slot;
      if (++hashed * 2 > table.length >> 1) {
        growTable();
      }
      return slot;
    }

    private int newSlot(ContactId contact) {
      int slot = size++;
      if (slot == ids.length) {
        growSlots();
      }
      ids[slot] = contact;
      int h = slot * HOT;
      hot[h + LAST_AT] = NONE;
      hot[h + LAST_OUT] = NONE;
      hot[h + LAST_IN] = NONE;
      hot[h + LAST_TALK] = NONE;
      return slot;
    }

    private static int mix(long id) {
      long h = id * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }

    private void growTable() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = (table.length >> 1) - 1;
      for (int j = 0; j < old.length; j += 2) {
        if (old[j] != 0) {
          int i = mix(old[j]) & mask;
          while (table[2 * i] != 0) {
            i = (i + 1) & mask;
          }
          table[2 * i] = old[j];
          table[2 * i + 1] = old[j + 1];
        }
      }
    }

    private void growSlots() {
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      hot = Arrays.copyOf(hot, n * HOT);
      sums = Arrays.copyOf(sums, n * SUMS);
      pending = Arrays.copyOf(pending, n);
    }

    private Optional<Instant> instant(int h, int field) {
      long second = hot[h + field];
      return second == NONE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(second, hot[h + field + 1]));
    }

    Map<ContactId, TouchSummary> finish() {
      Map<ContactId, TouchSummary> result = new HashMap<>(size * 2);
      InteractionKind[] kinds = InteractionKind.values();
      for (int slot = 0; slot < size; slot++) {
        int h = slot * HOT;
        List<InteractionKind> recentKinds = new ArrayList<>(LAST_KINDS);
        for (long packed = hot[h + KINDS_SEEN]; packed != 0; packed >>>= 8) {
          recentKinds.add(kinds[(int) (packed & 0xFF) - 1]);
        }
        Builder b = builder(ids[slot], query)
            .lastOutbound(instant(h, LAST_OUT))
            .lastInbound(instant(h, LAST_IN))
            .lastMeetingOrCall(instant(h, LAST_TALK))
            .lastOutboundKinds(recentKinds)
            .resourcesSent(resources.getOrDefault(slot, Set.of()))
            .counts((int) hot[h + TOTAL], (int) hot[h + RECENT], (int) hot[h + OUT], (int) hot[h + IN],
                (int) hot[h + OUT_MONTH]);
        System.arraycopy(sums, slot * SUMS, b.sums, 0, SUMS);
        result.put(ids[slot], b.build());
      }
      return result;
    }
  }

  /**
   * A contact's outbound touches not answered yet and still within the answer window, oldest
   * first, in a ring buffer: the spill-over for contacts with more of them than fit inline.
   */
  private static final class Pending {
    private long[] at = new long[4];
    private byte[] kind = new byte[4];
    private double[] fade = new double[4];
    private int head;
    private int size;

    void add(long time, int touchKind, double weight, long window) {
      while (size > 0 && time - at[head] > window) {
        head = (head + 1) & (at.length - 1);
        size--;
      }
      if (size == at.length) {
        grow();
      }
      int i = (head + size) & (at.length - 1);
      at[i] = time;
      kind[i] = (byte) touchKind;
      fade[i] = weight;
      size++;
    }

    /** An answer at {@code time} answers every pending touch it is within the window of; none stays pending. */
    void answerAll(long time, long window, double[] answered, int offset) {
      for (int n = 0; n < size; n++) {
        int i = (head + n) & (at.length - 1);
        if (time - at[i] <= window) {
          answered[offset + kind[i]] += fade[i];
        }
      }
      head = 0;
      size = 0;
    }

    private void grow() {
      int n = at.length * 2;
      long[] newAt = new long[n];
      byte[] newKind = new byte[n];
      double[] newFade = new double[n];
      for (int k = 0; k < size; k++) {
        int i = (head + k) & (at.length - 1);
        newAt[k] = at[i];
        newKind[k] = kind[i];
        newFade[k] = fade[i];
      }
      at = newAt;
      kind = newKind;
      fade = newFade;
      head = 0;
    }
  }
}
