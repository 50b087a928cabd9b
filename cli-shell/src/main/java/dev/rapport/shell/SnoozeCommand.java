package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snooze REF --until DATE}: holds back suggestions for a contact until a day. */
@Command(name = "snooze", description = "Hold back suggestions for a contact until a day.")
final class SnoozeCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
  String ref;

  @Option(names = "--until", required = true, paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day the suggestions come back.")
  LocalDate until;

  SnoozeCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Contact contact = contact(ref);
    if (!until.isAfter(session.today())) {
      throw new IllegalArgumentException("--until must be after today (" + session.today() + "): " + until);
    }
    rapport().activity().snooze(contact.id(), until);
    done("snoozed " + style().bold(contact.displayName()) + " until " + Dates.of(until, session.today()), Map.of("contactId", contact.id().value(), "contact", contact.displayName(), "until", until.toString()));
  }
}
