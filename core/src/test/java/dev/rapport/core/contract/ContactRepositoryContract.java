package dev.rapport.core.contract;

import static dev.rapport.core.contract.Samples.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.port.in.ContactNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.ContactRepository} must do. */
public abstract class ContactRepositoryContract extends StorageContract {

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.contacts().findAll()).isEmpty();
  }

  @Test
  void names_areEveryContactsIdNameAndAddresses_inIdOrder() {
    Contact ada = Samples.full(storage.contacts().nextId());
    Contact bob = minimal(storage.contacts().nextId(), "Bob");
    storage.contacts().save(bob);
    storage.contacts().save(ada);

    assertThat(storage.contacts().names())
        .isEqualTo(storage.contacts().findAll().stream().map(ContactName::of).toList())
        .extracting(ContactName::displayName).containsExactly(ada.displayName(), "Bob");
    assertThat(storage.contacts().names().get(0).emails()).isEqualTo(ada.emails()).isNotEmpty();
  }

  @Test
  void relationships_areWhatTheRulesReadOfEveryContact_inIdOrder() {
    Contact ada = Samples.full(storage.contacts().nextId());
    Contact bob = minimal(storage.contacts().nextId(), "Bob");
    Contact cy = Contact.builder().from(minimal(storage.contacts().nextId(), "Cy")).addInterests("ai").build();
    storage.contacts().save(cy);
    storage.contacts().save(bob);
    storage.contacts().save(ada);

    assertThat(storage.contacts().relationships().stream().map(Relationship::of))
        .containsExactly(Relationship.of(ada), Relationship.of(bob), Relationship.of(cy));
  }

  @Test
  void relationshipsFor_areTheNamedContacts_andThoseConnectedOnAMonthDayOfTheSpan_inIdOrder() {
    List<ContactId> ids = storage.contacts().nextIds(6);
    Contact march = connected(ids.get(0), "March", LocalDate.of(2015, 3, 2));
    Contact leap = connected(ids.get(1), "Leap", LocalDate.of(2016, 2, 29));
    Contact yearEnd = connected(ids.get(2), "Year end", LocalDate.of(2014, 12, 30));
    Contact never = minimal(ids.get(3), "Never connected");
    Contact archived = Contact.builder().from(connected(ids.get(4), "Archived", LocalDate.of(2019, 3, 5))).archived(true).build();
    Contact summer = connected(ids.get(5), "Summer", LocalDate.of(2020, 7, 10));
    storage.contacts().addAll(List.of(march, leap, yearEnd, never, archived, summer));
    Set<ContactId> named = Set.of(never.id(), new ContactId(ids.get(5).value() + 1_000)); // one unknown

    assertThat(namesFor(named, MonthDaySpan.of(LocalDate.of(2026, 3, 1), 10))).containsExactly("March", "Never connected", "Archived");
    // Not a leap year: a February 29 anniversary falls on the 28th
    assertThat(namesFor(Set.of(), MonthDaySpan.of(LocalDate.of(2027, 2, 20), 9))).containsExactly("Leap");
    assertThat(namesFor(Set.of(), MonthDaySpan.of(LocalDate.of(2027, 2, 20), 8))).isEmpty();
    assertThat(namesFor(Set.of(summer.id()), MonthDaySpan.of(LocalDate.of(2026, 12, 25), 10)))
        .containsExactly("Year end", "Summer");
    assertThat(namesFor(named, MonthDaySpan.of(LocalDate.of(2026, 3, 1), 0))).containsExactly("Never connected");
    assertThat(namesFor(Set.of(), MonthDaySpan.of(LocalDate.of(2026, 1, 1), 366)))
        .containsExactly("March", "Leap", "Year end", "Archived", "Summer");
    assertThat(storage.contacts().relationshipsFor(Set.of(march.id()), MonthDaySpan.of(LocalDate.of(2026, 8, 1), 5))
        .stream().map(Relationship::of)).containsExactly(Relationship.of(march));
  }

  @Test
  void relationshipsFor_findsEveryOneOfManyNamedContacts() {
    List<ContactId> ids = storage.contacts().nextIds(1_234);
    List<Contact> many = ids.stream().map(id -> minimal(id, "Contact " + id.value())).toList();
    storage.contacts().addAll(many);
    Set<ContactId> named = new HashSet<>(ids.subList(0, 1_200));

    assertThat(storage.contacts().relationshipsFor(named, MonthDaySpan.of(LocalDate.of(2026, 3, 1), 30)))
        .extracting(Relationship::id).containsExactlyElementsOf(ids.subList(0, 1_200));
  }

  private static Contact connected(ContactId id, String name, LocalDate on) {
    return Contact.builder().from(minimal(id, name)).connectedOn(on).build();
  }

  private List<String> namesFor(Set<ContactId> ids, MonthDaySpan span) {
    return storage.contacts().relationshipsFor(ids, span).stream().map(Relationship::displayName).toList();
  }

  @Test
  void theUntriagedAndArchivedFlags_areKept_andCounted_untriagedWithoutTheArchived() {
    assertThat(storage.contacts().countArchived()).isZero();
    Contact ada = Contact.builder().from(minimal(storage.contacts().nextId(), "Ada")).untriaged(true).build();
    Contact bob = Contact.builder().from(minimal(storage.contacts().nextId(), "Bob")).archived(true).build();
    Contact cy = Contact.builder().from(minimal(storage.contacts().nextId(), "Cy")).untriaged(true).archived(true).build();
    storage.contacts().save(ada);
    storage.contacts().save(bob);
    storage.contacts().save(cy);

    assertThat(storage.contacts().find(ada.id())).hasValue(ada);
    assertThat(storage.contacts().find(bob.id()).orElseThrow().untriaged()).isFalse();
    assertThat(storage.contacts().countUntriaged()).isEqualTo(1);
    assertThat(storage.contacts().countArchived()).isEqualTo(2);

    storage.contacts().save(Contact.builder().from(ada).untriaged(false).build());
    storage.contacts().save(Contact.builder().from(bob).archived(false).build());

    assertThat(storage.contacts().find(ada.id()).orElseThrow().untriaged()).isFalse();
    assertThat(storage.contacts().countUntriaged()).isZero();
    assertThat(storage.contacts().countArchived()).isEqualTo(1);
  }

  @Test
  void nextId_neverRepeats() {
    Set<ContactId> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      assertThat(ids.add(storage.contacts().nextId())).isTrue();
    }
  }

  @Test
  void givenSavedContact_nextId_doesNotHandItOutAgain() {
    ContactId first = storage.contacts().nextId();
    storage.contacts().save(minimal(first, "First"));
    assertThat(storage.contacts().nextId()).isNotEqualTo(first);
  }

  @Test
  void nextIds_handsOutAscendingIdsNeverHandedOutBefore() {
    ContactId before = storage.contacts().nextId();
    List<ContactId> ids = storage.contacts().nextIds(40);
    ContactId after = storage.contacts().nextId();

    assertThat(ids).hasSize(40).doesNotHaveDuplicates().isSorted().doesNotContain(before, after);
    assertThat(ids.get(0)).isGreaterThan(before);
    assertThat(after).isGreaterThan(ids.get(39));
    assertThat(storage.contacts().nextIds(0)).isEmpty();
  }

  @Test
  void saveAll_storesEachContact_replacingThoseWithTheirId_andTheLaterOfTwoWithOneId() {
    List<ContactId> ids = storage.contacts().nextIds(3);
    storage.contacts().save(minimal(ids.get(0), "Before"));
    Contact full = Samples.full(ids.get(1));
    storage.contacts().saveAll(List.of(
        Contact.builder().from(Samples.full(ids.get(0))).displayName("After").build(),
        minimal(ids.get(1), "First of two"),
        full,
        minimal(ids.get(2), "Cy")));

    assertThat(storage.contacts().findAll()).containsExactly(
        Contact.builder().from(Samples.full(ids.get(0))).displayName("After").build(), full, minimal(ids.get(2), "Cy"));
    assertThat(storage.contacts().relationships().stream().map(Relationship::of)).containsExactly(
        Relationship.of(Contact.builder().from(Samples.full(ids.get(0))).displayName("After").build()),
        Relationship.of(full), Relationship.of(minimal(ids.get(2), "Cy")));
    assertThat(storage.contacts().nextId()).isGreaterThan(ids.get(2));
  }

  @Test
  void addAll_storesContactsWithNewIds_asSaveWould() {
    List<ContactId> ids = storage.contacts().nextIds(2);
    Contact full = Samples.full(ids.get(0));
    Contact minimal = minimal(ids.get(1), "Bob");
    storage.contacts().addAll(List.of(full, minimal));

    assertThat(storage.contacts().findAll()).containsExactly(full, minimal);
    assertThat(storage.contacts().relationships().stream().map(Relationship::of))
        .containsExactly(Relationship.of(full), Relationship.of(minimal));
    assertThat(storage.contacts().nextId()).isGreaterThan(ids.get(1));
  }

  @Test
  void givenContactWithEveryField_find_returnsAnEqualContact() {
    Contact ada = Samples.full(storage.contacts().nextId());
    storage.contacts().save(ada);
    assertThat(storage.contacts().find(ada.id())).contains(ada);
  }

  @Test
  void addNotes_appendsEachContactsNotes_asAddNoteDoesOneByOne() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    List<Note> adas = new ArrayList<>();
    for (int day = 1; day <= 28; day++) {
      adas.add(new Note(LocalDate.of(2026, 2, day), Samples.HOSTILE_TEXT.get(day % Samples.HOSTILE_TEXT.size())));
    }
    Map<ContactId, List<Note>> notes = new LinkedHashMap<>();
    notes.put(bob, List.of(new Note(LocalDate.of(2026, 1, 5), "Bob's")));
    notes.put(ada, adas);

    storage.contacts().addNotes(notes);

    assertThat(storage.contacts().notes(ada)).containsExactlyElementsOf(adas);
    assertThat(storage.contacts().notes(bob)).containsExactly(new Note(LocalDate.of(2026, 1, 5), "Bob's"));
  }

  @Test
  void eachNote_handsOverEveryNoteWithItsContact_byContactId_eachContactsOldestFirst() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Note bobs = new Note(LocalDate.of(2026, 1, 5), "Bob's");
    Note adasLate = new Note(LocalDate.of(2026, 3, 1), "Ada's late");
    Note adasEarly = new Note(LocalDate.of(2026, 2, 1), "Ada's early");
    storage.contacts().addNote(bob, bobs);
    storage.contacts().addNote(ada, adasLate);
    storage.contacts().addNote(ada, adasEarly);

    List<String> handed = new java.util.ArrayList<>();
    storage.contacts().eachNote((contact, note) -> handed.add(contact + " " + note.text()));

    assertThat(handed).containsExactly(ada + " Ada's early", ada + " Ada's late", bob + " Bob's");
  }

  @Test
  void givenUnknownId_find_isEmpty() {
    assertThat(storage.contacts().find(new ContactId(987_654))).isEmpty();
  }

  @Test
  void givenSameId_save_replacesTheContact() {
    ContactId id = storage.contacts().nextId();
    storage.contacts().save(minimal(id, "Before"));
    storage.contacts().save(Contact.builder().from(Samples.full(id)).displayName("After").build());
    assertThat(storage.contacts().findAll()).extracting(Contact::displayName).containsExactly("After");
    assertThat(storage.contacts().find(id)).contains(Contact.builder().from(Samples.full(id)).displayName("After").build());
  }

  @Test
  void givenSeveralContacts_findAll_ordersThemById() {
    ContactId a = storage.contacts().nextId();
    ContactId b = storage.contacts().nextId();
    ContactId c = storage.contacts().nextId();
    storage.contacts().save(minimal(c, "Carol"));
    storage.contacts().save(minimal(a, "Zed"));
    storage.contacts().save(minimal(b, "Bob"));
    assertThat(storage.contacts().findAll()).extracting(Contact::id).containsExactly(a, b, c);
  }

  @Test
  void delete_removesTheContactAndItsNotes_andSaysSo() {
    ContactId id = Samples.newContact(storage, "Gone");
    storage.contacts().addNote(id, new Note(LocalDate.of(2026, 1, 2), "promised an intro"));
    assertThat(storage.contacts().delete(id)).isTrue();
    assertThat(storage.contacts().find(id)).isEmpty();
    assertThat(storage.contacts().notes(id)).isEmpty();
  }

  @Test
  void givenUnknownId_delete_returnsFalse() {
    assertThat(storage.contacts().delete(new ContactId(424_242))).isFalse();
  }

  @Test
  void notes_comeOldestFirst_andInTheOrderAddedOnTheSameDay() {
    ContactId id = Samples.newContact(storage, "Noted");
    storage.contacts().addNote(id, new Note(LocalDate.of(2026, 3, 1), "third"));
    storage.contacts().addNote(id, new Note(LocalDate.of(2026, 1, 1), "first"));
    storage.contacts().addNote(id, new Note(LocalDate.of(2026, 1, 1), "second"));
    assertThat(storage.contacts().notes(id)).extracting(Note::text).containsExactly("first", "second", "third");
  }

  @Test
  void givenUnknownContact_addNote_throwsContactNotFound() {
    assertThatThrownBy(() -> storage.contacts().addNote(new ContactId(31_337), new Note(LocalDate.EPOCH, "x")))
        .isInstanceOf(ContactNotFoundException.class);
  }

  @Test
  void givenUnknownContact_notes_isEmpty() {
    assertThat(storage.contacts().notes(new ContactId(31_337))).isEmpty();
  }

  @Test
  void hostileText_roundTripsUntouched() {
    for (String text : Samples.HOSTILE_TEXT) {
      ContactId id = storage.contacts().nextId();
      Contact contact = Contact.builder().id(id).displayName(text).company(text).addTags(text).addInterests(text).build();
      storage.contacts().save(contact);
      storage.contacts().addNote(id, new Note(LocalDate.of(2026, 1, 1), text));
      assertThat(storage.contacts().find(id)).contains(contact);
      assertThat(storage.contacts().notes(id)).containsExactly(new Note(LocalDate.of(2026, 1, 1), text));
    }
    assertThat(storage.contacts().findAll()).hasSize(Samples.HOSTILE_TEXT.size());
  }
}
