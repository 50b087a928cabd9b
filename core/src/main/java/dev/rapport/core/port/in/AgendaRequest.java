package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What agenda to plan: from which day, over how many days, with which budget.
 *
 * @param asOf the first day; empty for today in the owner's zone
 * @param horizonDays days covered; empty for the policy's (7)
 * @param budgetMinutes minutes available over the horizon; empty for the profile's weekly
 *     budget scaled to the horizon
 */
public record AgendaRequest(Optional<LocalDate> asOf, OptionalInt horizonDays, OptionalInt budgetMinutes) {

  /** @throws IllegalArgumentException for a horizon below one day or a negative budget */
  public AgendaRequest {
    checkNotNull(asOf, "asOf");
    checkArgument(horizonDays.orElse(1) >= 1, "horizonDays must be positive: %s", horizonDays.orElse(1));
    checkArgument(budgetMinutes.orElse(0) >= 0, "budgetMinutes must not be negative: %s", budgetMinutes.orElse(0));
  }

  /** This week's agenda from today with the profile's budget. */
  public static AgendaRequest thisWeek() {
    return new AgendaRequest(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
  }

  /** The default agenda from {@code asOf}. */
  public static AgendaRequest asOf(LocalDate asOf) {
    return new AgendaRequest(Optional.of(asOf), OptionalInt.empty(), OptionalInt.empty());
  }

  /** The same request over {@code days} days. @throws IllegalArgumentException when below one */
  public AgendaRequest withHorizonDays(int days) {
    return new AgendaRequest(asOf, OptionalInt.of(days), budgetMinutes);
  }

  /** The same request with {@code minutes} available. @throws IllegalArgumentException when negative */
  public AgendaRequest withBudgetMinutes(int minutes) {
    return new AgendaRequest(asOf, horizonDays, OptionalInt.of(minutes));
  }
}
