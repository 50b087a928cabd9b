package dev.rapport.core.service;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.policy.imports.JobChange;
import dev.rapport.core.port.in.imports.CollaborationDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImportConflict;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import dev.rapport.core.port.out.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An import's notes, special days, channels, collaborations and owner profile: each is new unless
 * the network has it; a channel or profile that differs from the network's is a conflict.
 */
final class RecordPlanner {

  /** A special day as the import tells it from others; a day of everyone's has no contact. */
  record DayKey(PlannedContact contact, SpecialDayKind kind, PartialDate date, boolean recurring, Optional<String> title) {}

  private record CollaborationKey(String title, LocalDate on, Set<PlannedContact> contacts, Optional<String> channel) {}

  private record PendingNote(PlannedContact contact, Note note) {}

  private final Storage storage;
  private final ContactMatcher contacts;
  private final List<ImportConflict> conflicts;
  /** The name of the source, where a conflict of the whole file is reported. */
  private final String source;
  private final LocalDate today;
  private final List<PendingNote> notes = new ArrayList<>();
  private final List<DayKey> days = new ArrayList<>();
  private final List<Channel> channels = new ArrayList<>();
  private final List<CollaborationKey> collaborations = new ArrayList<>();
  private Optional<OwnerProfile> profile = Optional.empty();
  private Set<DayKey> knownGlobalDays;
  private Set<CollaborationKey> knownCollaborations;
  private int skipped;

  RecordPlanner(Storage storage, ContactMatcher contacts, List<ImportConflict> conflicts, String source, LocalDate today) {
    this.storage = storage;
    this.contacts = contacts;
    this.conflicts = conflicts;
    this.source = source;
    this.today = today;
  }

  // --- notes and days

  /** A dated note is new unless the contact has it; an undated one, unless the contact has its text. */
  void planNote(NoteDraft draft) {
    PlannedContact contact = contacts.resolve(draft.contact(), draft.origin());
    if (contact == null) {
      skipped++;
      return;
    }
    if (draft.on().isPresent()) {
      addNote(contact, new Note(draft.on().get(), draft.text()));
    } else if (knownNotes(contact).stream().noneMatch(n -> n.text().equals(draft.text()))) {
      addNote(contact, new Note(today, draft.text()));
    }
  }

  /** The note that keeps a contact's old role and the accomplishment that marks the day of the new one. */
  void planJobChange(PlannedContact contact, JobChange change) {
    addNote(contact, change.note(today, source));
    addDay(new DayKey(contact, SpecialDayKind.ACCOMPLISHMENT, PartialDate.of(today), false,
        Optional.of(change.dayTitle())));
  }

  private Set<Note> knownNotes(PlannedContact contact) {
    if (contact.knownNotes == null) {
      contact.knownNotes = new HashSet<>(contact.isNew() ? List.of() : storage.contacts().notes(contact.id));
    }
    return contact.knownNotes;
  }

  private void addNote(PlannedContact contact, Note note) {
    if (knownNotes(contact).add(note)) {
      notes.add(new PendingNote(contact, note));
    }
  }

  void planDay(SpecialDayDraft draft) {
    PlannedContact contact = null;
    if (draft.contact().isPresent()) {
      contact = contacts.resolve(draft.contact().get(), draft.origin());
      if (contact == null) {
        skipped++;
        return;
      }
    }
    addDay(new DayKey(contact, draft.kind(), draft.date(), draft.recurring(), draft.title()));
  }

  private void addDay(DayKey key) {
    if (knownDays(key.contact()).add(key)) {
      days.add(key);
    }
  }

