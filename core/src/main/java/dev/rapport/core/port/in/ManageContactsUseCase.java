package dev.rapport.core.port.in;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.function.BiConsumer;

/** Use case: keep the file on each contact — add, edit, find, annotate and forget them. */
public interface ManageContactsUseCase {

  /**
   * Adds a contact named {@code displayName}, with the details {@code details} fills in.
   *
   * @throws IllegalArgumentException when a detail is invalid
   */
  Contact add(String displayName, UnaryOperator<Contact> details);

  /**
   * Adds a contact as {@link #add(String, UnaryOperator)} does, with their birthday, in one
   * transaction: both are written, or neither.
   *
   * @throws IllegalArgumentException when a detail is invalid
   */
  Contact add(String displayName, UnaryOperator<Contact> details, PartialDate birthday);

  /**
   * Changes a contact; a change of tier also takes an untriaged contact out of the triage queue.
   *
   * @throws ContactNotFoundException when there is no such contact
   * @throws IllegalArgumentException when a changed detail is invalid, or the id changed
   */
  Contact edit(ContactId id, UnaryOperator<Contact> change);

  /**
   * Changes a contact as {@link #edit(ContactId, UnaryOperator)} does and sets their birthday,
   * replacing the one they had (a contact has one birthday), in one transaction.
   *
   * @throws ContactNotFoundException when there is no such contact
   * @throws IllegalArgumentException when a changed detail is invalid, or the id changed
   */
  Contact edit(ContactId id, UnaryOperator<Contact> change, PartialDate birthday);

  /** @throws ContactNotFoundException when there is no such contact */
  Contact get(ContactId id);

  /** Every contact, archived ones included, ordered by id. */
  List<Contact> list();

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
