package dev.rapport.shell;

import dev.rapport.core.policy.UpcomingDay;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code special-days [--days N]}: birthdays, anniversaries and holidays coming up, and what to send. */
@Command(name = "special-days", aliases = "days", description = "Special days coming up, and what to send.")
final class SpecialDaysCommand extends ShellCommand {

  @Option(names = "--days", converter = Converters.Positive.class, paramLabel = "N", defaultValue = "30", description = "Days ahead (default: ${DEFAULT-VALUE}).")
  int days;

  SpecialDaysCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    LocalDate today = session.today();
    Records records = new Records("No special days in the next " + Nouns.DAY.count(days) + ".")
        .column("DATE", "date", Records.Align.LEFT, (s, row) -> s.cyan(Dates.ofIso(row.get("date"), today)))
        .column("CONTACT", "contact")
        .column("KIND", "kind")
        .column("SUGGESTION", "suggestion");
    for (UpcomingDay day : rapport().specialDays().upcoming(today, days)) {
      Map<String, Object> row = records.add();
      row.put("date", day.date().toString());
      row.put("contact", day.contactName().orElse("everyone"));
      row.put("contactId", day.contact().map(c -> c.value()));
      row.put("kind", day.kind());
      row.put("suggestion", day.suggestion());
      row.put("title", day.title());
      row.put("action", day.action().label());
      row.put("years", day.years());
    }
    printer().print(records);
  }
}
