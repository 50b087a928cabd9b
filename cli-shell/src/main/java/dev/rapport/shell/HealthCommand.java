package dev.rapport.shell;

import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.HealthReason;
import dev.rapport.core.port.in.ContactHealth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code health [--band B]}: every relationship's score, band and reasons, the coolest first. */
@Command(name = "health", description = "How healthy each relationship is, the coolest first, with the reasons.")
final class HealthCommand extends ShellCommand {

  @Option(names = "--band", paramLabel = "B", completionCandidates = Bands.class,
      description = "Only this band: ${COMPLETION-CANDIDATES}.")
  String band;

  HealthCommand(Session session) {
    super(session);
  }

  /** The bands, for help and completion. */
  static final class Bands implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(HealthBand.values()).map(Names::of).iterator();
    }
  }

  @Override
  void run() {
    Optional<HealthBand> wanted = Optional.ofNullable(band).map(b -> Names.parse(HealthBand.class, b, "--band"));
    List<ContactHealth> all = rapport().health().all(session.today(), wanted);
    printer().print(records(all, session.options().format(), session.today(), "No contacts" + wanted.map(b -> " in band " + Names.of(b)).orElse("") + "."));
  }

  /** The SPEC's fields of {@code health} and {@code contact list}, with a score bar for people. */
  static Records records(List<ContactHealth> all, OutputFormat format, LocalDate today, String empty) {
    Records records = new Records(empty)
        .column("ID", "contactId", Records.Align.RIGHT)
        .column("CONTACT", "contact")
        .column("TIER", "tier")
        .column("SCORE", "score", Records.Align.RIGHT, (s, row) -> String.valueOf(Math.round((double) row.get("score"))))
        .column("", "bar", Records.Align.LEFT, (s, row) -> paintBand(s, row, (String) row.get("bar")))
        .column("BAND", "band", Records.Align.LEFT, (s, row) -> paintBand(s, row, Names.of((HealthBand) row.get("band"))))
        .column("NEXT DUE", "nextDue", Records.Align.LEFT, (s, row) -> Dates.ofIso(row.get("nextDue"), today))
        .column("WHY", "why");
    for (ContactHealth health : all) {
      Map<String, Object> row = records.add();
      row.put("contact", health.contact());
      row.put("contactId", health.contactId().value());
      row.put("tier", health.tier());
      row.put("score", Math.round(health.score() * 10) / 10.0);
      row.put("band", health.band());
      row.put("nextDue", health.nextDue().map(Object::toString));
      if (format == OutputFormat.TABLE) { // a table shows the first reason alone: the others are not put in words
        List<HealthReason> reasons = health.report().reasons();
        row.put("bar", Charts.bar(health.score() / 100, 10));
        row.put("why", reasons.isEmpty() ? "" : reasons.get(0).text());
      } else {
        row.put("reasons", health.reasons());
      }
    }
    return records;
  }

  static String paintBand(Style s, Map<String, Object> row, String text) {
    return switch ((HealthBand) row.get("band")) {
      case THRIVING, HEALTHY -> s.green(text);
      case COOLING -> s.yellow(text);
      case AT_RISK, DORMANT -> s.red(text);
      case NEW -> s.cyan(text);
    };
  }
}
