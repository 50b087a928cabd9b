package dev.rapport.core.port.out;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.SpecialDay;
import java.util.List;

/** Outgoing persistence port for special days. */
public interface SpecialDayRepository {

  /** Records a special day; the same day twice is stored once. */
  void add(SpecialDay day);

  /** Every special day, in month-day order. */
  List<SpecialDay> findAll();

  /** The contact's special days, in month-day order. */
  List<SpecialDay> forContact(ContactId contact);

  /** Deletes the contact's special days; returns how many went. */
  int deleteForContact(ContactId contact);
}
