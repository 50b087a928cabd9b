package dev.rapport.core.port.out;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.Relationship;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Outgoing persistence port for contacts and the notes in their files. */
public interface ContactRepository {

  /** A new id, never handed out before. */
  ContactId nextId();

  /**
   * {@code count} new ids, never handed out before, ascending. By default {@link #nextId()} once
   * each; a database adapter reserves them in one step.
   */
  default List<ContactId> nextIds(int count) {
    checkArgument(count >= 0, "count must not be negative: %s", count);
    List<ContactId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(nextId());
    }
    return ids;
  }

  /** Inserts the contact, or replaces the one with its id. */
  void save(Contact contact);

  /**
   * Inserts or replaces each contact, as {@link #save} would one by one, in order (of two with one
   * id, the later is kept). By default {@link #save} each; a database adapter writes them in bulk.
   */
  default void saveAll(Collection<? extends Contact> contacts) {
    contacts.forEach(this::save);
  }

  /**
   * Inserts contacts new to the store: their ids came from {@link #nextIds} or {@link #nextId}
   * and were never saved. By default {@link #saveAll}; a database adapter inserts them without
   * looking for earlier rows to replace.
   */
  default void addAll(Collection<? extends Contact> contacts) {
    saveAll(contacts);
  }

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

  /**
   * The {@link Relationship} of each contact in {@code ids} and of each connected on a month and
   * day {@code span} holds (any year), archived ones included, ordered by id: what the special
   * days of a span ask about, instead of a whole network. Unknown ids are left out. By default
   * taken from {@link #relationships()}; a database adapter may select just these.
   */
  default List<Relationship> relationshipsFor(Set<ContactId> ids, MonthDaySpan span) {
    return relationships().stream()
        .filter(r -> ids.contains(r.id()) || r.connectedOn().isPresent() && span.holds(MonthDay.from(r.connectedOn().get())))
        .toList();
  }

  /**
   * How many contacts are {@linkplain Contact#untriaged() untriaged}, archived ones left out. By
   * default counted over {@link #findAll()}; a database adapter may count them in a query.
   */
  default int countUntriaged() {
    return (int) findAll().stream().filter(c -> c.untriaged() && !c.archived()).count();
  }

  /**
   * How many contacts are {@linkplain Contact#archived() archived}. By default counted over
   * {@link #findAll()}; a database adapter may count them in a query.
   */
  default int countArchived() {
    return (int) findAll().stream().filter(Contact::archived).count();
  }

  /** Deletes the contact and its notes; false when there was none. */
  boolean delete(ContactId id);

  /**
   * Appends a note to the contact's file.
   *
   * @throws dev.rapport.core.port.in.ContactNotFoundException when there is no such contact
   */
  void addNote(ContactId id, Note note);

  /**
   * Appends notes to their contacts' files, each contact's in the order given; a note of a contact
   * that is not stored fails the write. By default {@link #addNote} each; a database adapter
   * inserts them in bulk.
   */
  default void addNotes(Map<ContactId, List<Note>> notes) {
    notes.forEach((id, ofContact) -> ofContact.forEach(note -> addNote(id, note)));
  }

  /**
   * Hands every note to {@code action} with its contact's id, by contact id, each contact's oldest
   * first. By default {@link #notes} of each contact of {@link #findAll()}; a database adapter reads
   * them in one query.
   */
  default void eachNote(BiConsumer<? super ContactId, ? super Note> action) {
    for (Contact contact : findAll()) {
      notes(contact.id()).forEach(note -> action.accept(contact.id(), note));
    }
  }

  /** The contact's notes, oldest first (in the order added for the same day); empty for an unknown id. */
  List<Note> notes(ContactId id);
}
