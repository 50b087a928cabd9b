package dev.rapport.core.port.out;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.Relationship;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for contacts and the notes in their files. */
public interface ContactRepository {

  /** A new id, never handed out before. */
  ContactId nextId();

  /** Inserts the contact, or replaces the one with its id. */
  void save(Contact contact);

  /** The contact with this id, or empty. */
  Optional<Contact> find(ContactId id);

  /** Every contact, archived ones included, ordered by id. */
  List<Contact> findAll();

  /**
   * Every contact's id, display name and addresses, ordered by id: what finding a contact by
   * name needs. By default taken from {@link #findAll()}; a database adapter may read just these.
   */
  default List<ContactName> names() {
    return findAll().stream().map(ContactName::of).toList();
  }

  /**
   * Every contact's {@link Relationship}, archived ones included, ordered by id: what the rules
   * judge a whole network by. By default the contacts of {@link #findAll()} themselves; a
   * database adapter may read just these fields.
   */
  default List<Relationship> relationships() {
    return Collections.unmodifiableList(findAll());
  }

  /** Deletes the contact and its notes; false when there was none. */
  boolean delete(ContactId id);

  /**
   * Appends a note to the contact's file.
   *
   * @throws dev.rapport.core.port.in.ContactNotFoundException when there is no such contact
   */
  void addNote(ContactId id, Note note);

  /** The contact's notes, oldest first (in the order added for the same day); empty for an unknown id. */
  List<Note> notes(ContactId id);
}
