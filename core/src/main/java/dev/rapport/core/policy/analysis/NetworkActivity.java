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
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private final YearMonth[] monthOfDay;
    private final Quarter[] quarterOfDay;
    private final Map<ContactId, int[]> contacts = new HashMap<>();
    private final Map<String, String> channelKeys = new HashMap<>();
    private final Map<String, String> channelNames = new HashMap<>();
    private final Map<String, Map<YearMonth, int[]>> channels = new HashMap<>();
    private final Map<YearMonth, int[]> outreach = new HashMap<>();
    private final Map<Quarter, Map<ContactId, int[]>> quarters = new HashMap<>();
    private final ImmutableSetMultimap.Builder<ResourceId, ContactId> shared = ImmutableSetMultimap.builder();
    private final Set<ContactPair> introduced = new HashSet<>();
    private final Map<ContactId, ArrayDeque<Pending>> pending = new HashMap<>();
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
      int days = (int) (to - earliest + 1);
      this.monthOfDay = new YearMonth[days];
      this.quarterOfDay = new Quarter[days];
      for (int i = 0; i < days; i++) {
        LocalDate day = LocalDate.ofEpochDay(earliest + i);
        monthOfDay[i] = i > 0 && day.getDayOfMonth() != 1 ? monthOfDay[i - 1] : YearMonth.from(day);
        quarterOfDay[i] = i > 0 && monthOfDay[i] == monthOfDay[i - 1] ? quarterOfDay[i - 1] : Quarter.of(day);
      }
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
      if (touch.direction().fromContact()) {
        answer(contact, seconds);
      }
      boolean help = NetworkActivity.HELP_KINDS.contains(touch.kind());
      int index = (int) (day - earliest);
      if (day >= quartersFrom) {
        int[] q = quarters.computeIfAbsent(quarterOfDay[index], k -> new HashMap<>())
            .computeIfAbsent(contact, k -> new int[2]);
        q[0]++;
        if (help && touch.direction().fromContact()) {
          q[1]++;
        }
      }
      if (day >= from) {
        windowTally(touch, contact, seconds, monthOfDay[index], help);
      }
    }

    private void everTally(Touch touch, ContactId contact) {
      if (touch.kind() == InteractionKind.RESOURCE_SHARED && touch.direction().fromOwner() && touch.resource().isPresent()) {
        shared.put(touch.resource().get(), contact);
      }
      if (touch.introducedTo().isPresent()) {
        introduced.add(ContactPair.of(contact, touch.introducedTo().get()));
      }
    }

    private void windowTally(Touch touch, ContactId contact, long seconds, YearMonth month, boolean help) {
      int[] c = contacts.computeIfAbsent(contact, k -> new int[4]);
      boolean out = touch.direction().fromOwner();
      boolean in = touch.direction().fromContact();
      if (out) {
        c[0]++;
        c[2] += help ? 1 : 0;
        outreach.computeIfAbsent(month, k -> new int[1])[0]++;
      }
      if (in) {
        c[1]++;
        c[3] += help ? 1 : 0;
      }
      Optional<String> channel = touch.channel();
      if (channel.isEmpty() || channel.get().isBlank()) {
        return;
      }
      String key = channelKeys.computeIfAbsent(channel.get(), Terms::normalize);
      channelNames.putIfAbsent(key, channel.get().strip());
      int[] m = channels.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(month, k -> new int[3]);
      if (out) {
        m[0]++;
      }
      if (in) {
        m[1]++;
      }
      if (out && in) {
        m[2]++;
      } else if (out) {
        pending.computeIfAbsent(contact, k -> new ArrayDeque<>()).addLast(new Pending(seconds, m));
      }
    }

    /** An inbound touch answers every pending outbound one of the contact's within the response days. */
    private void answer(ContactId contact, long seconds) {
      ArrayDeque<Pending> waiting = pending.remove(contact);
      if (waiting == null) {
        return;
      }
      for (Pending p : waiting) {
        if (seconds - p.seconds <= responseSeconds) {
          p.counts[2]++;
        }
      }
    }

    /** The aggregates of every touch added. */
    public NetworkActivity build() {
      Map<ContactId, ContactActivity> contactMap = new HashMap<>();
      contacts.forEach((id, c) -> contactMap.put(id, new ContactActivity(c[0], c[1], c[2], c[3])));
      Map<String, ChannelActivity> channelMap = new TreeMap<>();
      channels.forEach((key, months) -> {
        Map<YearMonth, MonthActivity> monthMap = new TreeMap<>();
        months.forEach((month, m) -> monthMap.put(month, new MonthActivity(m[0], m[1], m[2])));
        channelMap.put(key, new ChannelActivity(channelNames.get(key), monthMap));
      });
      Map<YearMonth, Integer> outreachMap = new TreeMap<>();
      outreach.forEach((month, n) -> outreachMap.put(month, n[0]));
      Map<Quarter, Map<ContactId, QuarterActivity>> quarterMap = new TreeMap<>();
      quarters.forEach((quarter, byContact) -> {
        Map<ContactId, QuarterActivity> inner = new LinkedHashMap<>();
        byContact.forEach((id, q) -> inner.put(id, new QuarterActivity(q[0], q[1])));
        quarterMap.put(quarter, inner);
      });
      return new NetworkActivity(window, contactMap, channelMap, outreachMap, quarterMap, shared.build(), introduced);
    }

    private record Pending(long seconds, int[] counts) {}
  }
}
