package dev.rapport.shell;

import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableCollaboration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collab add TITLE --with REF[,REF] ...}: a result achieved together. */
@Command(name = "collab", description = "Record collaborations.", subcommands = CollabCommand.Add.class)
final class CollabCommand {

  /** {@code collab add TITLE --with REF[,REF] [--on DATE] [--channel NAME]}. */
  @Command(name = "add", description = "Record an outcome achieved with contacts.")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", paramLabel = "TITLE", description = "What was achieved.")
    String title;

    @Option(names = "--with", required = true, split = ",", paramLabel = "REF[,REF]", description = "With whom.")
    List<String> with;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Day.class, description = "When (default: today).")
    LocalDate on;

    @Option(names = "--channel", paramLabel = "NAME", description = "The channel it came through.")
    String channel;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      List<String> names = new ArrayList<>();
      ImmutableCollaboration.Builder collaboration = Collaboration.builder()
          .title(title.strip())
          .on(on == null ? session.today() : on);
      for (String ref : with) {
        Contact contact = contact(ref);
        collaboration.addContacts(contact.id());
        names.add(contact.displayName());
      }
      if (channel != null && !channel.isBlank()) {
        collaboration.channel(channel.strip());
      }
      rapport().activity().addCollaboration(collaboration.build());
      done("recorded '" + title.strip() + "' with " + style().bold(String.join(", ", names)), Map.of("title", title.strip()));
    }
  }
}
