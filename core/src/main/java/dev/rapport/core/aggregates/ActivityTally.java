package dev.rapport.core.aggregates;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSetMultimap;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.NetworkActivity.ChannelActivity;
import dev.rapport.core.domain.NetworkActivity.ContactActivity;
import dev.rapport.core.domain.NetworkActivity.ContactPair;
import dev.rapport.core.domain.NetworkActivity.MonthActivity;
import dev.rapport.core.domain.NetworkActivity.QuarterActivity;
import dev.rapport.core.domain.Quarter;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.policy.IdSlots;
import dev.rapport.core.policy.analysis.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies touches into a {@link NetworkActivity} (the definitions are on it): the one-pass path of
 * the analysis's aggregates, for stores that do not count them with queries. Each contact's
 * touches come oldest first, since an answer is the contact's next touch; contacts may come in any
 * order, so a store can read in its per-contact index order rather than sort by time. A channel is
 * named as its earliest touch wrote it (at the same instant, the first one added).
 */
public final class ActivityTally {

  private final ActivityWindow window;
  private final ZoneRules zone;
  private final long earliest;
  private final long quartersFrom;
  private final long from;
  private final long to;
  // The month and quarter of each day from the earliest to the last, so that a touch costs no date objects.
  private final int[] monthOfDay;
  private final int[] quarterOfDay;
  private final YearMonth firstMonth;
  private final Quarter firstQuarter;
  private final IdSlots slots = new IdSlots();
  // Per contact slot: outbound, inbound, help given, help received in the window.
  private int[][] contacts = new int[4][64];
  // Per quarter, per contact slot: touches, help received.
  private final int[][][] quarters;
  private final int[] outreach;
  private final Map<String, Integer> channelKeys = new HashMap<>(); // a channel as written: its index
  private final Map<String, Integer> channelIndex = new HashMap<>(); // a normalized key: its index
  private final List<String> channelKeyOf = new ArrayList<>();
  private final List<String> channelNames = new ArrayList<>();
  private final List<Instant> channelNamedAt = new ArrayList<>();
  // Per channel index, per month of the window: outbound, inbound, answered.
  private final List<int[][]> channels = new ArrayList<>();
  private final ImmutableSetMultimap.Builder<ResourceId, ContactId> shared = ImmutableSetMultimap.builder();
  private final Set<ContactPair> introduced = new HashSet<>();
  /** The owner's touches on a channel waiting for an answer, tagged with their channel index and month. */
  private final AwaitingAnswers awaiting;
  /** Per contact slot, the instant of its last touch added: second and nanosecond. */
  private long[] lastSecond = newLastSeconds(64);
  private int[] lastNano = new int[64];

