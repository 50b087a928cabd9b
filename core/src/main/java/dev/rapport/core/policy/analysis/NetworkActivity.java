package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The touch aggregates the analysis works from, over one {@link ActivityWindow}: counts per
 * contact, per channel and month, per month and per quarter, plus who got which resource and who
 * was introduced to whom. {@link Tally} computes them in one pass over touches in time order; a
 * storage adapter can compute each with a GROUP BY instead. "From the owner" is OUTBOUND or
 * MUTUAL, "from the contact" INBOUND or MUTUAL; days, months and quarters start at midnight in
 * the window's zone, and nothing after the window's last day counts.
 *
 * <ul>
 *   <li>{@code contacts}: per contact, over the window's days, the touches from the owner, those
 *       from the contact, and of each the {@link #HELP_KINDS help kinds};
 *   <li>{@code channels}: per channel ({@link Terms#normalize normalized} name) and month of the
 *       window, the touches from the owner, those from the contact, and those from the owner
 *       answered: MUTUAL ones, and OUTBOUND ones followed by a touch from the same contact at most
 *       {@code responseDays} later (an {@code EXISTS} on the same table);
 *   <li>{@code outreach}: per month of the window, the touches from the owner;
 *   <li>{@code quarters}: per quarter from {@code quartersFrom} and contact, all touches, and the
 *       help-kind touches from the contact;
 *   <li>{@code shared}: every (resource, contact) of a RESOURCE_SHARED touch from the owner, at any time;
 *   <li>{@code introduced}: every pair of an INTRODUCTION touch with {@code introducedTo}, at any time.
 * </ul>
 */
public record NetworkActivity(
    ActivityWindow window,
    Map<ContactId, ContactActivity> contacts,
    Map<String, ChannelActivity> channels,
    Map<YearMonth, Integer> outreach,
    Map<Quarter, Map<ContactId, QuarterActivity>> quarters,
    SetMultimap<ResourceId, ContactId> shared,
    Set<ContactPair> introduced) {

  /** The kinds that count as help: a referral, a resource, a result together. */
  public static final Set<InteractionKind> HELP_KINDS = ImmutableSet.copyOf(
      EnumSet.of(InteractionKind.INTRODUCTION, InteractionKind.RESOURCE_SHARED, InteractionKind.COLLABORATION));

  public NetworkActivity {
    checkNotNull(window, "window");
    contacts = ImmutableMap.copyOf(contacts);
    channels = ImmutableMap.copyOf(channels);
    outreach = ImmutableMap.copyOf(outreach);
    quarters = ImmutableMap.copyOf(quarters);
    shared = ImmutableSetMultimap.copyOf(shared);
    introduced = ImmutableSet.copyOf(introduced);
  }

  /** Tallies the touches (oldest first) over the window in one pass. */
  public static NetworkActivity of(ActivityWindow window, Iterable<Touch> touchesOldestFirst) {
    Tally tally = new Tally(window);
    touchesOldestFirst.forEach(tally::add);
    return tally.build();
  }

  /** The contact's counts in the window; zeros when there were no touches. */
  public ContactActivity contact(ContactId id) {
    return contacts.getOrDefault(id, ContactActivity.NONE);
  }

  /** Whether the two contacts were ever introduced to each other, either way round. */
  public boolean wereIntroduced(ContactId a, ContactId b) {
    return introduced.contains(ContactPair.of(a, b));
  }

  /**
   * A contact's touches in the window: {@code outbound} from the owner, {@code inbound} from the
   * contact (a MUTUAL touch counts as both), and the help each way (introductions, resources,
   * collaborations).
   */
  public record ContactActivity(int outbound, int inbound, int helpGiven, int helpReceived) {
    static final ContactActivity NONE = new ContactActivity(0, 0, 0, 0);

    /** @throws IllegalArgumentException for a negative count */
    public ContactActivity {
      checkArgument(outbound >= 0 && inbound >= 0 && helpGiven >= 0 && helpReceived >= 0,
          "contact activity counts must not be negative: %s, %s, %s, %s", outbound, inbound, helpGiven, helpReceived);
    }
  }

  /**
   * One month on one channel: touches from the owner, touches from contacts, and how many of the
   * owner's were answered by the contact within the response days.
   */
  public record MonthActivity(int outbound, int inbound, int answered) {
    static final MonthActivity NONE = new MonthActivity(0, 0, 0);

    /** @throws IllegalArgumentException for a negative count or more answered than outbound */
    public MonthActivity {
      checkArgument(outbound >= 0 && inbound >= 0, "month activity counts must not be negative: %s, %s", outbound, inbound);
      checkArgument(answered >= 0 && answered <= outbound, "answered must be between 0 and outbound (%s): %s",
          outbound, answered);
    }
  }

  /** A channel's months in the window, under the name its touches first gave it. */
  public record ChannelActivity(String name, Map<YearMonth, MonthActivity> months) {
    public ChannelActivity {
      checkNotNull(name, "channel name");
      months = ImmutableMap.copyOf(months);
    }

    /** The month's counts; zeros for a month with no touches. */
    public MonthActivity month(YearMonth month) {
      return months.getOrDefault(month, MonthActivity.NONE);
    }
  }

  /** A contact's touches in a quarter, either way, and how many of theirs were help. */
  public record QuarterActivity(int touches, int help) {
    /** @throws IllegalArgumentException for a negative count */
    public QuarterActivity {
      checkArgument(touches >= 0 && help >= 0, "quarter activity counts must not be negative: %s, %s", touches, help);
    }
  }

  /** Two contacts, in id order, so that a pair is the same either way round. */
  public record ContactPair(ContactId first, ContactId second) {
    /** @throws IllegalArgumentException when not in id order */
    public ContactPair {
      checkArgument(first.compareTo(second) < 0, "contact pair must be in id order: %s, %s", first, second);
    }

    /** The pair of two different contacts, either way round. */
    public static ContactPair of(ContactId a, ContactId b) {
      return a.compareTo(b) < 0 ? new ContactPair(a, b) : new ContactPair(b, a);
    }

    // The record's own 31·a + b collides for nearby ids; a large odd multiplier spreads pairs apart.
    @Override
    public int hashCode() {
      return Long.hashCode(first.value() * 0x9E3779B97F4A7C15L + second.value());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ContactPair p && first.value() == p.first.value() && second.value() == p.second.value();
    }
  }

  /** Tallies touches, oldest first, into a {@link NetworkActivity}: the in-memory path of the aggregates. */
  public static final class Tally {
    private final ActivityWindow window;
    private final long responseSeconds;
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
    private final Slots slots = new Slots();
    // Per contact slot: outbound, inbound, help given, help received in the window.
    private int[][] contacts = new int[4][64];
    // Per quarter, per contact slot: touches, help received.
    private final int[][][] quarters;
    private final int[] outreach;
    private final Map<String, String> channelKeys = new HashMap<>();
    private final Map<String, String> channelNames = new HashMap<>();
    // Per channel key, per month of the window: outbound, inbound, answered.
    private final Map<String, int[][]> channels = new HashMap<>();
    private final ImmutableSetMultimap.Builder<ResourceId, ContactId> shared = ImmutableSetMultimap.builder();
    private final Set<ContactPair> introduced = new HashSet<>();
    private ArrayDeque<?>[] pending = new ArrayDeque<?>[64];
    private Instant last = Instant.MIN;

    /** An empty tally over the window. */
    public Tally(ActivityWindow window) {
      this.window = checkNotNull(window, "window");
      this.responseSeconds = window.responseDays() * 86_400L;
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

    private int quarterIndex(Quarter quarter) {
      return (quarter.year() * 4 + quarter.quarter()) - (firstQuarter.year() * 4 + firstQuarter.quarter());
    }

    /**
     * Adds the next touch.
     *
     * @throws IllegalArgumentException when it is older than the touch before
     */
    public void add(Touch touch) {
      Instant at = touch.at();
      if (at.isBefore(last)) {
        throw new IllegalArgumentException("touches must come oldest first: " + at + " after " + last);
      }
      last = at;
      long seconds = at.getEpochSecond();
      long day = Math.floorDiv(seconds + zone.getOffset(at).getTotalSeconds(), 86_400L);
      if (day > to) {
        return;
      }
      ContactId contact = touch.contact();
      everTally(touch, contact);
      if (day < earliest) {
        return;
      }
      int slot = slots.of(contact);
      if (touch.direction().fromContact()) {
        answer(slot, seconds);
      }
      boolean help = NetworkActivity.HELP_KINDS.contains(touch.kind());
      int index = (int) (day - earliest);
      if (day >= quartersFrom) {
        int[][] q = quarters[quarterOfDay[index]];
        if (slot >= q[0].length) {
          quarters[quarterOfDay[index]] = q = grow(q, slot);
        }
        q[0][slot]++;
        if (help && touch.direction().fromContact()) {
          q[1][slot]++;
        }
      }
      if (day >= from) {
        windowTally(touch, slot, seconds, monthOfDay[index], help);
      }
    }

    private static int[][] grow(int[][] arrays, int slot) {
      int size = Math.max(slot + 1, arrays[0].length * 2);
      int[][] bigger = new int[arrays.length][];
      for (int i = 0; i < arrays.length; i++) {
        bigger[i] = Arrays.copyOf(arrays[i], size);
      }
      return bigger;
    }

    private void everTally(Touch touch, ContactId contact) {
      if (touch.kind() == InteractionKind.RESOURCE_SHARED && touch.direction().fromOwner() && touch.resource().isPresent()) {
        shared.put(touch.resource().get(), contact);
      }
      if (touch.introducedTo().isPresent()) {
        introduced.add(ContactPair.of(contact, touch.introducedTo().get()));
      }
    }

    private void windowTally(Touch touch, int slot, long seconds, int month, boolean help) {
      if (slot >= contacts[0].length) {
        contacts = grow(contacts, slot);
      }
      boolean out = touch.direction().fromOwner();
      boolean in = touch.direction().fromContact();
      if (out) {
        contacts[0][slot]++;
        contacts[2][slot] += help ? 1 : 0;
        outreach[month]++;
      }
      if (in) {
        contacts[1][slot]++;
        contacts[3][slot] += help ? 1 : 0;
      }
      Optional<String> channel = touch.channel();
      if (channel.isEmpty() || channel.get().isBlank()) {
        return;
      }
      String key = channelKeys.computeIfAbsent(channel.get(), Terms::normalize);
      channelNames.putIfAbsent(key, channel.get().strip());
      int[] m = channels.computeIfAbsent(key, k -> new int[outreach.length][3])[month];
      if (out) {
        m[0]++;
      }
      if (in) {
        m[1]++;
      }
      if (out && in) {
        m[2]++;
      } else if (out) {
        waiting(slot).addLast(new Pending(seconds, m));
      }
    }

    @SuppressWarnings("unchecked")
    private ArrayDeque<Pending> waiting(int slot) {
      if (slot >= pending.length) {
        pending = Arrays.copyOf(pending, Math.max(slot + 1, pending.length * 2));
      }
      if (pending[slot] == null) {
        pending[slot] = new ArrayDeque<Pending>();
      }
      return (ArrayDeque<Pending>) pending[slot];
    }

    /** A touch from the contact answers each of their pending outbound ones made within the response days. */
    @SuppressWarnings("unchecked")
    private void answer(int slot, long seconds) {
      if (slot >= pending.length || pending[slot] == null || pending[slot].isEmpty()) {
        return;
      }
      for (Pending p : (ArrayDeque<Pending>) pending[slot]) {
        if (seconds - p.seconds <= responseSeconds) {
          p.counts[2]++;
        }
      }
      pending[slot].clear();
    }

    /** The aggregates of every touch added. */
    public NetworkActivity build() {
      Map<ContactId, ContactActivity> contactMap = new HashMap<>();
      for (int slot = 0; slot < contacts[0].length; slot++) {
        if (contacts[0][slot] + contacts[1][slot] > 0) {
          contactMap.put(slots.id(slot), new ContactActivity(contacts[0][slot], contacts[1][slot], contacts[2][slot],
              contacts[3][slot]));
        }
      }
      Map<String, ChannelActivity> channelMap = new TreeMap<>();
      channels.forEach((key, months) -> {
        Map<YearMonth, MonthActivity> monthMap = new TreeMap<>();
        for (int i = 0; i < months.length; i++) {
          int[] m = months[i];
          if (m[0] + m[1] > 0) {
            monthMap.put(firstMonth.plusMonths(i), new MonthActivity(m[0], m[1], m[2]));
          }
        }
        channelMap.put(key, new ChannelActivity(channelNames.get(key), monthMap));
      });
      Map<YearMonth, Integer> outreachMap = new TreeMap<>();
      for (int i = 0; i < outreach.length; i++) {
        if (outreach[i] > 0) {
          outreachMap.put(firstMonth.plusMonths(i), outreach[i]);
        }
      }
      Map<Quarter, Map<ContactId, QuarterActivity>> quarterMap = new TreeMap<>();
      for (int i = 0; i < quarters.length; i++) {
        Map<ContactId, QuarterActivity> inner = new LinkedHashMap<>();
        int[][] q = quarters[i];
        for (int slot = 0; slot < q[0].length; slot++) {
          if (q[0][slot] > 0) {
            inner.put(slots.id(slot), new QuarterActivity(q[0][slot], q[1][slot]));
          }
        }
        if (!inner.isEmpty()) {
          quarterMap.put(firstQuarter.minus(-i), inner);
        }
      }
      return new NetworkActivity(window, contactMap, channelMap, outreachMap, quarterMap, shared.build(), introduced);
    }

    private record Pending(long seconds, int[] counts) {}

    /**
     * Numbers contacts for the tally's arrays: storage hands out ids from one upwards, so an id
     * below a bound is its own number and only larger ones need a map.
     */
    private static final class Slots {
      private static final int DENSE = 1 << 20;
      private final Map<Long, Integer> sparse = new HashMap<>();
      private final List<ContactId> sparseIds = new ArrayList<>();

      int of(ContactId id) {
        long value = id.value();
        if (value < DENSE) {
          return (int) value;
        }
        Integer slot = sparse.get(value);
        if (slot == null) {
          slot = DENSE + sparseIds.size();
          sparse.put(value, slot);
          sparseIds.add(id);
        }
        return slot;
      }

      ContactId id(int slot) {
        return slot < DENSE ? new ContactId(slot) : sparseIds.get(slot - DENSE);
      }
    }
  }
}
