package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One line of the outreach agenda: whom to contact, how, why, by when, how long it takes, and
 * whether it fits this week's budget.
 *
 * @param contact whom
 * @param contactName their display name
 * @param tier their tier
 * @param rule the rule that put them on the agenda (the first that applies)
 * @param action what to do
 * @param reason why, in words
 * @param otherReasons the other rules that apply to them
 * @param due the day it is due (in the past when overdue)
 * @param minutes the minutes it takes
 * @param resource the resource to share, for a RESOURCE_SHARED action
 * @param rank the due-touch rank of due touches and reconnections (zero for replies, special days
 *     and welcomes, which come first)
 * @param deferred whether it is over the budget
 * @param deferredReason why it was deferred
 */
public record Suggestion(
    ContactId contact, String contactName, Tier tier, Rule rule, OutreachAction action, String reason,
    List<String> otherReasons, LocalDate due, int minutes, Optional<ResourceId> resource, double rank,
    boolean deferred, Optional<String> deferredReason) {

  /**
   * Which rule of SPEC §4 a suggestion comes from, in the order they rank: replies, special days,
   * welcomes, then due touches and reconnections together, by their rank (a lapsed tie counts an
   * overdue ratio of 2).
   */
  public enum Rule {
    /** Reply to an unanswered inbound touch. */
    REPLY,
    /** A special day in the horizon. */
    SPECIAL_DAY,
    /** Follow up on a new connection with no touch yet. */
    WELCOME,
    /** A due or overdue cadence touch. */
    DUE,
    /** Reconnect with a lapsed tie: one more than two intervals overdue. */
    RECONNECT;

    /** The place in the agenda's order: reconnections share the due touches', ranked with them. */
    public int place() {
      return this == RECONNECT ? DUE.ordinal() : ordinal();
    }

    /** Whether suggestions of this rule are ordered by rank (highest first) rather than by day. */
    public boolean ranked() {
      return this == DUE || this == RECONNECT;
    }
  }

  /** @throws IllegalArgumentException for negative minutes or a deferral without a reason */
  public Suggestion {
    checkNotNull(contact, "contact");
    checkNotNull(action, "action");
    checkNotNull(due, "due");
    checkArgument(minutes >= 0, "minutes must not be negative: %s", minutes);
    checkArgument(deferred == deferredReason.isPresent(), "a deferred suggestion needs its reason, and only it: %s", deferredReason);
    otherReasons = List.copyOf(otherReasons);
  }

  /** The same suggestion, deferred for {@code why}. */
  public Suggestion deferredFor(String why) {
    return new Suggestion(contact, contactName, tier, rule, action, reason, otherReasons, due, minutes, resource, rank,
        true, Optional.of(why));
  }
}
