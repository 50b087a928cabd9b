package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayDeque;
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

  private final ContactId contact;
  private final TouchSummaryQuery query;
  private final double[] faded;
  private final double[] answered;
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
    this.contact = b.contact;
    this.query = b.query;
    this.faded = b.faded.clone();
    this.answered = b.answered.clone();
    this.lastOutbound = b.lastOutbound;
    this.lastInbound = b.lastInbound;
    this.lastMeetingOrCall = b.lastMeetingOrCall;
    this.lastOutboundKinds = ImmutableList.copyOf(b.lastOutboundKinds);
    this.resourcesSent = ImmutableSet.copyOf(b.resourcesSent);
    this.touchCount = b.touchCount;
    this.recentCount = b.recentCount;
    this.outboundCount = b.outboundCount;
    this.inboundCount = b.inboundCount;
    this.outboundThisMonth = b.outboundThisMonth;
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
    return faded[direction.ordinal() * KINDS + kind.ordinal()];
  }

  /** The faded count of the owner's touches of this kind that were answered. */
  public double answeredFaded(InteractionKind kind) {
    return answered[kind.ordinal()];
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
        && Arrays.equals(faded, s.faded) && Arrays.equals(answered, s.answered)
        && Objects.equals(lastOutbound, s.lastOutbound) && Objects.equals(lastInbound, s.lastInbound)
        && Objects.equals(lastMeetingOrCall, s.lastMeetingOrCall)
        && lastOutboundKinds.equals(s.lastOutboundKinds) && resourcesSent.equals(s.resourcesSent)
        && touchCount == s.touchCount && recentCount == s.recentCount && outboundCount == s.outboundCount
        && inboundCount == s.inboundCount && outboundThisMonth == s.outboundThisMonth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact, query, Arrays.hashCode(faded), Arrays.hashCode(answered), lastOutbound,
        lastInbound, lastMeetingOrCall, lastOutboundKinds, resourcesSent, touchCount, recentCount);
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
    private final double[] faded = new double[Direction.values().length * KINDS];
    private final double[] answered = new double[KINDS];
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
      faded[direction.ordinal() * KINDS + kind.ordinal()] = nonNegative("faded", value);
      return this;
    }

    /** Sets the faded count of the owner's answered touches of this kind. */
    public Builder answeredFaded(InteractionKind kind, double value) {
      answered[kind.ordinal()] = nonNegative("answeredFaded", value);
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
      this.lastOutboundKinds = List.copyOf(kinds);
      return this;
    }

    /** Sets the resources already shared. */
    public Builder resourcesSent(Set<ResourceId> resources) {
      this.resourcesSent = Set.copyOf(resources);
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

  /** The one-pass computation: one accumulator per contact, fed touches oldest first. */
  private static final class Summarizer {
    private final TouchSummaryQuery query;
    private final long until;
    private final long recentSince;
    private final long longSince;
    private final long monthSince;
    private final long answerWindow;
    private final double decayPerSecond;
    private final Map<ContactId, Accumulator> byContact = new HashMap<>();

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
      long at = touch.at().getEpochSecond();
      if (at >= until) {
        return;
      }
      Accumulator acc = byContact.computeIfAbsent(touch.contact(), id -> new Accumulator());
      if (at < acc.lastAt) {
        throw new IllegalArgumentException("touches must come oldest first: " + touch.at() + " after "
            + Instant.ofEpochSecond(acc.lastAt) + " for contact " + touch.contact());
      }
      acc.lastAt = at;
      Direction direction = touch.direction();
      InteractionKind kind = touch.kind();
      double fade = Math.exp(-(until - at) * decayPerSecond);
      acc.faded[direction.ordinal() * KINDS + kind.ordinal()] += fade;
      acc.touchCount++;
      if (at >= recentSince) {
        acc.recentCount++;
      }
      if (direction.fromContact()) {
        acc.answerPending(at, answerWindow);
        acc.lastInbound = touch.at();
        if (at >= longSince) {
          acc.inboundCount++;
        }
      }
      if (direction.fromOwner()) {
        acc.lastOutbound = touch.at();
        acc.pushKind(kind);
        if (direction == Direction.MUTUAL) {
          acc.answered[kind.ordinal()] += fade;
        } else {
          acc.dropExpired(at, answerWindow);
          acc.pending.addLast(new Pending(at, kind.ordinal(), fade));
        }
        if (at >= longSince) {
          acc.outboundCount++;
        }
        if (at >= monthSince) {
          acc.outboundThisMonth++;
        }
        if (kind == InteractionKind.RESOURCE_SHARED && touch.resource().isPresent()) {
          acc.resourcesSent.add(touch.resource().get());
        }
      }
      if (kind == InteractionKind.MEETING || kind == InteractionKind.CALL) {
        acc.lastMeetingOrCall = touch.at();
      }
    }

    Map<ContactId, TouchSummary> finish() {
      Map<ContactId, TouchSummary> result = new HashMap<>(byContact.size() * 2);
      byContact.forEach((id, acc) -> result.put(id, acc.toSummary(id, query)));
      return result;
    }
  }

  private record Pending(long at, int kind, double fade) {}

  private static final class Accumulator {
    final double[] faded = new double[Direction.values().length * KINDS];
    final double[] answered = new double[KINDS];
    final ArrayDeque<Pending> pending = new ArrayDeque<>(2);
    final InteractionKind[] lastKinds = new InteractionKind[LAST_KINDS];
    final Set<ResourceId> resourcesSent = new LinkedHashSet<>();
    long lastAt = Long.MIN_VALUE;
    int kindCount;
    Instant lastOutbound;
    Instant lastInbound;
    Instant lastMeetingOrCall;
    int touchCount;
    int recentCount;
    int outboundCount;
    int inboundCount;
    int outboundThisMonth;

    /** An answer at {@code at} answers every pending outbound touch it is within the window of. */
    void answerPending(long at, long window) {
      for (Pending p : pending) {
        if (at - p.at() <= window) {
          answered[p.kind()] += p.fade();
        }
      }
      pending.clear();
    }

    /** Outbound touches older than the window before {@code at} can no longer be answered. */
    void dropExpired(long at, long window) {
      while (!pending.isEmpty() && at - pending.peekFirst().at() > window) {
        pending.removeFirst();
      }
    }

    void pushKind(InteractionKind kind) {
      System.arraycopy(lastKinds, 0, lastKinds, 1, LAST_KINDS - 1);
      lastKinds[0] = kind;
      kindCount = Math.min(LAST_KINDS, kindCount + 1);
    }

    TouchSummary toSummary(ContactId id, TouchSummaryQuery query) {
      Builder b = builder(id, query)
          .lastOutbound(Optional.ofNullable(lastOutbound))
          .lastInbound(Optional.ofNullable(lastInbound))
          .lastMeetingOrCall(Optional.ofNullable(lastMeetingOrCall))
          .lastOutboundKinds(Arrays.asList(lastKinds).subList(0, kindCount))
          .resourcesSent(resourcesSent)
          .counts(touchCount, recentCount, outboundCount, inboundCount, outboundThisMonth);
      System.arraycopy(faded, 0, b.faded, 0, faded.length);
      System.arraycopy(answered, 0, b.answered, 0, answered.length);
      return b.build();
    }
  }
}
