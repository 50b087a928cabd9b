package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Export then import into an empty store gives the same contacts for every field vCard carries,
 * in both versions, and importing the same file again changes nothing. Each person's e-mails and
 * profile URL are their own (an import rightly merges two cards that share one), and in lower
 * case: an import takes two addresses that differ only in case for one, as every importer does.
 */
class VCardRoundTripTest {

  /** What vCard carries of a contact: the fields compared after the round trip. */
  record Carried(String displayName, Optional<String> given, Optional<String> family, List<String> emails,
      List<String> phones, Optional<String> company, Optional<String> title, Location location, Set<String> tags,
      List<ChannelProfile> linkedIn, Optional<PartialDate> birthday, Optional<PartialDate> anniversary,
      Set<String> otherDays, List<String> notes) {

    static Carried of(Rapport rapport, Contact c) {
      List<SpecialDay> days = rapport.activity().specialDays(c.id());
      return new Carried(c.displayName(), c.givenName(), c.familyName(), c.emails(), c.phones(), c.company(), c.title(),
          c.location(), new TreeSet<>(c.tags()), c.channelProfiles().stream().filter(p -> p.channel().equals("LinkedIn")).toList(),
          days.stream().filter(d -> d.kind() == SpecialDayKind.BIRTHDAY).map(SpecialDay::date).findFirst(),
          days.stream().filter(d -> d.title().equals(Optional.of("anniversary"))).map(SpecialDay::date).findFirst(),
          new TreeSet<>(days.stream().filter(d -> d.kind() == SpecialDayKind.PERSONAL_EVENT && !d.title().equals(Optional.of("anniversary")))
              .map(d -> d.date() + " " + d.title().orElse("")).toList()),
          rapport.contacts().notes(c.id()).stream().map(Note::text).toList());
    }
  }

  /** A contact as the generator makes it, with its days and notes. */
  record Person(Contact contact, Optional<PartialDate> birthday, Optional<PartialDate> anniversary,
      Optional<PartialDate> otherDay, String otherTitle, List<String> notes) {}

  @Property(tries = 40)
  void exportThenImportIntoAnEmptyStore_givesTheSameContacts_andReimportChangesNothing(
      @ForAll("people") @Size(min = 1, max = 6) List<Person> people, @ForAll("versions") VCards.Version version)
      throws IOException {
    InMemoryStorage original = new InMemoryStorage();
    Rapport from = Rapport.over(original, VCardImportTest.CLOCK);
    for (int i = 0; i < people.size(); i++) {
      add(from, people.get(i), i);
    }
    Path file = Files.createTempFile("roundtrip", ".vcf");
    try {
      assertThat(VCards.export(from.contacts(), from.activity(), file, version)).isEqualTo(people.size());
      Rapport to = Rapport.over(new InMemoryStorage(), VCardImportTest.CLOCK);

      ImportReport first = VCards.importInto(to.imports(), file, false);

      assertThat(first.added()).isEqualTo(people.size());
      assertThat(carried(to)).isEqualTo(carried(from));
      ImportReport again = VCards.importInto(to.imports(), file, false);
      assertThat(again.added() + again.merged() + again.notes() + again.specialDays() + again.jobChanges()).isZero();
      assertThat(carried(to)).isEqualTo(carried(from));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<Carried> carried(Rapport rapport) {
    List<Carried> all = new ArrayList<>();
    for (Contact c : rapport.contacts().list()) {
      all.add(Carried.of(rapport, c));
    }
    all.sort(Comparator.comparing(Carried::displayName));
    return all;
  }

  private static void add(Rapport rapport, Person person, int index) {
    Contact c = person.contact();
    NewContact command = NewContact.named(c.displayName() + " " + index)
        .emails(c.emails().stream().map(e -> index + "." + e).toList())
        .phones(c.phones()).location(c.location()).tags(c.tags())
        .channelProfiles(c.channelProfiles().stream()
            .map(p -> new ChannelProfile(p.channel(), p.handle() + "-" + index)).toList());
    command = c.givenName().map(command::givenName).orElse(command);
    command = c.familyName().map(command::familyName).orElse(command);
    command = c.company().map(command::company).orElse(command);
    command = c.title().map(command::title).orElse(command);
    Contact added = rapport.contacts().add(command);
    person.birthday().ifPresent(d -> rapport.activity().addSpecialDay(day(added, SpecialDayKind.BIRTHDAY, d, Optional.empty())));
    person.anniversary().ifPresent(d -> rapport.activity().addSpecialDay(
        day(added, SpecialDayKind.PERSONAL_EVENT, d, Optional.of("anniversary"))));
    person.otherDay().ifPresent(d -> rapport.activity().addSpecialDay(
        day(added, SpecialDayKind.PERSONAL_EVENT, d, Optional.of(person.otherTitle()))));
    for (String note : person.notes()) {
      rapport.contacts().addNote(added.id(), new Note(LocalDate.parse("2026-01-05"), note));
    }
  }

  private static SpecialDay day(Contact contact, SpecialDayKind kind, PartialDate date, Optional<String> title) {
    return SpecialDay.builder().contact(contact.id()).kind(kind).date(date).title(title).build();
  }

  @Provide
  Arbitrary<VCards.Version> versions() {
    return Arbitraries.of(VCards.Version.values());
  }

  @Provide
  Arbitrary<List<Person>> people() {
    return person().list();
  }

  /** Text with the characters vCard escapes (; , \ :), accents and a line break inside, never blank at either end. */
  static Arbitrary<String> text() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcxyzÄöüéßñ漢字;,\\:'\"-&").ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> "W" + String.join(" ", words) + "z");
  }

  static Arbitrary<Optional<String>> optionalText() {
    return text().optional(0.7);
  }

  static Arbitrary<PartialDate> date() {
    Arbitrary<MonthDay> monthDay = Arbitraries.integers().between(1, 365).map(d -> MonthDay.from(LocalDate.ofYearDay(2024, d)));
    Arbitrary<Optional<Year>> year = Arbitraries.integers().between(1900, 2020).map(Year::of).optional(0.6);
    return Combinators.combine(monthDay, year).as((md, y) -> y.isPresent() && !md.isValidYear(y.get().getValue())
        ? PartialDate.of(md) : new PartialDate(md, y));
  }

  Arbitrary<Person> person() {
    Arbitrary<Contact> contact = Combinators.combine(
        text(), optionalText(), optionalText(),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(s -> s + "@example.org").list().ofMaxSize(3).uniqueElements(),
        Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(12).map(s -> "+" + s).list().ofMaxSize(2).uniqueElements(),
        optionalText(), optionalText(),
        Combinators.combine(optionalText(), optionalText(), optionalText()).as((a, b, c) -> new Location(a, b, c)))
        .as((name, given, family, emails, phones, company, title, location) -> ContactDrafts.contact(name)
            .givenName(given).familyName(family).emails(emails).phones(phones).company(company).title(title)
            .location(location).build());
    Arbitrary<Set<String>> tags = text().set().ofMaxSize(3);
    Arbitrary<Optional<String>> linkedIn = Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(10)
        .map(s -> "https://www.linkedin.com/in/" + s).optional(0.5);
    Arbitrary<Contact> withMore = Combinators.combine(contact, tags, linkedIn).as((c, t, l) -> Contact.builder().from(c)
        .tags(t).channelProfiles(l.map(url -> List.of(new ChannelProfile("LinkedIn", url))).orElse(List.of())).build());
    return Combinators.combine(withMore, date().optional(0.6), date().optional(0.4), date().optional(0.3), text(),
        text().list().ofMaxSize(2).uniqueElements()).as(Person::new);
  }
}
