package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forget REF}: removes a contact and everything about them, in one transaction. */
@Command(name = "forget", description = "Forget a contact: their file, notes, touches and special days.")
final class ForgetCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
  String ref;

  ForgetCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Contact contact = contact(ref);
    rapport().contacts().forget(contact.id());
    done("forgot " + style().bold(contact.displayName()) + " (id " + contact.id() + ") and everything about them", Map.of("contactId", contact.id().value(), "contact", contact.displayName()));
  }
}
