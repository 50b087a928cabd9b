package dev.rapport.core.port.in;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.policy.HealthBand;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Use case: how healthy each relationship is ("which relationships are cooling"). */
public interface AssessHealthUseCase {

  /**
   * The health of one contact as of {@code asOf}.
   *
   * @throws ContactNotFoundException when there is no such contact
   */
  ContactHealth health(ContactId contact, LocalDate asOf);

  /** The health of one contact today, in the owner's zone. @throws ContactNotFoundException for an unknown contact */
  ContactHealth health(ContactId contact);

  /**
   * The health of every contact that is not archived as of {@code asOf}, only those in
   * {@code band} when one is given: the lowest score first, ties by name, then id.
   */
  List<ContactHealth> all(LocalDate asOf, Optional<HealthBand> band);

  /** {@link #all(LocalDate, Optional)} as of today, in the owner's zone. */
  List<ContactHealth> all(Optional<HealthBand> band);
}
