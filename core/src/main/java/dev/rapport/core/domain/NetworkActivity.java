package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The touch aggregates the analysis works from, over one {@link ActivityWindow}: counts per
 * contact, per channel and month, per month and per quarter, plus who got which resource and who
 * was introduced to whom. Storage computes them (see
 * {@link dev.rapport.core.port.out.TouchRepository#activity}), in one pass over the touches or with
 * GROUP BY queries; this record is only the value. "From the owner" is OUTBOUND or
 * MUTUAL, "from the contact" INBOUND or MUTUAL; days, months and quarters start at midnight in
 * the window's zone, and nothing after the window's last day counts.
 *
 * <ul>
 *   <li>{@code contacts}: per contact, over the window's days, the touches from the owner, those
 *       from the contact, and of each the {@link #HELP_KINDS help kinds};
 *   <li>{@code channels}: per channel (its name normalized as the analysis compares terms: accents and case aside) and month of the
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
    /** No touch. */
    public static final ContactActivity NONE = new ContactActivity(0, 0, 0, 0);

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
    /** No touch. */
    public static final MonthActivity NONE = new MonthActivity(0, 0, 0);

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
  }
}
