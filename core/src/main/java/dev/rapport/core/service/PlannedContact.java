package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contact an import ends with: one the network has, or one the import adds. Items of the import
 * name it by identity, so a new contact is told from the rest before storage gives it an id.
 */
final class PlannedContact {

  /** The contact as the network holds it; null for one the import adds. */
  final Contact original;
  Contact current;
  /** Null for a contact the import adds until it is stored. */
  ContactId id;
  /** Its place among the planned contacts: what touch keys from the source are fingerprinted with. */
  final int number;
  /** Whether the touches storage has for it are among the touch planner's fingerprints yet. */
  boolean storedTouchesKnown;
  /** What it has, read from storage when a draft for it first needs them. */
  Set<Note> knownNotes;
  Set<RecordPlanner.DayKey> knownDays;
  /** The companies it had before this import changed it: it is still found by name and those. */
  List<Optional<String>> earlierCompanies;

  private PlannedContact(Contact original, Contact current, ContactId id, int number) {
    this.original = original;
    this.current = current;
    this.id = id;
    this.number = number;
  }

  /** A contact the network has. */
  static PlannedContact known(Contact contact, int number) {
    return new PlannedContact(contact, contact, contact.id(), number);
  }

  /** A contact the import adds: its id is null until storage gives it one. */
  static PlannedContact added(Contact incoming, int number) {
    return new PlannedContact(null, incoming, null, number);
  }

  boolean isNew() {
    return original == null;
  }
}
