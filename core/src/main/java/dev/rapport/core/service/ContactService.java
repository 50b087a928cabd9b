package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.out.Storage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import java.util.function.BiConsumer;

final class ContactService implements ManageContactsUseCase {

  private final Storage storage;

  ContactService(Storage storage) {
    this.storage = storage;
  }

  @Override
  public Contact add(String displayName, UnaryOperator<Contact> details) {
    return storage.transactions().inTransaction(() -> {
      Contact blank = Contact.builder().id(storage.contacts().nextId()).displayName(displayName).build();
      Contact contact = details.apply(blank);
      checkArgument(contact.id().equals(blank.id()), "a new contact's id is given by storage, not %s", contact.id());
      storage.contacts().save(contact);
      return contact;
    });
  }

  @Override
  public Contact add(String displayName, UnaryOperator<Contact> details, PartialDate birthday) {
    return storage.transactions().inTransaction(() -> {
      Contact contact = add(displayName, details);
      storage.specialDays().add(birthdayOf(contact.id(), birthday));
      return contact;
    });
  }

  @Override
  public Contact edit(ContactId id, UnaryOperator<Contact> change, PartialDate birthday) {
    return storage.transactions().inTransaction(() -> {
      Contact contact = edit(id, change);
      // The port deletes a contact's days only all together: the other days are written back.
      List<SpecialDay> others = storage.specialDays().forContact(id).stream()
          .filter(day -> day.kind() != SpecialDayKind.BIRTHDAY).toList();
      storage.specialDays().deleteForContact(id);
      others.forEach(storage.specialDays()::add);
      storage.specialDays().add(birthdayOf(id, birthday));
      return contact;
    });
  }

  private static SpecialDay birthdayOf(ContactId id, PartialDate date) {
    return SpecialDay.builder().contact(id).kind(SpecialDayKind.BIRTHDAY).date(date).build();
  }

  @Override
  public Contact edit(ContactId id, UnaryOperator<Contact> change) {
    return storage.transactions().inTransaction(() -> {
      Contact before = get(id);
      Contact changed = change.apply(before);
      checkArgument(changed.id().equals(id), "a contact's id cannot change: %s to %s", id, changed.id());
      if (changed.untriaged() && changed.tier() != before.tier()) {
        changed = Contact.builder().from(changed).untriaged(false).build(); // a tier chosen is triage done
      }
      storage.contacts().save(changed);
      return changed;
    });
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
