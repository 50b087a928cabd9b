package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Tier;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contact list [--tier T]}: every contact, one a line. */
@Command(name = "list", aliases = "ls", description = "List contacts.")
final class ContactList extends ShellCommand {

  @Option(names = "--tier", paramLabel = "T", completionCandidates = Candidates.Tiers.class,
      description = "Only this tier.")
  String tier;

  ContactList(Session session) {
    super(session);
  }

  @Override
  void run() {
    Tier wanted = tier == null ? null : Names.parse(Tier.class, tier, "--tier");
    List<Contact> contacts = rapport().contacts().list().stream()
        .filter(c -> wanted == null || c.tier() == wanted)
        .toList();
    Records records = new Records("No contacts yet. Add one with: contact add NAME, or import a file.")
        .column("ID", "contactId", Records.Align.RIGHT)
        .column("CONTACT", "contact")
        .column("TIER", "tier")
        .column("COMPANY", "company")
        .column("TITLE", "title");
    for (Contact c : contacts) {
      Map<String, Object> row = records.add();
      row.put("contact", c.displayName());
      row.put("contactId", c.id().value());
      row.put("tier", c.tier());
      row.put("company", c.company());
      row.put("title", c.title());
      row.put("emails", c.emails());
    }
    printer().print(records);
  }
}