  private ActivityTally(ActivityWindow window) {
    this.window = checkNotNull(window, "window");
    this.awaiting = new AwaitingAnswers(window.responseDays() * 86_400L);
    this.zone = window.zone().getRules();
    this.earliest = window.earliest().toEpochDay();
    this.quartersFrom = window.quartersFrom().toEpochDay();
    this.from = window.from().toEpochDay();
    this.to = window.to().toEpochDay();
    this.firstMonth = YearMonth.from(window.from());
    this.firstQuarter = Quarter.of(window.quartersFrom());
    int days = (int) (to - earliest + 1);
    this.monthOfDay = new int[days];
    this.quarterOfDay = new int[days];
    for (int i = 0; i < days; i++) {
      LocalDate day = LocalDate.ofEpochDay(earliest + i);
      monthOfDay[i] = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(day));
      quarterOfDay[i] = quarterIndex(Quarter.of(day));
    }
    this.quarters = new int[quarterIndex(Quarter.of(window.to())) + 1][2][64];
    this.outreach = new int[window.months()];
  }

  /**
   * Tallies the touches over the window in one pass.
   *
   * @throws IllegalArgumentException when a touch is older than the same contact's touch before
   */
  public static NetworkActivity of(ActivityWindow window, Iterable<Touch> touchesOldestFirstByContact) {
    ActivityTally tally = new ActivityTally(window);
    touchesOldestFirstByContact.forEach(tally::add);
    return tally.build();
  }

  /** An empty tally over the window, for a store that hands it touches as it reads them. */
  public static ActivityTally over(ActivityWindow window) {
    return new ActivityTally(window);
  }

  private static long[] newLastSeconds(int size) {
    long[] seconds = new long[size];
    Arrays.fill(seconds, Long.MIN_VALUE);
    return seconds;
  }

  private int quarterIndex(Quarter quarter) {
    return (quarter.year() * 4 + quarter.quarter()) - (firstQuarter.year() * 4 + firstQuarter.quarter());
  }

  /**
   * Adds the next touch.
   *
   * @throws IllegalArgumentException when it is older than the same contact's touch before
   */
  public void add(Touch touch) {
    add(touch.contact(), touch.at().getEpochSecond(), touch.at().getNano(), touch.direction(), touch.kind(),
        touch.channel().orElse(null), touch.resource().orElse(null), touch.introducedTo().orElse(null));
  }

  /**
   * Adds the next touch, given by the parts the tally reads, so that a store need not build a
   * {@link Touch} for each of its rows; {@code channel}, {@code resource} and {@code introducedTo}
   * are null when the touch has none.
   *
   * @throws IllegalArgumentException when it is older than the same contact's touch before
   */
  public void add(ContactId contact, long second, int nano, Direction direction, InteractionKind kind,
      String channel, ResourceId resource, ContactId introducedTo) {
    int slot = slots.slotOf(contact);
    checkOrder(slot, second, nano, contact);
    long day = Math.floorDiv(second + zone.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds(), 86_400L);
    if (day > to) {
      return;
    }
    if (kind == InteractionKind.RESOURCE_SHARED && direction.fromOwner() && resource != null) {
      shared.put(resource, contact);
    }
    if (introducedTo != null) {
      introduced.add(ContactPair.of(contact, introducedTo));
    }
    if (day < earliest) {
      return;
    }
    if (direction.fromContact()) {
      awaiting.answer(slot, second, (sent, tag) -> channels.get((int) (tag >> 32))[(int) tag][2]++);
    }
    boolean help = NetworkActivity.HELP_KINDS.contains(kind);
    int index = (int) (day - earliest);
    if (day >= quartersFrom) {
      int[][] q = quarters[quarterOfDay[index]];
      if (slot >= q[0].length) {
        quarters[quarterOfDay[index]] = q = grow(q, slot);
      }
      q[0][slot]++;
      if (help && direction.fromContact()) {
        q[1][slot]++;
      }
    }
    if (day >= from) {
      windowTally(slot, second, nano, monthOfDay[index], direction, help, channel);
    }
  }

  private void checkOrder(int slot, long second, int nano, ContactId contact) {
    if (slot >= lastSecond.length) {
      int known = lastSecond.length;
      int size = Math.max(slot + 1, known * 2);
      lastSecond = Arrays.copyOf(lastSecond, size);
      Arrays.fill(lastSecond, known, size, Long.MIN_VALUE);
      lastNano = Arrays.copyOf(lastNano, size);
    }
    if (second < lastSecond[slot] || second == lastSecond[slot] && nano < lastNano[slot]) {
      throw new IllegalArgumentException(String.format("each contact's touches must come oldest first: %s after %s for %s",
          Instant.ofEpochSecond(second, nano), Instant.ofEpochSecond(lastSecond[slot], lastNano[slot]), contact));
    }
    lastSecond[slot] = second;
    lastNano[slot] = nano;
  }

  private static int[][] grow(int[][] arrays, int slot) {
    int size = Math.max(slot + 1, arrays[0].length * 2);
    int[][] bigger = new int[arrays.length][];
    for (int i = 0; i < arrays.length; i++) {
      bigger[i] = Arrays.copyOf(arrays[i], size);
    }
    return bigger;
  }

  private void windowTally(int slot, long second, int nano, int month, Direction direction, boolean help,
      String channel) {
    if (slot >= contacts[0].length) {
      contacts = grow(contacts, slot);
    }
    boolean out = direction.fromOwner();
    boolean in = direction.fromContact();
    if (out) {
      contacts[0][slot]++;
      contacts[2][slot] += help ? 1 : 0;
      outreach[month]++;
    }
    if (in) {
      contacts[1][slot]++;
      contacts[3][slot] += help ? 1 : 0;
    }
    if (channel == null || channel.isBlank()) {
      return;
    }
    int c = channelKeys.computeIfAbsent(channel, written -> channelIndex.computeIfAbsent(Terms.normalize(written), key -> {
      channelKeyOf.add(key);
      channelNames.add(written.strip());
      channelNamedAt.add(Instant.ofEpochSecond(second, nano));
      channels.add(new int[outreach.length][3]);
      return channels.size() - 1;
    }));
    Instant named = channelNamedAt.get(c);
    if (second < named.getEpochSecond() || second == named.getEpochSecond() && nano < named.getNano()) {
      channelNames.set(c, channel.strip());
      channelNamedAt.set(c, Instant.ofEpochSecond(second, nano));
    }
    int[] m = channels.get(c)[month];
    if (out) {
      m[0]++;
    }
    if (in) {
      m[1]++;
    }
    if (out && in) {
      m[2]++;
    } else if (out) {
      awaiting.add(slot, second, (long) c << 32 | month);
    }
  }

  /** The aggregates of every touch added. */
  public NetworkActivity build() {
    Map<ContactId, ContactActivity> contactMap = new HashMap<>();
    for (int slot = 0; slot < Math.min(slots.size(), contacts[0].length); slot++) {
      if (contacts[0][slot] + contacts[1][slot] > 0) {
        contactMap.put(slots.contact(slot), new ContactActivity(contacts[0][slot], contacts[1][slot], contacts[2][slot],
            contacts[3][slot]));
      }
    }
    Map<String, ChannelActivity> channelMap = new TreeMap<>();
    for (int c = 0; c < channels.size(); c++) {
      int[][] months = channels.get(c);
      Map<YearMonth, MonthActivity> monthMap = new TreeMap<>();
      for (int i = 0; i < months.length; i++) {
        int[] m = months[i];
        if (m[0] + m[1] > 0) {
          monthMap.put(firstMonth.plusMonths(i), new MonthActivity(m[0], m[1], m[2]));
        }
      }
      channelMap.put(channelKeyOf.get(c), new ChannelActivity(channelNames.get(c), monthMap));
    }
    Map<YearMonth, Integer> outreachMap = new TreeMap<>();
    for (int i = 0; i < outreach.length; i++) {
      if (outreach[i] > 0) {
        outreachMap.put(firstMonth.plusMonths(i), outreach[i]);
      }
    }
    Map<Quarter, Map<ContactId, QuarterActivity>> quarterMap = new TreeMap<>();
    for (int i = 0; i < quarters.length; i++) {
      Map<ContactId, QuarterActivity> inner = new TreeMap<>();
      int[][] q = quarters[i];
      for (int slot = 0; slot < Math.min(slots.size(), q[0].length); slot++) {
        if (q[0][slot] > 0) {
          inner.put(slots.contact(slot), new QuarterActivity(q[0][slot], q[1][slot]));
        }
      }
      if (!inner.isEmpty()) {
        quarterMap.put(firstQuarter.minus(-i), inner);
      }
    }
    return new NetworkActivity(window, contactMap, channelMap, outreachMap, quarterMap, shared.build(), introduced);
  }
}
