package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Cadence;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a contact's cadence stands on a day.
 *
 * @param cadence the cadence that applies (the contact's own, or their tier's)
 * @param nextDue the next due day, after any snooze; empty when the cadence is none
 * @param overdueDays days past due, zero when not yet due
 * @param overdueRatio overdue days over the nominal interval; for a lapsed tie, the policy's
 *     lapse threshold (2 by default), so years of silence do not outrank everything else
 * @param lapsed whether the contact is more than that many intervals overdue: a reconnection,
 *     not a missed touch
 * @param replyDue the day a reply to an unanswered inbound touch became due, if one is
 * @param snoozedUntil the day suggestions come back, while a snooze holds them
 */
public record CadenceStatus(
    Cadence cadence, Optional<LocalDate> nextDue, long overdueDays, double overdueRatio, boolean lapsed,
    Optional<LocalDate> replyDue, Optional<LocalDate> snoozedUntil) {

  /** @throws IllegalArgumentException for negative overdue figures */
  public CadenceStatus {
    checkNotNull(cadence, "cadence");
    checkNotNull(nextDue, "nextDue");
    checkNotNull(replyDue, "replyDue");
    checkNotNull(snoozedUntil, "snoozedUntil");
    checkArgument(overdueDays >= 0, "overdueDays must not be negative: %s", overdueDays);
    if (!(overdueRatio >= 0)) { // not checkArgument: it would box the ratio of every contact
      throw new IllegalArgumentException("overdueRatio must not be negative: " + overdueRatio);
    }
  }

  /** Whether an outreach is due on or before {@code day}. */
  public boolean dueBy(LocalDate day) {
    return nextDue.isPresent() && !nextDue.get().isAfter(day);
  }
}
