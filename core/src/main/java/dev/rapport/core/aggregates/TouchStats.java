package dev.rapport.core.aggregates;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummary.WindowCounts;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * <p>The sums are kept for the {@link KeptWindows} the stats were made with; a query with others,
 * or one as of a day before the latest touch, must be answered from the touches
 * ({@link #answers}). A store keeps them with {@link #parts} and gives them back with {@link #of}.
 */
public final class TouchStats {

  /**
   * How far back from the latest touch the touches are kept for the window counts: a year's
   * windows and a month to spare. A longer window is counted from the touches; this bounds what
   * a contact's stats hold, whatever the rules.
   */
  public static final int KEPT_WINDOW_DAYS = 400;

  private static final long KEPT_WINDOW_SECONDS = KEPT_WINDOW_DAYS * 86_400L;
  private static final int SUMS = TouchSummary.SUMS;
  private static final int LAST_KINDS = 3;
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final InteractionKind[] KINDS = InteractionKind.values();

  private final ContactId contact;
  private final KeptWindows windows;
  private final double decayPerSecond;
  private Instant lastAt;
  private long anchor = Long.MIN_VALUE;
  private long count;
  private double[] sums = new double[SUMS];
  /** Whether a summary holds {@link #sums}: the next touch then changes a copy. */
  private boolean sumsShared;
  /** The owner's outbound touches not answered yet, in slot 0, tagged with their kind. */
  private final AwaitingAnswers awaiting;
  private Instant lastOutbound;
  private Instant lastInbound;
  private Instant lastMeetingOrCall;
  // Immutable, replaced on each change: every summary shares them instead of copying.
  private ImmutableList<InteractionKind> lastKinds = ImmutableList.of();
  private ImmutableSet<ResourceId> resources = ImmutableSet.of();
  /** The touches of the kept window, oldest first, as {@code second << 2 | direction ordinal}. */
  private long[] recent = new long[4];
  private int recentSize;

  /** The stats of a contact with no touch yet, kept for {@code windows}. */
  public TouchStats(ContactId contact, KeptWindows windows) {
    this.contact = checkNotNull(contact, "contact");
    this.windows = checkNotNull(windows, "windows");
    this.decayPerSecond = windows.decayPerSecond();
    this.awaiting = new AwaitingAnswers(windows.answerWindowSeconds());
  }

  /** Whose touches these are. */
  public ContactId contact() {
    return contact;
  }

  /** The windows the sums are kept for. */
  public KeptWindows windows() {
    return windows;
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
      double factor = Math.exp(-(second - anchor) * decayPerSecond);
      for (int i = 0; i < SUMS; i++) {
        sums[i] *= factor;
      }
    }
    anchor = second;
    lastAt = at;
    count++;
    Direction direction = touch.direction();
    InteractionKind kind = touch.kind();
    keepRecent(second, direction);
    sums[TouchSummary.fadedIndex(direction, kind)] += 1;
    if (direction.fromContact()) {
      awaiting.answer(0, second, (sent, sentKind) ->
          sums[TouchSummary.answeredIndex(KINDS[(int) sentKind])] += Math.exp(-(second - sent) * decayPerSecond));
      lastInbound = at;
    }
    if (direction.fromOwner()) {
      lastOutbound = at;
      lastKinds = ImmutableList.<InteractionKind>builderWithExpectedSize(LAST_KINDS)
          .add(kind).addAll(lastKinds.subList(0, Math.min(LAST_KINDS - 1, lastKinds.size()))).build();
      if (direction == Direction.MUTUAL) {
        sums[TouchSummary.answeredIndex(kind)] += 1;
      } else {
        awaiting.add(0, second, kind.ordinal());
      }
      if (kind == InteractionKind.RESOURCE_SHARED && touch.resource().isPresent()
          && !resources.contains(touch.resource().get())) {
        resources = ImmutableSet.<ResourceId>builder().addAll(resources).add(touch.resource().get()).build();
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
    return windows.serve(query) && precedes(query) && keepsWindowsOf(query);
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
   * {@link #precedes precede} the query and its windows are those {@link KeptWindows#serve kept}.
   */
  public TouchSummary summary(TouchSummaryQuery query, WindowCounts counts) {
    double factor = Math.exp(-Math.max(0, query.until().getEpochSecond() - anchor) * query.decayPerSecond());
    sumsShared = true; // the summary holds the sums as they are: no copy for each read of a network
    return TouchSummary.ofKept(contact, query, sums, factor, lastOutbound, lastInbound, lastMeetingOrCall, lastKinds,
        resources, Math.toIntExact(count), counts);
  }

  /**
   * What the stats hold, for a store to keep (the sums in the order of
   * {@link TouchSummary#fadedIndex} and {@link TouchSummary#answeredIndex}, as of {@code lastAt}).
   *
   * @param lastAt the latest touch counted, from which the sums are faded
   * @param count how many touches were counted
   * @param sums the faded sums per direction and kind, then the answered ones per kind
   * @param awaitingSeconds the owner's touches waiting for an answer, oldest first: when sent
   * @param awaitingKinds and their kinds
   * @param recentSeconds the touches of the kept window, oldest first: when made
   * @param recentDirections and their directions
   * @param lastOutbound the latest touch from the owner, if any
   * @param lastInbound the latest touch from the contact, if any
   * @param lastMeetingOrCall the latest meeting or call, if any
   * @param lastKinds the kinds of the owner's last (up to) three touches, most recent first
   * @param resources the resources shared with the contact
   */
  public record Parts(Instant lastAt, long count, double[] sums, long[] awaitingSeconds,
      List<InteractionKind> awaitingKinds, long[] recentSeconds, List<Direction> recentDirections,
      Optional<Instant> lastOutbound, Optional<Instant> lastInbound, Optional<Instant> lastMeetingOrCall,
      List<InteractionKind> lastKinds, Set<ResourceId> resources) {}

  /**
   * What the stats hold, for a store to keep and give back to {@link #of}.
   *
   * @throws IllegalStateException when no touch is counted yet
   */
  public Parts parts() {
    if (lastAt == null) {
      throw new IllegalStateException("the stats of " + contact + " count no touch yet");
    }
    int waiting = awaiting.count(0);
    long[] awaitingSeconds = new long[waiting];
    InteractionKind[] awaitingKinds = new InteractionKind[waiting];
    for (int i = 0; i < waiting; i++) {
      awaitingSeconds[i] = awaiting.sentAt(0, i);
      awaitingKinds[i] = KINDS[(int) awaiting.tag(0, i)];
    }
    long[] recentSeconds = new long[recentSize];
    Direction[] recentDirections = new Direction[recentSize];
    for (int i = 0; i < recentSize; i++) {
      recentSeconds[i] = recent[i] >> 2;
      recentDirections[i] = DIRECTIONS[(int) (recent[i] & 3)];
    }
    return new Parts(lastAt, count, sums.clone(), awaitingSeconds, Arrays.asList(awaitingKinds), recentSeconds,
        Arrays.asList(recentDirections), Optional.ofNullable(lastOutbound), Optional.ofNullable(lastInbound),
        Optional.ofNullable(lastMeetingOrCall), lastKinds, resources);
  }

  /**
   * The stats a store kept from {@link #parts}.
   *
   * @throws IllegalArgumentException saying what is wrong when the parts are not such stats
   */
  public static TouchStats of(ContactId contact, KeptWindows windows, Parts parts) {
    TouchStats s = new TouchStats(contact, windows);
    checkArgument(parts.count() > 0, "count must be positive: %s", parts.count());
    checkArgument(parts.sums().length == SUMS, "sums must hold %s values: %s", SUMS, parts.sums().length);
    for (int i = 0; i < SUMS; i++) {
      double sum = parts.sums()[i];
      if (!(sum >= 0 && Double.isFinite(sum))) { // not checkArgument: it would box every sum
        throw new IllegalArgumentException("sums must be finite and not negative: " + sum);
      }
      s.sums[i] = sum;
    }
    checkArgument(parts.awaitingSeconds().length == parts.awaitingKinds().size(), "a kind for each touch awaiting an answer");
    checkArgument(parts.recentSeconds().length == parts.recentDirections().size(), "a direction for each recent touch");
    checkArgument(parts.lastKinds().size() <= LAST_KINDS, "at most %s last kinds: %s", LAST_KINDS, parts.lastKinds());
    s.lastAt = parts.lastAt();
    s.anchor = s.lastAt.getEpochSecond();
    s.count = parts.count();
    for (int i = 0; i < parts.awaitingSeconds().length; i++) {
      s.awaiting.add(0, parts.awaitingSeconds()[i], parts.awaitingKinds().get(i).ordinal());
    }
    s.recentSize = parts.recentSeconds().length;
    s.recent = new long[Math.max(4, s.recentSize)];
    for (int i = 0; i < s.recentSize; i++) {
      s.recent[i] = parts.recentSeconds()[i] << 2 | parts.recentDirections().get(i).ordinal();
    }
    s.lastOutbound = parts.lastOutbound().orElse(null);
    s.lastInbound = parts.lastInbound().orElse(null);
    s.lastMeetingOrCall = parts.lastMeetingOrCall().orElse(null);
    s.lastKinds = ImmutableList.copyOf(parts.lastKinds());
    s.resources = ImmutableSet.copyOf(parts.resources());
    return s;
  }
}
