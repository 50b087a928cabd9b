package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.HealthReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The health of one contact, with what the shell prints: contact, tier, score, band, next due
 * day and reasons.
 *
 * @param contactId whose health
 * @param contact their display name
 * @param tier their tier
 * @param report the score, band, factors and reasons
 * @param nextDue when the next outreach is due (after any snooze); the as-of day for a lapsed tie,
 *     which is due as a reconnection; empty when the cadence is none
 */
public record ContactHealth(ContactId contactId, String contact, Tier tier, HealthReport report, Optional<LocalDate> nextDue) {

  /** @throws NullPointerException when a field is missing */
  public ContactHealth {
    checkNotNull(contactId, "contactId");
    checkNotNull(contact, "contact");
    checkNotNull(tier, "tier");
    checkNotNull(report, "report");
    checkNotNull(nextDue, "nextDue");
  }

  /** The score, 0 to 100. */
  public double score() {
    return report.score();
  }

  /** The band. */
  public HealthBand band() {
    return report.band();
  }

  /** The reasons in words, the largest share first. */
  public List<String> reasons() {
    return report.reasonTexts();
  }
}
