package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
  private static final String LINKEDIN = "LinkedIn";
  private static final String ADA_URL = "https://www.linkedin.com/in/ada-lovelace";

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport =
      Rapport.over(storage, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private static ContactDraft linkedIn(int line, String name, String company, String title, String url) {
    Contact details = ContactDraft.details(name).company(company).title(title).sourceChannel(LINKEDIN)
        .connectedOn(LocalDate.of(2021, 3, 12)).addChannelProfiles(new ChannelProfile(LINKEDIN, url)).build();
    return new ContactDraft(url, new Origin("Connections.csv", line), details);
  }

  private static ContactDraft google(int line, String name, String company, String email) {
    Contact details = ContactDraft.details(name).company(company).addEmails(email).addTags("friends").build();
    return new ContactDraft("row" + line, new Origin("contacts.csv", line), details);
  }

  private static ImmutableImportBatch.Builder batch(String source) {
    return ImportBatch.builder().source(source);
  }

  private static ImmutableImportBatch.Builder addressBook() {
    return ImportBatch.builder().source("Google Contacts").addressBook(true);
  }

  private ImportReport importing(ImportBatch batch) {
    return rapport.imports().importNetwork(ImportCommand.of(batch));
  }

  @Test
  void givenNewPeople_import_addsThemWithTheirTouchesNotesAndDays() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL))
        .addTouches(TouchDraft.of(ContactRef.key(ADA_URL), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.of(LINKEDIN), "hello", new Origin("messages.csv", 2)))
        .addNotes(new NoteDraft(ContactRef.key(ADA_URL), Optional.of(TODAY), "likes engines", Origin.file("notes.csv")))
        .addSpecialDays(new SpecialDayDraft(Optional.of(ContactRef.key(ADA_URL)), SpecialDayKind.BIRTHDAY,
            PartialDate.parse("--12-10"), true, Optional.empty(), Origin.file("days.csv")))
        .build();

    ImportReport report = importing(batch);

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.touches()).isEqualTo(1);
    assertThat(report.notes()).isEqualTo(1);
    assertThat(report.specialDays()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.company()).contains("Analytical Engines");
    assertThat(rapport.activity().touches(ada.id())).extracting(Touch::summary).containsExactly("hello");
    assertThat(rapport.contacts().notes(ada.id())).extracting(Note::text).containsExactly("likes engines");
    assertThat(storage.specialDays().forContact(ada.id())).extracting(SpecialDay::kind).containsExactly(SpecialDayKind.BIRTHDAY);
  }

  @Test
  void givenTheSameBatchTwice_import_changesNothingTheSecondTime() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL),
            google(2, "Grace Hopper", "Navy", "grace@navy.example"))
        .addTouches(TouchDraft.of(ContactRef.person("Grace Hopper", null, null), Instant.parse("2023-06-01T14:03:22Z"),
            Direction.OUTBOUND, InteractionKind.MESSAGE, Optional.of(LINKEDIN), "hi", new Origin("messages.csv", 2)))
        .addNotes(new NoteDraft(ContactRef.key(ADA_URL), Optional.of(TODAY), "likes engines", Origin.file("notes.csv")))
        .build();
    importing(batch);
    List<Contact> before = storage.contacts().findAll();
    List<Touch> touchesBefore = storage.touches().findAll();

    ImportReport again = importing(batch);

    assertThat(again.added()).isZero();
    assertThat(again.merged()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.touches()).isZero();
    assertThat(again.notes()).isZero();
    assertThat(storage.contacts().findAll()).isEqualTo(before);
    assertThat(storage.touches().findAll()).isEqualTo(touchesBefore);
  }

  @Test
  void givenTheSamePersonByEmailFromTwoSources_import_mergesAndReportsTheConflictingCompany() {
    importing(batch("Google Contacts").addContacts(google(2, "Ada Lovelace", "Babbage & Co", "ada@example.org")).build());
    Contact fromLinkedIn = ContactDraft.details("Ada Lovelace").company("Analytical Engines").addEmails("ADA@example.org")
        .addChannelProfiles(new ChannelProfile(LINKEDIN, ADA_URL)).sourceChannel(LINKEDIN).build();

    ImportBatch linkedIn = batch(LINKEDIN)
        .addContacts(new ContactDraft(ADA_URL, new Origin("Connections.csv", 4), fromLinkedIn)).build();
    ImportReport report = importing(linkedIn);

    assertThat(report.merged()).isEqualTo(1);
    assertThat(report.added()).isZero();
    assertThat(storage.contacts().findAll()).singleElement().satisfies(ada -> {
      assertThat(ada.company()).contains("Babbage & Co");
      assertThat(ada.channelProfiles()).containsExactly(new ChannelProfile(LINKEDIN, ADA_URL));
      assertThat(ada.emails()).containsExactly("ada@example.org");
      assertThat(ada.sourceChannel()).as("LinkedIn's role was not taken, so LinkedIn is not their source").isEmpty();
    });
    assertThat(report.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("company");
      assertThat(c.kept()).isEqualTo("Babbage & Co");
      assertThat(c.incoming()).isEqualTo("Analytical Engines");
      assertThat(c.origin()).isEqualTo(new Origin("Connections.csv", 4));
    });
    assertThat(report.jobChanges()).isZero();
    ImportReport again = importing(linkedIn);
    assertThat(again.jobChanges()).as("the kept company is no job change on a second import").isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.conflicts()).hasSize(1);
  }

  @Test
  void givenTheSameNormalizedNameAndCompany_import_mergesThem() {
    importing(batch("Google Contacts").addContacts(google(2, "José  Núñez", "Northwind Analytics, Inc.", "jn@example.org"))
        .build());

    ImportReport report = importing(batch(LINKEDIN)
        .addContacts(linkedIn(4, "jose nunez", "Northwind Analytics", "CTO", "linkedin.com/in/jn")).build());

    assertThat(report.merged()).isEqualTo(1);
    assertThat(storage.contacts().findAll()).singleElement()
        .satisfies(c -> assertThat(c.title()).contains("CTO"));
  }

  @Test
  void givenTwoNamesakesWithDifferentProfiles_import_keepsThemApart() {
    ImportReport report = importing(batch(LINKEDIN)
        .addContacts(linkedIn(4, "John Smith", "Acme", "Engineer", "https://linkedin.com/in/john-smith-1"),
            linkedIn(5, "John Smith", "Acme", "Engineer", "https://linkedin.com/in/john-smith-2"))
        .build());

    assertThat(report.added()).isEqualTo(2);
    assertThat(storage.contacts().findAll()).hasSize(2);
  }

  @Test
  void givenTheSamePersonTwiceInOneFile_import_makesOneContact() {
    ImportReport report = importing(batch("Google Contacts")
        .addContacts(google(2, "Grace Hopper", "Navy", "grace@navy.example"), google(3, "Grace Hopper", "Navy", "GRACE@navy.example"))
        .build());

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.merged()).isEqualTo(1);
    assertThat(storage.contacts().findAll()).hasSize(1);
  }

  @Test
  void newContactsGetIdsInFileOrder_aMergedRowKeepsTheFirstRowsId_andAFailedImportOrADryRunUsesNone() {
    ImportBatch failing = batch(LINKEDIN)
        .addContacts(linkedIn(2, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL))
        .addProblems(new ImportProblem("Connections.csv", 3, 7, "expected a date like 12 Mar 2021: 'soon'"))
        .build();
    assertThatThrownBy(() -> importing(failing)).isInstanceOf(ImportException.class);
    ImportBatch batch = batch("Google Contacts")
        .addContacts(google(2, "Ada Lovelace", "Analytical Engines", "ada@engines.example"),
            google(3, "Grace Hopper", "Navy", "grace@navy.example"),
            google(4, "Alan Turing", "Bletchley", "alan@bletchley.example"),
            new ContactDraft("row5", new Origin("contacts.csv", 5), ContactDraft.details("Grace Hopper")
                .addEmails("GRACE@navy.example", "amazing.grace@navy.example").build()))
        .build();
    rapport.imports().importNetwork(ImportCommand.dryRun(batch));

    importing(batch);

    assertThat(storage.contacts().findAll()).extracting(c -> c.id().value(), Contact::displayName)
        .containsExactly(tuple(1L, "Ada Lovelace"), tuple(2L, "Grace Hopper"), tuple(3L, "Alan Turing"));
    assertThat(storage.contacts().find(new ContactId(2)).orElseThrow().emails())
        .containsExactly("grace@navy.example", "amazing.grace@navy.example");
    assertThat(storage.contacts().nextId()).isEqualTo(new ContactId(4));
  }

  @Test
  void givenANewCompanyFromTheSameSource_import_updatesKeepsTheOldRoleAndMarksTheDay() {
    importing(batch(LINKEDIN).addContacts(linkedIn(4, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL)).build());
    ImportBatch later = batch(LINKEDIN).addContacts(linkedIn(4, "Ada Lovelace", "Difference Labs", "Head of Research", ADA_URL))
        .build();

    ImportReport report = importing(later);

    assertThat(report.jobChanges()).isEqualTo(1);
    assertThat(report.conflicts()).isEmpty();
    Contact ada = rapport.contacts().resolve("Ada");
    assertThat(ada.company()).contains("Difference Labs");
    assertThat(ada.title()).contains("Head of Research");
    assertThat(rapport.contacts().notes(ada.id())).singleElement().satisfies(note -> {
      assertThat(note.on()).isEqualTo(TODAY);
      assertThat(note.text()).contains("Engineer at Analytical Engines");
    });
    assertThat(storage.specialDays().forContact(ada.id())).singleElement().satisfies(day -> {
      assertThat(day.kind()).isEqualTo(SpecialDayKind.ACCOMPLISHMENT);
      assertThat(day.date()).isEqualTo(PartialDate.of(TODAY));
      assertThat(day.recurring()).isFalse();
      assertThat(day.title()).contains("new role at Difference Labs");
    });
    ImportReport again = importing(later);
    assertThat(again.jobChanges()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.notes() + again.specialDays()).isZero();
  }

  @Test
  void givenAUtcClockAndAnOwnerInBerlin_aJobChange_isDatedOnTheOwnersDay() {
    // 23:30 UTC on 9 March is already 10 March in Berlin: the owner's day, as every other use case counts it.
    Rapport late = Rapport.over(storage, Clock.fixed(Instant.parse("2026-03-09T23:30:00Z"), ZoneOffset.UTC));
    late.profile().update(ProfileChanges.none().zone(ZoneId.of("Europe/Berlin")));
    late.imports().importNetwork(ImportCommand.of(
        batch(LINKEDIN).addContacts(linkedIn(4, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL)).build()));

    late.imports().importNetwork(ImportCommand.of(
        batch(LINKEDIN).addContacts(linkedIn(4, "Ada Lovelace", "Difference Labs", "Head of Research", ADA_URL)).build()));

    LocalDate berlinToday = LocalDate.of(2026, 3, 10);
    Contact ada = late.contacts().resolve("Ada");
    assertThat(late.contacts().notes(ada.id())).singleElement().satisfies(note -> assertThat(note.on()).isEqualTo(berlinToday));
    assertThat(storage.specialDays().forContact(ada.id())).singleElement()
        .satisfies(day -> assertThat(day.date()).isEqualTo(PartialDate.of(berlinToday)));
  }

  @Test
  void givenAContactFromAnAddressBook_aLaterAddressBookWithANewCompany_isAJobChange() {
    importing(addressBook().addContacts(google(2, "Ada Lovelace", "Analytical Engines", "ada@example.org")).build());

    ImportReport report = importing(addressBook()
        .addContacts(google(2, "Ada Lovelace", "Difference Labs", "ada@example.org")).build());

    assertThat(report.jobChanges()).isEqualTo(1);
    assertThat(report.conflicts()).isEmpty();
    Contact ada = rapport.contacts().resolve("Ada");
    assertThat(ada.company()).contains("Difference Labs");
    assertThat(ada.sourceChannel()).as("an address book is no channel through which they met").isEmpty();
    assertThat(rapport.contacts().notes(ada.id())).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("Analytical Engines").contains("Google Contacts now shows"));
    assertThat(storage.specialDays().forContact(ada.id())).singleElement()
        .satisfies(day -> assertThat(day.title()).contains("new role at Difference Labs"));
  }

  @Test
  void givenALinkedInContact_anAddressBookWithAnotherCompany_isAConflictAndLinkedInsRoleIsKept() {
    importing(batch(LINKEDIN).addContacts(linkedIn(4, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL)).build());
    ContactDraft inGoogle = new ContactDraft("row2", new Origin("contacts.csv", 2), ContactDraft.details("Ada Lovelace")
        .company("Babbage & Co").addChannelProfiles(new ChannelProfile(LINKEDIN, ADA_URL)).build());

    ImportReport report = importing(addressBook().addContacts(inGoogle).build());

    assertThat(report.jobChanges()).isZero();
    assertThat(report.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("company");
      assertThat(c.kept()).isEqualTo("Analytical Engines");
      assertThat(c.incoming()).isEqualTo("Babbage & Co");
    });
    assertThat(rapport.contacts().resolve("Ada").company()).contains("Analytical Engines");
  }

  @Test
  void givenTheSamePersonTwiceInOneAddressBookWithTwoCompanies_import_reportsAConflictNotAJobChange() {
    ImportReport report = importing(addressBook()
        .addContacts(google(2, "Grace Hopper", "Navy", "grace@navy.example"), google(3, "Grace Hopper", "Yale", "grace@navy.example"))
        .build());

    assertThat(report.jobChanges()).isZero();
    assertThat(report.conflicts()).extracting(c -> c.field()).containsExactly("company");
    assertThat(rapport.contacts().resolve("Grace").company()).contains("Navy");
  }

  @Test
  void givenADraftWithoutSourceChannelFromASourceThatIsNoAddressBook_aNewCompanyIsAConflict() {
    importing(addressBook().addContacts(google(2, "Ada Lovelace", "Analytical Engines", "ada@example.org")).build());

    ImportReport report = importing(batch("Rapport")
        .addContacts(google(2, "Ada Lovelace", "Difference Labs", "ada@example.org")).build());

    assertThat(report.jobChanges()).isZero();
    assertThat(report.conflicts()).extracting(c -> c.field()).containsExactly("company");
  }

  @Test
  void dryRun_givesTheSameReport_andWritesNothing() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL))
        .addTouches(TouchDraft.of(ContactRef.key(ADA_URL), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.empty(), "hello", new Origin("messages.csv", 2)))
        .build();

    ImportReport dry = rapport.imports().importNetwork(ImportCommand.dryRun(batch));

    assertThat(storage.contacts().findAll()).isEmpty();
    assertThat(storage.touches().findAll()).isEmpty();
    ImportReport real = importing(batch);
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry).usingRecursiveComparison().ignoringFields("dryRun").isEqualTo(real);
  }

  @Test
  void givenProblems_import_failsWritingNothing_andADryRunListsThem() {
    ImportProblem badDate = new ImportProblem("Connections.csv", 7, 7, "expected a date like 12 Mar 2021: '31 Foo 2021'");
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL))
        .addTouches(TouchDraft.of(ContactRef.key("nobody"), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.empty(), "hello", new Origin("touches.csv", 3)))
        .addProblems(badDate)
        .build();

    assertThatThrownBy(() -> importing(batch)).isInstanceOf(ImportException.class)
        .hasMessageContaining("Connections.csv:7:7")
        .satisfies(e -> assertThat(((ImportException) e).problems()).hasSize(2));
    assertThat(storage.contacts().findAll()).isEmpty();
    ImportReport dry = rapport.imports().importNetwork(ImportCommand.dryRun(batch));
    assertThat(dry.problems()).hasSize(2).contains(badDate);
    assertThat(dry.problems().get(1).toString()).startsWith("touches.csv:3: ").contains("'nobody'");
  }

  @Test
  void givenAProblemFoundOnlyAfterTheNewContacts_import_failsKeepingNoneOfThem() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL),
            linkedIn(6, "Grace Hopper", "Navy", "Admiral", "https://www.linkedin.com/in/grace-hopper"))
        .addTouches(TouchDraft.of(ContactRef.key("nobody"), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.empty(), "hello", new Origin("touches.csv", 3)))
        .build();

    assertThatThrownBy(() -> importing(batch)).isInstanceOf(ImportException.class).hasMessageContaining("touches.csv:3");

    assertThat(storage.contacts().findAll()).isEmpty();
    assertThat(storage.contacts().nextId()).isEqualTo(new ContactId(1));
  }

  @Test
  void givenASourceWhoseReadingFindsAProblemAfterItsContacts_import_failsKeepingNoneAndUsingNoId() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL),
            linkedIn(6, "Grace Hopper", "Navy", "Admiral", "https://www.linkedin.com/in/grace-hopper"))
        .addProblems(new ImportProblem("Connections.csv", 7, 7, "expected a date like 12 Mar 2021: 'soon'"))
        .build();

    assertThatThrownBy(() -> rapport.imports().importNetwork(ImportSource.of(batch), false))
        .isInstanceOf(ImportException.class).hasMessageContaining("Connections.csv:7:7");

    assertThat(storage.contacts().findAll()).isEmpty();
    assertThat(storage.contacts().nextId()).isEqualTo(new ContactId(1));
    ImportReport dry = rapport.imports().importNetwork(ImportSource.of(batch), true);
    assertThat(dry).isEqualTo(rapport.imports().importNetwork(ImportCommand.dryRun(batch)));
    assertThat(dry.problems()).hasSize(1);
  }

  @Test
  void givenASourceHandingOverItsContacts_import_reportsAndWritesAsTheBatchDoes() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL),
            linkedIn(6, "Ada Lovelace", "Difference Engines", "Engineer", ADA_URL),
            linkedIn(7, "Grace Hopper", "Navy", "Admiral", "https://www.linkedin.com/in/grace-hopper"))
        .addTouches(TouchDraft.of(ContactRef.key(ADA_URL), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.empty(), "hello", new Origin("messages.csv", 2)))
        .skipped(1)
        .build();
    InMemoryStorage other = new InMemoryStorage();
    ImportReport expected = Rapport.over(other, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .imports().importNetwork(ImportCommand.of(batch));

    ImportReport report = rapport.imports().importNetwork(ImportSource.of(batch), false);

    assertThat(report).isEqualTo(expected);
    assertThat(report.added()).isEqualTo(2);
    assertThat(report.conflicts()).hasSize(1);
    assertThat(report.touches()).isEqualTo(1);
    assertThat(storage.contacts().findAll()).isEqualTo(other.contacts().findAll());
    assertThat(storage.touches().findAll()).isEqualTo(other.touches().findAll());
  }

  @Test
  void givenAKeyThatALaterDraftGivesToAnotherContact_import_reportsItThere_andAReferenceFindsTheFirst() {
    ImportBatch batch = batch(LINKEDIN)
        .addContacts(new ContactDraft("k", new Origin("contacts.csv", 2), ContactDraft.details("Ada Lovelace")
                .addEmails("ada@engines.example").build()),
            new ContactDraft("k", new Origin("contacts.csv", 3), ContactDraft.details("Ada Lovelace")
                .addEmails("ADA@engines.example").build()),
            new ContactDraft("k", new Origin("contacts.csv", 4), ContactDraft.details("Grace Hopper")
                .addEmails("grace@navy.example").build()),
            new ContactDraft("other", new Origin("contacts.csv", 5), ContactDraft.details("Alan Turing").build()))
        .addTouches(TouchDraft.of(ContactRef.key("k"), Instant.parse("2023-06-01T14:03:22Z"), Direction.INBOUND,
            InteractionKind.MESSAGE, Optional.empty(), "hello", new Origin("messages.csv", 2)))
        .build();

    ImportReport dry = rapport.imports().importNetwork(ImportCommand.dryRun(batch));

    assertThat(dry.problems()).extracting(ImportProblem::toString)
        .containsExactly("contacts.csv:4: the key 'k' names another contact already");
    assertThat(dry.added()).isEqualTo(3);
    assertThat(dry.touches()).isEqualTo(1);
    ImportReport fixed = importing(ImmutableImportBatch.copyOf(batch).withContacts(batch.contacts().subList(0, 2)));
    assertThat(fixed.problems()).isEmpty();
    assertThat(storage.touches().findAll()).extracting(Touch::contact).containsExactly(new ContactId(1));
  }

  @Test
  void givenATouchWithSomeoneWhoIsNoContact_import_skipsIt() {
    ImportReport report = importing(batch(LINKEDIN)
        .addContacts(linkedIn(5, "Ada Lovelace", "Analytical Engines", "Engineer", ADA_URL))
        .addTouches(TouchDraft.of(ContactRef.person("LinkedIn Member", null, null), Instant.parse("2023-06-01T14:03:22Z"),
            Direction.INBOUND, InteractionKind.MESSAGE, Optional.empty(), "spam", new Origin("messages.csv", 2)))
        .build());

    assertThat(report.touches()).isZero();
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void givenManyNewPeople_import_givesThemIdsInTheFilesOrder_andASmallImportLeavesNoIdUnused() {
    ImmutableImportBatch.Builder many = batch(LINKEDIN);
    for (int line = 2; line < 2_502; line++) {
      many.addContacts(linkedIn(line, "Person " + line, "Acme", "Engineer", "https://www.linkedin.com/in/p" + line));
    }
    importing(many.build());

    List<Contact> stored = storage.contacts().findAll();
    assertThat(stored).hasSize(2_500);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).id()).isEqualTo(new ContactId(i + 1));
      assertThat(stored.get(i).displayName()).isEqualTo("Person " + (i + 2));
    }
    // ids are reserved ahead, in a few steps, for a large import: some may go unused, never many
    long next = storage.contacts().nextId().value();
    assertThat(next).isBetween(2_501L, 5_000L);

    importing(batch(LINKEDIN).addContacts(linkedIn(2, "Grace Hopper", "Navy", "Admiral", "https://www.linkedin.com/in/grace"))
        .addContacts(linkedIn(3, "Alan Turing", "Bletchley", "Cryptanalyst", "https://www.linkedin.com/in/alan")).build());
    assertThat(storage.contacts().findAll()).extracting(Contact::id).endsWith(new ContactId(next + 1), new ContactId(next + 2));
    assertThat(storage.contacts().nextId()).isEqualTo(new ContactId(next + 3));
  }
}
