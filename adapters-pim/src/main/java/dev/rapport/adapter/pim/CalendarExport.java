package dev.rapport.adapter.pim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.PlanOutreachUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.SpecialDaysUseCase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The plan as an iCalendar file (RFC 5545, SPEC §10) that any calendar imports: the coming year's
 * special days as all-day events, yearly when they recur, and the agenda's planned suggestions as
 * to-dos. Every item's UID follows from what it is, so importing a newer file updates the items
 * already in the calendar instead of doubling them.
 */
public final class CalendarExport {

  private CalendarExport() {}

  /**
   * What to export.
   *
   * @param from the first day (the agenda's and the special days'); empty for today in the owner's zone
   * @param agendaDays the days of agenda to-dos; empty for the agenda policy's horizon (7)
   */
  public record Request(Optional<LocalDate> from, OptionalInt agendaDays) {

    /** @throws IllegalArgumentException when the days are below one */
    public Request {
      checkNotNull(from, "from");
      checkNotNull(agendaDays, "agendaDays");
      checkArgument(agendaDays.orElse(1) >= 1, "days of agenda must be at least 1: %s", agendaDays.orElse(1));
    }

    /** From {@code from}, with the policy's agenda horizon. */
    public static Request from(LocalDate from) {
      return new Request(Optional.of(from), OptionalInt.empty());
    }

    /** The same request with {@code days} days of agenda. @throws IllegalArgumentException when below one */
    public Request withAgendaDays(int days) {
      return new Request(from, OptionalInt.of(days));
    }

    AgendaRequest agenda() {
      AgendaRequest request = from.map(AgendaRequest::asOf).orElseGet(AgendaRequest::thisWeek);
      return agendaDays.isPresent() ? request.withHorizonDays(agendaDays.getAsInt()) : request;
    }
  }

  /**
   * What was written.
   *
   * @param events the special days, as all-day events
   * @param todos the agenda's planned suggestions, as to-dos
   */
  public record Written(int events, int todos) {}

  /**
   * Writes the calendar for {@code request} into {@code file} (replacing it): the agenda from
   * {@code outreach}, the days ahead from {@code specialDays}, the days as stored from {@code activity}.
   *
   * @throws ExportException naming the file when it cannot be written
   */
  public static Written export(PlanOutreachUseCase outreach, SpecialDaysUseCase specialDays,
      RecordActivityUseCase activity, Path file, Request request) {
    checkNotNull(outreach, "outreach");
    checkNotNull(specialDays, "specialDays");
    checkNotNull(activity, "activity");
    checkNotNull(file, "file");
    checkNotNull(request, "request");
    checkArgument(file.getFileName() != null, "export file must name a file: '%s'", file);
    return CalendarWriter.write(outreach, specialDays, activity, file, request);
  }
}
