package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.policy.CadenceStatus;
import dev.rapport.core.policy.CoarseKeySort;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.HealthReport;
import dev.rapport.core.policy.Network;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.port.in.AssessHealthUseCase;
import dev.rapport.core.port.in.ContactHealth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class HealthService implements AssessHealthUseCase {

  /** Lowest score first, then by name and id; one method rather than a chain, as it sorts a whole network. */
  private static final Comparator<ContactHealth> WORST_FIRST = (a, b) -> {
    int byScore = Double.compare(a.score(), b.score());
    if (byScore != 0) {
      return byScore;
    }
    int byName = a.contact().compareTo(b.contact());
    return byName != 0 ? byName : a.contactId().compareTo(b.contactId());
  };

  private final NetworkReader reader;

  HealthService(NetworkReader reader) {
    this.reader = reader;
  }

  @Override
  public ContactHealth health(ContactId id, LocalDate asOf) {
    Contact contact = reader.contact(id);
    TouchSummary summary = reader.summary(id, asOf);
    return assess(reader.rules(), contact, summary);
  }

  @Override
  public ContactHealth health(ContactId id) {
    return health(id, reader.today());
  }

  @Override
  public List<ContactHealth> all(LocalDate asOf, Optional<HealthBand> band) {
    Network network = reader.network(asOf, reader.profile(), 0); // health needs no special days
    Rules rules = reader.rules();
    List<ContactHealth> result = new ArrayList<>();
    for (Relationship contact : network.contacts()) {
      if (contact.archived()) {
        continue;
      }
      ContactHealth health = assess(rules, contact, network.summaryOf(contact.id()));
      if (band.isEmpty() || band.get() == health.band()) {
        result.add(health);
      }
    }
    return worstFirst(result);
  }

  /** Worst first: by the scores rounded to floats first (rounding keeps their order), the comparator only within ties. */
  private static List<ContactHealth> worstFirst(List<ContactHealth> healths) {
    return CoarseKeySort.sorted(healths, h -> CoarseKeySort.ordered((float) h.score()), WORST_FIRST);
  }

  @Override
  public List<ContactHealth> all(Optional<HealthBand> band) {
    return all(reader.today(), band);
  }

  static ContactHealth assess(Rules rules, Relationship contact, TouchSummary summary) {
    CadenceStatus status = rules.cadence().status(contact, summary);
    HealthReport report = rules.health().assess(contact, status, summary);
    // A lapsed tie is due now, as a reconnection, not on a day years gone.
    Optional<LocalDate> nextDue = status.lapsed() ? Optional.of(summary.query().asOf()) : status.nextDue();
    return new ContactHealth(contact.id(), contact.displayName(), contact.tier(), report, nextDue);
  }
}
