package dev.rapport.core.aggregates;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.IdSlots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link TouchSummary summaries} of touches in one pass, fed oldest first (per contact; the
 * definitions are on {@link TouchSummary}). The state of each contact lives in two flat primitive
 * arrays at its {@link IdSlots slot} (scalars in one, the faded sums in the other): a million
 * touches spread over tens of thousands of contacts then cost a few cache misses each, instead of
 * a chain of objects per touch.
 */
public final class TouchSummarizer implements AwaitingAnswers.Answered {

  // The scalars of a slot, in one stretch of a long[].
  private static final int HOT = 13;
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
  private static final int LAST_KINDS = 3;
  private static final int SUMS = TouchSummary.SUMS;
  private static final int MEETING = InteractionKind.MEETING.ordinal();
  private static final int CALL = InteractionKind.CALL.ordinal();
  private static final int RESOURCE = InteractionKind.RESOURCE_SHARED.ordinal();
  private static final long NONE = Long.MIN_VALUE;
  private static final InteractionKind[] KINDS = InteractionKind.values();
  private static final int[][] FADED = new int[Direction.values().length][KINDS.length];
  private static final int[] ANSWERED = new int[KINDS.length];

  static {
    for (InteractionKind kind : KINDS) {
      for (Direction direction : Direction.values()) {
        FADED[direction.ordinal()][kind.ordinal()] = TouchSummary.fadedIndex(direction, kind);
      }
      ANSWERED[kind.ordinal()] = TouchSummary.answeredIndex(kind);
    }
  }

  private final TouchSummaryQuery query;
  private final long until;
  private final long recentSince;
  private final long longSince;
  private final long monthSince;
  private final double decayPerSecond;
  private final IdSlots slots = new IdSlots();
  private final AwaitingAnswers awaiting;
  private long[] hot = new long[256 * HOT];
  private double[] sums = new double[256 * SUMS];
  private final Map<Integer, Set<ResourceId>> resources = new HashMap<>();
  /** Where the answered sums of the slot being answered start. */
  private int answeredAt;

  private TouchSummarizer(TouchSummaryQuery query) {
    this.query = query;
    this.until = query.until().getEpochSecond();
    this.recentSince = query.recentSince().getEpochSecond();
    this.longSince = query.longSince().getEpochSecond();
    this.monthSince = query.monthSince().getEpochSecond();
    this.decayPerSecond = query.decayPerSecond();
    this.awaiting = new AwaitingAnswers(query.answerWindow().getSeconds());
  }

  /**
   * Summarizes touches in one pass, per contact; contacts with no touch before
   * {@code query.until()} get no entry.
   *
   * @throws IllegalArgumentException when a contact's touches do not come oldest first
   */
  public static Map<ContactId, TouchSummary> summarize(Iterable<Touch> touches, TouchSummaryQuery query) {
    TouchSummarizer summarizer = new TouchSummarizer(query);
    for (Touch touch : touches) {
      summarizer.add(touch);
    }
    return summarizer.finish();
  }

  /** The summary of one contact's touches (oldest first); empty when none counts. */
  public static TouchSummary summarizeOne(ContactId contact, Iterable<Touch> touches, TouchSummaryQuery query) {
    return summarize(touches, query).getOrDefault(contact, TouchSummary.empty(contact, query));
  }

  private void add(Touch touch) {
    Instant instant = touch.at();
    long at = instant.getEpochSecond();
    if (at >= until) {
      return;
    }
    int slot = slotOf(touch.contact());
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
    sums[s + FADED[direction.ordinal()][kind]] += fade;
    hot[h + TOTAL]++;
    if (at >= recentSince) {
      hot[h + RECENT]++;
    }
    if (direction.fromContact()) {
      answeredAt = s;
      awaiting.answer(slot, at, this);
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
      if (direction == Direction.MUTUAL) {
        sums[s + ANSWERED[kind]] += fade;
      } else {
        awaiting.add(slot, at, kind);
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

  /** A waiting outbound touch answered: it counts in the answered sum of its kind, faded from when it was sent. */
  @Override
  public void answered(long sentSecond, long kind) {
    sums[answeredAt + ANSWERED[(int) kind]] += fade(until - sentSecond);
  }

  private double fade(long ageSeconds) {
    return Math.exp(-ageSeconds * decayPerSecond);
  }

  /** The contact's slot; a new one starts with no touch. */
  private int slotOf(ContactId contact) {
    int seen = slots.size();
    int slot = slots.slotOf(contact);
    if (slot == seen) {
      if ((slot + 1) * HOT > hot.length) {
        int n = Math.max(slot + 1, hot.length / HOT * 2);
        hot = Arrays.copyOf(hot, n * HOT);
        sums = Arrays.copyOf(sums, n * SUMS);
      }
      int h = slot * HOT;
      hot[h + LAST_AT] = NONE;
      hot[h + LAST_OUT] = NONE;
      hot[h + LAST_IN] = NONE;
      hot[h + LAST_TALK] = NONE;
    }
    return slot;
  }

  private Optional<Instant> instant(int h, int field) {
    long second = hot[h + field];
    return second == NONE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(second, hot[h + field + 1]));
  }

  private Map<ContactId, TouchSummary> finish() {
    Map<ContactId, TouchSummary> result = new HashMap<>(slots.size() * 2);
    double[] slotSums = new double[SUMS];
    for (int slot = 0; slot < slots.size(); slot++) {
      int h = slot * HOT;
      List<InteractionKind> recentKinds = new ArrayList<>(LAST_KINDS);
      for (long packed = hot[h + KINDS_SEEN]; packed != 0; packed >>>= 8) {
        recentKinds.add(KINDS[(int) (packed & 0xFF) - 1]);
      }
      System.arraycopy(sums, slot * SUMS, slotSums, 0, SUMS);
      ContactId contact = slots.contact(slot);
      result.put(contact, TouchSummary.builder(contact, query)
          .sums(slotSums, 1)
          .lastOutbound(instant(h, LAST_OUT))
          .lastInbound(instant(h, LAST_IN))
          .lastMeetingOrCall(instant(h, LAST_TALK))
          .lastOutboundKinds(recentKinds)
          .resourcesSent(resources.getOrDefault(slot, Set.of()))
          .counts((int) hot[h + TOTAL], (int) hot[h + RECENT], (int) hot[h + OUT], (int) hot[h + IN],
              (int) hot[h + OUT_MONTH])
          .build());
    }
    return result;
  }
}
