package dev.rapport.shell;

import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agenda [--days N] [--budget MINUTES] [--reconnect]}: who to contact this week, and how. */
@Command(name = "agenda", description = "Who to contact this week, and how: ranked, within your time budget.")
final class AgendaCommand extends ShellCommand {

  /** Deferred suggestions a table shows; CSV and JSON list them all. */
  static final int SHOWN_DEFERRED = 10;

  @Option(names = "--days", converter = Converters.Positive.class, paramLabel = "N", description = "Days ahead to cover (default: 7).")
  Integer days;

  @Option(names = "--budget", converter = Converters.NonNegative.class, paramLabel = "MINUTES", description = "Minutes available (default: your profile's weekly budget).")
  Integer budget;

  @Option(names = "--reconnect",
      description = "List every lapsed tie (more than two intervals overdue) to reconnect with, in the order they get the week's places.")
  boolean reconnect;

  AgendaCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    AgendaRequest request = AgendaRequest.asOf(session.today());
    if (days != null) {
      request = request.withHorizonDays(days);
    }
    if (budget != null) {
      request = request.withBudgetMinutes(budget);
    }
    if (reconnect) {
      printReconnections(rapport().outreach().reconnections(request), request);
      return;
    }
    Agenda agenda = rapport().outreach().agenda(request);
    Timing.mark("agenda planned");
    print(this, agenda, session.options().format() == OutputFormat.TABLE ? rapport().triage().untriagedCount() : 0);
  }

  private void printReconnections(List<Suggestion> lapsed, AgendaRequest request) {
    LocalDate asOf = request.asOf().orElseGet(session::today);
    if (session.options().format() != OutputFormat.TABLE) {
      printer().print(records(session, asOf, lapsed));
      return;
    }
    PrintWriter out = out();
    out.println(style().bold("Lapsed ties") + style().dim("  (" + count(lapsed.size(), "contact")
        + " more than two intervals overdue; the agenda plans a few a week, in this order)"));
    if (lapsed.isEmpty()) {
      out.println("None: every tie is within two intervals of its cadence.");
      out.flush();
      return;
    }
    out.println();
    printer().print(records(session, asOf, lapsed));
    out.println();
    out.println(style().dim("Reconnected? Log it: log NAME --kind message.  Not a tie worth keeping? contact edit NAME --cadence none."));
    out.flush();
  }

  /** Prints an agenda as {@code command} prints: planned, then the first deferred ones, in a table. */
  static void print(ShellCommand command, Agenda agenda) {
    print(command, agenda, 0);
  }

  /**
   * Prints an agenda as {@code command} prints, and in a table, while {@code untriaged} imported
   * contacts wait for a tier, where to sort them.
   */
  static void print(ShellCommand command, Agenda agenda, int untriaged) {
    Session session = command.session;
    if (session.options().format() != OutputFormat.TABLE) {
      command.printer().print(records(session, agenda.asOf(), agenda.suggestions()));
      return;
    }
    PrintWriter out = command.out();
    Style s = command.style();
    LocalDate last = agenda.asOf().plusDays(agenda.horizonDays() - 1L);
    out.println(s.bold("Agenda") + " " + Dates.of(agenda.asOf(), last) + " to " + Dates.withYear(last)
        + s.dim("  (" + agenda.plannedMinutes() + " of " + agenda.budgetMinutes() + " minutes planned; "
        + agenda.outreachThisMonth() + " outreach touches this month, at least " + agenda.minOutreachPerMonth() + ")"));
    if (agenda.suggestions().isEmpty()) {
      out.println("Nothing due. Add contacts (contact add, import) or log what you did (log).");
      triageHint(command, out, untriaged);
      out.flush();
      return;
    }
    out.println();
    command.printer().print(records(session, agenda.asOf(), agenda.planned()));
    List<Suggestion> deferred = agenda.deferred();
    if (!deferred.isEmpty()) {
      out.println();
      out.println(s.bold("Deferred") + s.dim(" (over budget; they come back next time)"));
      command.printer().print(records(session, agenda.asOf(), deferred.subList(0, Math.min(SHOWN_DEFERRED, deferred.size()))));
      if (deferred.size() > SHOWN_DEFERRED) {
        out.println(s.dim("… and " + (deferred.size() - SHOWN_DEFERRED) + " more (agenda --format csv lists them all)"));
      }
    }
    if (agenda.lapsedUnplanned() > 0) {
      out.println();
      out.println(s.dim("… and " + count(agenda.lapsedUnplanned(), "more lapsed tie")
          + " to reconnect with, a few a week: agenda --reconnect lists them"));
    }
    triageHint(command, out, untriaged);
    out.println();
    out.println(s.dim("Done one? Log it: log NAME --kind KIND.  Not now? snooze NAME --until DATE."));
    agenda.planned().stream().flatMap(p -> p.resource().stream()).findFirst().ifPresent(resource ->
        out.println(s.dim("Shared a resource? Say which, so it is not suggested to them again: "
            + "log NAME --kind resource-shared --resource " + resource + ".")));
    out.flush();
  }

  /** While imported contacts wait for a tier, where to sort them. */
  private static void triageHint(ShellCommand command, PrintWriter out, int untriaged) {
    if (untriaged > 0) {
      out.println();
      out.println(command.style().dim(count(untriaged, "imported contact") + " without a tier you chose yet: "
          + "triage sorts them, most promising first"));
    }
  }

  private static Records records(Session session, LocalDate asOf, List<Suggestion> suggestions) {
    Records records = new Records("Nothing planned.")
        .column("#", "rank", Records.Align.RIGHT)
        .column("CONTACT", "contact", Records.Align.LEFT, (s, row) -> s.bold((String) row.get("contact")))
        .column("ACTION", "action", Records.Align.LEFT, (s, row) -> s.green((String) row.get("action")))
        .column("DUE", "due", Records.Align.LEFT, AgendaCommand::paintDue)
        .column("MIN", "minutes", Records.Align.RIGHT)
        .column("WHY", "why");
    boolean table = session.options().format() == OutputFormat.TABLE;
    int rank = 0;
    for (Suggestion suggestion : suggestions) {
      Map<String, Object> row = records.add();
      row.put("contact", suggestion.contactName());
      row.put("contactId", suggestion.contact().value());
      row.put("action", suggestion.action().label());
      row.put("rule", Names.of(suggestion.rule()));
      row.put("reason", suggestion.reason());
      row.put("due", suggestion.due().toString());
      row.put("minutes", suggestion.minutes());
      row.put("deferred", suggestion.deferred());
      row.put("tier", suggestion.tier());
      row.put("otherReasons", suggestion.otherReasons());
      row.put("deferredReason", suggestion.deferredReason());
      row.put("resourceId", suggestion.resource().map(r -> r.value()));
      if (table) {
        row.put("rank", ++rank);
        row.put("overdue", suggestion.due().isBefore(asOf));
        row.put("asOf", asOf);
        String why = suggestion.reason()
            + (suggestion.otherReasons().isEmpty() ? "" : "; " + String.join("; ", suggestion.otherReasons()));
        row.put("why", suggestion.deferredReason().map(d -> why + " (" + d + ")").orElse(why));
      }
    }
    return records;
  }

  /** "1 contact", "2 contacts". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String paintDue(Style s, Map<String, Object> row) {
    String due = Dates.ofIso(row.get("due"), (LocalDate) row.get("asOf"));
    return Boolean.TRUE.equals(row.get("overdue")) ? s.red(due) : s.cyan(due);
  }
}
