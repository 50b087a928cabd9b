package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which report to make: as of which day, and over how many days its agenda looks ahead.
 *
 * @param asOf the day the report treats as today; empty for today in the owner's zone
 * @param agendaDays the agenda's horizon; empty for the agenda policy's (7 days)
 */
public record ReportRequest(Optional<LocalDate> asOf, OptionalInt agendaDays) {

  /** @throws IllegalArgumentException for a horizon below one day */
  public ReportRequest {
    checkNotNull(asOf, "asOf");
    checkNotNull(agendaDays, "agendaDays");
    checkArgument(agendaDays.orElse(1) >= 1, "agendaDays must be positive: %s", agendaDays.orElse(1));
  }

  /** Today's report, with this week's agenda. */
  public static ReportRequest today() {
    return new ReportRequest(Optional.empty(), OptionalInt.empty());
  }

  /** The report as of {@code asOf}, with the default agenda horizon. */
  public static ReportRequest asOf(LocalDate asOf) {
    return new ReportRequest(Optional.of(asOf), OptionalInt.empty());
  }

  /** The same request with an agenda over {@code days} days. @throws IllegalArgumentException when below one */
  public ReportRequest withAgendaDays(int days) {
    return new ReportRequest(asOf, OptionalInt.of(days));
  }
}
