package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableSpecialDay;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code day add [REF] --kind K --date D}: a birthday, anniversary, holiday or accomplishment. */
@Command(name = "day", description = "Record special days.", subcommands = DayCommand.Add.class)
final class DayCommand {

  /** {@code day add [REF] --kind K --date [YYYY-]MM-DD [--title T]}. */
  @Command(name = "add", description = "Record a special day; without REF, a holiday for everyone.")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "REF", description = "Whose day (none for a holiday).")
    String ref;

    @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = Candidates.DayKinds.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(names = "--date", required = true, paramLabel = "[YYYY-]MM-DD", description = "The day.")
    String date;

    @Option(names = "--title", paramLabel = "TEXT", description = "Such as 'new role at Acme'.")
    String title;

    @Option(names = "--once", description = "Happens once (needs a year), rather than every year.")
    boolean once;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      SpecialDayKind dayKind = Names.parse(SpecialDayKind.class, kind, "--kind");
      ImmutableSpecialDay.Builder day = SpecialDay.builder().kind(dayKind).date(Converters.named("--date", () -> PartialDate.parse(date))).recurring(!once);
      String whose = "everyone";
      if (ref != null) {
        Contact contact = contact(ref);
        day.contact(contact.id());
        whose = contact.displayName();
      }
      if (title != null && !title.isBlank()) {
        day.title(title.strip());
      }
      SpecialDay saved = day.build();
      rapport().activity().addSpecialDay(saved);
      done("recorded " + Names.of(saved.kind()) + " on " + Dates.of(saved.date()) + " for " + style().bold(whose), Map.of("date", saved.date().toString(), "kind", Names.of(saved.kind())));
    }
  }
}
