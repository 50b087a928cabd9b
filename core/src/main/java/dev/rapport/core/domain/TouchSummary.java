package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about one contact's touches up to a day, instead of the touches
 * themselves: the last touch each way, faded sums per direction and kind, what was answered,
 * what was sent, and counts per window. Storage computes it (see
 * {@link dev.rapport.core.port.out.TouchRepository#summaries}), from aggregates it keeps or in one
 * pass over the touches; this class is only the value.
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
  /** How many sums a summary holds: see {@link #fadedIndex} and {@link #answeredIndex}. */
  public static final int SUMS = ANSWERED + KINDS;
  private static final double[] NO_SUMS = new double[SUMS]; // never written: a builder copies it first

  private final ContactId contact;
  private final TouchSummaryQuery query;
  /** Faded sums per direction and kind, then answered ones per kind, each to be multiplied by {@link #factor}. */
  private final double[] sums;
  /** How much the sums have faded since they were kept: 1 unless the summary is {@linkplain #ofKept kept}. */
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
    this(b.contact, b.query, b.handOverSums(), 1, b.lastOutbound, b.lastInbound, b.lastMeetingOrCall,
        b.lastOutboundKinds, b.resourcesSent, b.touchCount,
        new WindowCounts(b.recentCount, b.outboundCount, b.inboundCount, b.outboundThisMonth));
  }

  private TouchSummary(ContactId contact, TouchSummaryQuery query, double[] sums, double factor, Instant lastOutbound,
      Instant lastInbound, Instant lastMeetingOrCall, List<InteractionKind> lastOutboundKinds,
      Set<ResourceId> resourcesSent, int touchCount, WindowCounts counts) {
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
   * A summary from what storage keeps of a contact's touches: sums kept as of an earlier moment,
   * faded since by {@code factor}, and the rest as kept (null for no such touch). The summary holds
   * the sums and collections given, without copies and without checking again what was checked
   * when it was kept: storage makes one for every contact of a network at each read. The caller
   * must not change {@code keptSums} afterwards.
   *
   * @throws IllegalArgumentException when there are not {@link #SUMS} sums, the factor is not
   *     between 0 and 1, or there are more than three last kinds
   */
  public static TouchSummary ofKept(ContactId contact, TouchSummaryQuery query, double[] keptSums, double factor,
      Instant lastOutbound, Instant lastInbound, Instant lastMeetingOrCall,
      ImmutableList<InteractionKind> lastOutboundKinds, ImmutableSet<ResourceId> resourcesSent, int touchCount,
      WindowCounts counts) {
    if (keptSums.length != SUMS || !(factor >= 0 && factor <= 1) || lastOutboundKinds.size() > LAST_KINDS) {
      // not checkArgument: it would box the factor of every summary
      throw new IllegalArgumentException("kept summary of " + contact + ": expected " + SUMS
          + " sums, a factor between 0 and 1 and at most 3 last kinds: " + keptSums.length + ", " + factor + ", "
          + lastOutboundKinds);
    }
    return new TouchSummary(checkNotNull(contact, "contact"), checkNotNull(query, "query"), keptSums, factor,
        lastOutbound, lastInbound, lastMeetingOrCall, lastOutboundKinds, resourcesSent, touchCount, counts);
  }

  /**
   * Where the faded sum of a direction and kind sits in the sums a {@link Builder#sums} takes:
   * the faded sums per direction and kind come first, then the answered ones per kind.
   */
  public static int fadedIndex(Direction direction, InteractionKind kind) {
    return direction.ordinal() * KINDS + kind.ordinal();
  }

  /** Where the answered sum of a kind sits in the sums a {@link Builder#sums} takes. */
  public static int answeredIndex(InteractionKind kind) {
    return ANSWERED + kind.ordinal();
  }

  /** The counts over a query's windows: recent touches, the owner's and the contact's in the long window, the owner's this month. */
  public record WindowCounts(int recent, int outbound, int inbound, int outboundThisMonth) {
    /** No touch in any window. */
    public static final WindowCounts NONE = new WindowCounts(0, 0, 0, 0);

    /** @throws IllegalArgumentException for a negative count */
    public WindowCounts {
      checkArgument(recent >= 0 && outbound >= 0 && inbound >= 0 && outboundThisMonth >= 0,
          "window counts must not be negative: %s %s %s %s", recent, outbound, inbound, outboundThisMonth);
    }
  }

  /** Starts a summary of {@code contact}'s touches for {@code query}; every sum and count starts at zero. */
  public static Builder builder(ContactId contact, TouchSummaryQuery query) {
    return new Builder(contact, query);
  }

  /** The summary of a contact with no touches. */
  public static TouchSummary empty(ContactId contact, TouchSummaryQuery query) {
    return builder(contact, query).build();
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
        && Arrays.equals(fadedSums(), s.fadedSums())
        && Objects.equals(lastOutbound, s.lastOutbound) && Objects.equals(lastInbound, s.lastInbound)
        && Objects.equals(lastMeetingOrCall, s.lastMeetingOrCall)
        && lastOutboundKinds.equals(s.lastOutboundKinds) && resourcesSent.equals(s.resourcesSent)
        && touchCount == s.touchCount && recentCount == s.recentCount && outboundCount == s.outboundCount
        && inboundCount == s.inboundCount && outboundThisMonth == s.outboundThisMonth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact, query, Arrays.hashCode(fadedSums()), lastOutbound,
        lastInbound, lastMeetingOrCall, lastOutboundKinds, resourcesSent, touchCount, recentCount);
  }

  private double[] fadedSums() {
    double[] faded = sums.clone();
    for (int i = 0; i < faded.length; i++) {
      faded[i] *= factor;
    }
    return faded;
  }

  @Override
  public String toString() {
    return "TouchSummary{contact=" + contact + ", asOf=" + query.asOf() + ", touches=" + touchCount
        + ", lastOutbound=" + lastOutbound + ", lastInbound=" + lastInbound + "}";
  }

  /** Fills a summary in, for storage computing it; sums and counts start at zero. */
  public static final class Builder {
    private final ContactId contact;
    private final TouchSummaryQuery query;
    private double[] sums = NO_SUMS; // faded, then answered
    /** Whether a summary built (or storage) holds {@link #sums}: the next change then works on a copy. */
    private boolean sumsHandedOver = true;
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
      ownSums()[direction.ordinal() * KINDS + kind.ordinal()] = nonNegative("faded", value);
      return this;
    }

    /** Sets the faded count of the owner's answered touches of this kind. */
    public Builder answeredFaded(InteractionKind kind, double value) {
      ownSums()[ANSWERED + kind.ordinal()] = nonNegative("answeredFaded", value);
      return this;
    }

    /**
     * Sets every sum at once, each multiplied by {@code factor} (the fading since the sums were
     * kept): {@code sums} holds {@link #SUMS} values in the order of {@link #fadedIndex} and
     * {@link #answeredIndex}, and is not kept.
     *
     * @throws IllegalArgumentException when there are not {@link #SUMS} sums, or a sum or the factor is negative or not finite
     */
    public Builder sums(double[] sums, double factor) {
      checkArgument(sums.length == SUMS, "sums must hold %s values: %s", SUMS, sums.length);
      double[] own = ownSums();
      for (int i = 0; i < SUMS; i++) {
        double value = sums[i] * factor;
        if (!(value >= 0 && Double.isFinite(value))) { // not checkArgument: it would box every sum
          throw new IllegalArgumentException("sums must be finite and not negative: " + sums[i] + " × " + factor);
        }
        own[i] = value;
      }
      return this;
    }

    /** Sets the counts over the query's windows. */
    public Builder windowCounts(WindowCounts counts) {
      this.recentCount = counts.recent();
      this.outboundCount = counts.outbound();
      this.inboundCount = counts.inbound();
      this.outboundThisMonth = counts.outboundThisMonth();
      return this;
    }

    /** Sets how many touches were counted in all. */
    public Builder touchCount(int total) {
      checkArgument(total >= 0, "touchCount must not be negative: %s", total);
      this.touchCount = total;
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

    // A builder usually builds one summary: it hands its sums over rather than having them copied.
    private double[] handOverSums() {
      sumsHandedOver = true;
      return sums;
    }

    private double[] ownSums() {
      if (sumsHandedOver) {
        sums = sums.clone();
        sumsHandedOver = false;
      }
      return sums;
    }

    private static double nonNegative(String field, double value) {
      checkArgument(value >= 0 && Double.isFinite(value), "%s must be a finite non-negative sum: %s", field, value);
      return value;
    }
  }
}
