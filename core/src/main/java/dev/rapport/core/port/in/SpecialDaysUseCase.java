package dev.rapport.core.port.in;

import dev.rapport.core.policy.UpcomingDay;
import java.time.LocalDate;
import java.util.List;

/** Use case: which special days are coming up ("remember special days"), and what to send. */
public interface SpecialDaysUseCase {

  /**
   * The special days in the {@code days} days from {@code asOf} (included), by date, then
   * contact name, then id.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  List<UpcomingDay> upcoming(LocalDate asOf, int days);

  /** {@link #upcoming(LocalDate, int)} from today in the owner's zone. */
  List<UpcomingDay> upcoming(int days);
}
