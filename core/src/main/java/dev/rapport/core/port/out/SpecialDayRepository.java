package dev.rapport.core.port.out;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.SpecialDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Outgoing persistence port for special days. */
public interface SpecialDayRepository {

  /** Records a special day; the same day twice is stored once. */
  void add(SpecialDay day);

  /**
   * Records days the store does not have yet: the caller found them absent, as an import does when
   * it plans them against the days it read. By default {@link #add} each; a database adapter
   * inserts them in bulk, without looking for each first.
   */
  default void addAll(Collection<SpecialDay> days) {
    days.forEach(this::add);
  }

  /** Every special day, in month-day order. */
  List<SpecialDay> findAll();

  /** The contact's special days, in month-day order. */
  List<SpecialDay> forContact(ContactId contact);

  /**
   * The days that concern the contact: their own and everyone's (holidays), in month-day order.
   * By default taken from {@link #findAll()}.
   */
  default List<SpecialDay> concerning(ContactId contact) {
    return findAll().stream().filter(d -> d.contact().isEmpty() || d.contact().get().equals(contact)).toList();
  }

  /**
   * The days that can occur within {@code days} days from {@code from}: those on a month and day
   * of that {@link MonthDaySpan span}, in month-day order; the rules work out which do. What an
   * agenda or the upcoming days need, instead of every day of every contact. By default taken
   * from {@link #findAll()}.
   */
  default List<SpecialDay> mayFallWithin(LocalDate from, int days) {
    MonthDaySpan span = MonthDaySpan.of(from, days);
    return findAll().stream().filter(d -> span.holds(d.date().monthDay())).toList();
  }

  /** Deletes the contact's special days; returns how many went. */
  int deleteForContact(ContactId contact);
}
