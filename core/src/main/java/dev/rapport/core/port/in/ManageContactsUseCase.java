package dev.rapport.core.port.in;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import java.util.List;
import java.util.function.BiConsumer;

/** Use case: keep the file on each contact — add, edit, find, annotate and forget them. */
public interface ManageContactsUseCase {

  /**
   * Adds a contact with the details and birthday the command gives, in one transaction: all are
   * written, or none.
   *
   * @return the contact added, with the id storage gave it
   */
  Contact add(NewContact contact);

  /**
   * Changes a contact's details and birthday as the command gives, in one transaction; a tier
   * given is the owner's choice, so the contact leaves the triage queue.
   *
   * @return the contact as changed
   * @throws ContactNotFoundException when there is no such contact
   */
  Contact edit(ContactChanges changes);

  /** @throws ContactNotFoundException when there is no such contact */
  Contact get(ContactId id);

  /** Every contact, archived ones included, ordered by id. */
  List<Contact> list();

  /** How many contacts are archived: what a list of the others says it leaves out, without reading every file. */
  int archivedCount();

  /**
   * Finds the one contact a reference names: an id, an e-mail address, or a fragment of a name
   * that matches one contact (an exact name wins over fragments).
   *
   * @throws ContactNotFoundException when nothing matches
   * @throws AmbiguousContactException when several contacts match
   */
  Contact resolve(String ref);

  /** @throws ContactNotFoundException when there is no such contact */
  void addNote(ContactId id, Note note);

  /** The contact's notes, oldest first. @throws ContactNotFoundException when there is no such contact */
  List<Note> notes(ContactId id);

  /**
   * Hands every note of the network to {@code action} with its contact's id, by contact id and
   * each contact's oldest first: what an export writes, in one read instead of one per contact.
   */
  void eachNote(BiConsumer<? super ContactId, ? super Note> action);

  /**
   * Forgets a contact: their file, notes, touches, special days and their part in
   * collaborations, in one transaction.
   *
   * @throws ContactNotFoundException when there is no such contact
   */
  void forget(ContactId id);
}