  /** The days the network has for a contact, or everyone's for none, read when first needed. */
  private Set<DayKey> knownDays(PlannedContact contact) {
    if (contact == null) {
      if (knownGlobalDays == null) {
        knownGlobalDays = new HashSet<>();
        storage.specialDays().findAll().stream().filter(d -> d.contact().isEmpty())
            .forEach(d -> knownGlobalDays.add(new DayKey(null, d.kind(), d.date(), d.recurring(), d.title())));
      }
      return knownGlobalDays;
    }
    if (contact.knownDays == null) {
      contact.knownDays = new HashSet<>();
      if (!contact.isNew()) {
        storage.specialDays().forContact(contact.id)
            .forEach(d -> contact.knownDays.add(new DayKey(contact, d.kind(), d.date(), d.recurring(), d.title())));
      }
    }
    return contact.knownDays;
  }

  // --- channels, collaborations, profile

  void planChannel(Channel channel) {
    Optional<Channel> known = storage.channels().find(channel.name());
    Optional<Channel> planned = channels.stream().filter(c -> c.name().equalsIgnoreCase(channel.name())).findFirst();
    Optional<Channel> existing = known.or(() -> planned);
    if (existing.isEmpty()) {
      channels.add(channel);
    } else if (!existing.get().equals(channel)) {
      conflicts.add(new ImportConflict("channel " + channel.name(), "channel", existing.get().toString(),
          channel.toString(), Origin.file(source)));
    }
  }

  void planCollaboration(CollaborationDraft draft) {
    Set<PlannedContact> with = new HashSet<>();
    for (ContactRef ref : draft.contacts()) {
      PlannedContact contact = contacts.resolve(ref, draft.origin());
      if (contact == null) {
        skipped++;
        return;
      }
      with.add(contact);
    }
    CollaborationKey key = new CollaborationKey(draft.title(), draft.on(), with, draft.channel());
    if (knownCollaborations == null) {
      knownCollaborations = new HashSet<>();
      for (Collaboration known : storage.collaborations().findAll()) {
        Set<PlannedContact> knownWith = new HashSet<>();
        known.contacts().forEach(id -> knownWith.add(contacts.known(id)));
        knownCollaborations.add(new CollaborationKey(known.title(), known.on(), knownWith, known.channel()));
      }
    }
    if (knownCollaborations.add(key)) {
      collaborations.add(key);
    }
  }

  void planProfile(OwnerProfile incoming) {
    Optional<OwnerProfile> known = storage.profile().load();
    if (known.isEmpty()) {
      profile = Optional.of(incoming);
    } else if (!known.get().equals(incoming)) {
      conflicts.add(new ImportConflict("owner", "profile", known.get().toString(), incoming.toString(),
          Origin.file(source)));
    }
  }

  // --- writes, in the caller's transaction, once the contacts named have their ids

  void writeNotesAndDays() {
    Map<ContactId, List<Note>> byContact = new LinkedHashMap<>();
    for (PendingNote note : notes) {
      byContact.computeIfAbsent(note.contact().id, id -> new ArrayList<>()).add(note.note());
    }
    storage.contacts().addNotes(byContact);
    List<SpecialDay> newDays = new ArrayList<>(days.size());
    for (DayKey key : days) {
      newDays.add(SpecialDay.builder()
          .contact(Optional.ofNullable(key.contact()).map(c -> c.id))
          .kind(key.kind()).date(key.date()).recurring(key.recurring()).title(key.title()).build());
    }
    storage.specialDays().addAll(newDays); // planned against the days the network has: each is new
  }

  void writeChannelsCollaborationsAndProfile() {
    channels.forEach(storage.channels()::save);
    for (CollaborationKey key : collaborations) {
      storage.collaborations().add(Collaboration.builder().title(key.title()).on(key.on())
          .contacts(key.contacts().stream().map(c -> c.id).toList()).channel(key.channel()).build());
    }
    profile.ifPresent(storage.profile()::save);
  }

  int notes() {
    return notes.size();
  }

  int days() {
    return days.size();
  }

  /** Channels, collaborations and a profile: what the report counts as others. */
  int others() {
    return channels.size() + collaborations.size() + (profile.isPresent() ? 1 : 0);
  }

  int skipped() {
    return skipped;
  }
}
