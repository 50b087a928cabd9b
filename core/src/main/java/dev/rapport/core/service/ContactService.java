package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactChanges;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.out.Storage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

final class ContactService implements ManageContactsUseCase {

  private final Storage storage;

  ContactService(Storage storage) {
    this.storage = storage;
  }

  @Override
  public Contact add(NewContact command) {
    checkNotNull(command, "contact");
    return storage.transactions().inTransaction(() -> {
      Contact contact = command.toContact(storage.contacts().nextId());
      storage.contacts().save(contact);
      command.birthday().ifPresent(day -> storage.specialDays().add(birthdayOf(contact.id(), day)));
      return contact;
    });
  }

  @Override
  public Contact edit(ContactChanges changes) {
    checkNotNull(changes, "changes");
    return storage.transactions().inTransaction(() -> {
      Contact changed = changes.applyTo(get(changes.contact()));
      storage.contacts().save(changed);
      changes.birthday().ifPresent(day -> replaceBirthday(changed.id(), day));
      return changed;
    });
  }

  private void replaceBirthday(ContactId id, PartialDate birthday) {
    // The port deletes a contact's days only all together: the other days are written back.
    List<SpecialDay> others = storage.specialDays().forContact(id).stream()
        .filter(day -> day.kind() != SpecialDayKind.BIRTHDAY).toList();
    storage.specialDays().deleteForContact(id);
    others.forEach(storage.specialDays()::add);
    storage.specialDays().add(birthdayOf(id, birthday));
  }

  private static SpecialDay birthdayOf(ContactId id, PartialDate date) {
    return SpecialDay.builder().contact(id).kind(SpecialDayKind.BIRTHDAY).date(date).build();
  }

  @Override
  public Contact get(ContactId id) {
    return storage.contacts().find(id).orElseThrow(() -> new ContactNotFoundException(id.toString()));
  }

  @Override
  public List<Contact> list() {
    return storage.contacts().findAll();
  }

  @Override
  public int archivedCount() {
    return storage.contacts().countArchived();
  }

  @Override
  public Contact resolve(String ref) {
    String wanted = ref.strip();
    if (wanted.chars().allMatch(Character::isDigit) && !wanted.isEmpty()) {
      return storage.contacts().find(ContactId.parse(wanted)).orElseThrow(() -> new ContactNotFoundException(ref));
    }
    // Matched on names and addresses only: the whole file is read for the one contact found.
    List<ContactName> all = storage.contacts().names();
    String key = wanted.toLowerCase(Locale.ROOT);
    List<ContactName> byEmail = all.stream()
        .filter(c -> c.emails().stream().anyMatch(e -> e.equalsIgnoreCase(wanted))).toList();
    List<ContactName> exact = all.stream()
        .filter(c -> c.displayName().toLowerCase(Locale.ROOT).equals(key)).toList();
    List<ContactName> fragment = all.stream()
        .filter(c -> c.displayName().toLowerCase(Locale.ROOT).contains(key)).toList();
    for (List<ContactName> matches : List.of(byEmail, exact, fragment)) {
      if (matches.size() == 1) {
        return get(matches.get(0).id());
      }
      if (matches.size() > 1) {
        Set<ContactId> ids = matches.stream().map(ContactName::id).collect(Collectors.toSet());
        throw new AmbiguousContactException(ref,
            storage.contacts().findAll().stream().filter(c -> ids.contains(c.id())).toList());
      }
    }
    throw new ContactNotFoundException(ref);
  }

  @Override
  public void addNote(ContactId id, Note note) {
    storage.transactions().run(() -> {
      get(id);
      storage.contacts().addNote(id, note);
    });
  }

  @Override
  public void eachNote(BiConsumer<? super ContactId, ? super Note> action) {
    checkNotNull(action, "action");
    storage.contacts().eachNote(action); // a read of its own: an export must not hold the write lock
  }

  @Override
  public List<Note> notes(ContactId id) {
    get(id);
    return storage.contacts().notes(id);
  }

  @Override
  public void forget(ContactId id) {
    storage.transactions().run(() -> {
      get(id);
      storage.touches().deleteForContact(id);
      storage.specialDays().deleteForContact(id);
      storage.collaborations().removeContact(id);
      storage.contacts().delete(id);
    });
  }
}
