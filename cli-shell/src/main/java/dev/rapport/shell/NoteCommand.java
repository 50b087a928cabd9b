package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Note;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code note add REF TEXT}: a dated entry in a contact's file. */
@Command(name = "note", description = "Add notes to a contact's file.", subcommands = NoteCommand.Add.class)
final class NoteCommand {

  /** {@code note add REF TEXT}. */
  @Command(name = "add", description = "Add a note: what you learned, asked or promised.")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
    String ref;

    @Parameters(index = "1..*", paramLabel = "TEXT", description = "The note.")
    List<String> text;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Day.class,
        description = "The note's day (default: today).")
    LocalDate on;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      Contact contact = contact(ref);
      Note note = new Note(on == null ? session.today() : on, String.join(" ", text));
      rapport().contacts().addNote(contact.id(), note);
      done("noted in " + style().bold(contact.displayName()) + "'s file, " + note.on(), Map.of("contactId", contact.id().value(), "contact", contact.displayName()));
    }
  }
}
