package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.port.in.ContactChanges;
import dev.rapport.core.port.in.NewContact;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code contact add|edit|show|list}: the file kept on each contact. */
@Command(name = "contact", description = "Add, edit, show and list contacts.",
    subcommands = {ContactCommand.Add.class, ContactCommand.Edit.class, ContactShow.class, ContactList.class})
final class ContactCommand {

  /** {@code contact add NAME [details]}. */
  @Command(name = "add", description = "Add a contact.")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to show.")
    String name;

    @Mixin
    ContactOptions details;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      NewContact contact = details.giveTo(Converters.named("NAME", () -> NewContact.named(name.strip())));
      contact = details.giveEmail(contact, (c, address) -> c.emails(List.of(address)));
      print(this, rapport().contacts().add(contact), "added");
    }
  }

  /** {@code contact edit REF [details]}. */
  @Command(name = "edit", description = "Change a contact's details.")
  static final class Edit extends ShellCommand {

    @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
    String ref;

    @Mixin
    ContactOptions details;

    Edit(Session session) {
      super(session);
    }

    @Override
    void run() {
      ContactChanges changes = details.giveTo(ContactChanges.to(contact(ref).id()));
      changes = details.giveEmail(changes, ContactChanges::primaryEmail);
      print(this, rapport().contacts().edit(changes), "updated");
    }
  }

  static void print(ShellCommand command, Contact contact, String what) {
    if (command.session.options().format() == OutputFormat.TABLE) {
      command.out().println(what + " " + command.style().bold(contact.displayName()) + " (id " + contact.id() + ")");
      command.out().flush();
      return;
    }
    Records records = new Records("");
    Map<String, Object> row = records.add();
    row.put("contactId", contact.id().value());
    row.put("contact", contact.displayName());
    row.put("tier", contact.tier());
    row.put("company", contact.company());
    row.put("title", contact.title());
    row.put("emails", contact.emails());
    command.printer().print(records);
  }
}
