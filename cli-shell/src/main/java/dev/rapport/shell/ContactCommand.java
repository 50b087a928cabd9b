package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.PartialDate;
import java.util.Map;
import java.util.Optional;
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
    ContactDetails details;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      Optional<PartialDate> birthday = details.birthday();
      Contact contact = birthday.isPresent()
          ? rapport().contacts().add(name.strip(), details::applyTo, birthday.get())
          : rapport().contacts().add(name.strip(), details::applyTo);
      print(this, contact, "added");
    }
  }

  /** {@code contact edit REF [details]}. */
  @Command(name = "edit", description = "Change a contact's details.")
  static final class Edit extends ShellCommand {

    @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
    String ref;

    @Mixin
    ContactDetails details;

    Edit(Session session) {
      super(session);
    }

    @Override
    void run() {
      Optional<PartialDate> birthday = details.birthday();
      ContactId id = contact(ref).id();
      Contact contact = birthday.isPresent()
          ? rapport().contacts().edit(id, details::applyTo, birthday.get())
          : rapport().contacts().edit(id, details::applyTo);
      print(this, contact, "updated");
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
