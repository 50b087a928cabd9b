package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VCardImportTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

  /** vCard 2.1 as Android and Outlook write it: quoted-printable in a charset, soft line breaks, bare TYPE parameters. */
  static final String V21 = """
      BEGIN:VCARD
      VERSION:2.1
      N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB;;;
      FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB M=C3=BCller
      ORG:Caf=E9 Z=FCrich;Kitchen
      TITLE:Gesch\u00e4ftsf\u00fchrerin
      TEL;WORK:+41 44 000 00 00
      TEL;CELL;PREF:+41 79 000 00 00
      EMAIL;INTERNET:zoe@home.example
      EMAIL;PREF;INTERNET:zoe@cafe.example
      BDAY:19850412
      NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond =
      line
      PHOTO;ENCODING=BASE64;TYPE=JPEG:
          /9j/4AAQSkZJRgABAQAAAQABAAD/4QBYRXhpZgAATU0AKgAAAAgAAgESAAMAAAABAAEAAIdp
          AAQAAAABAAAAJgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAAyKADAAQAAAABAAAAyAAA

      END:VCARD
      """.replace("ORG:Caf=E9 Z=FCrich;Kitchen", "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Caf=E9 Z=FCrich;Kitchen");

  /** vCard 3.0 as an iPhone writes it: folded lines, item groups with X-ABLabel, a year-less birthday. */
  static final String V30 = """
      BEGIN:VCARD
      VERSION:3.0
      N:Lovelace;Ada;;;
      FN:Ada Lovelace
      ORG:Analytical Engines;
      TITLE:Engineer
      item1.EMAIL;type=INTERNET;type=pref:ada@engines.example
      item1.X-ABLabel:_$!<Other>!$_
      item2.URL:https://www.linkedin.com/in/
       ada-lovelace
      item2.X-ABLabel:_$!<HomePage>!$_
      item3.X-ABDATE;type=pref:1835-07-08
      item3.X-ABLabel:_$!<Anniversary>!$_
      item4.X-ABDATE:2001-05-01
      item4.X-ABLabel:Day we met
      BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10
      ADR;type=WORK:;;12 St James's Square;London;;SW1Y 4JH;United Kingdom
      CATEGORIES:Mathematicians,Friends,My Contacts
      NOTE:Met at the Royal Society.\\nLikes poetry.
      PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4QBYRXhpZgAATU0AKgAAAAgAAgESAAMAAAABAAEAAIdp
      END:VCARD
      BEGIN:VCARD
      VERSION:4.0
      FN:Grace Hopper
      EMAIL;PREF=1:grace@navy.example
      BDAY:--1209
      ANNIVERSARY:19460101T1200Z
      END:VCARD
      BEGIN:VCARD
      VERSION:3.0
      N:;;;;
      FN:
      END:VCARD
      """;

  final InMemoryStorage storage = new InMemoryStorage();
  final Rapport rapport = Rapport.over(storage, CLOCK);

  static Path write(Path dir, String name, String text) throws IOException {
    return write(dir, name, text, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace("\n", "\r\n"), charset);
    return file;
  }

  @Test
  void givenVCard21_import_decodesQuotedPrintableInItsCharset_prefersThePreferred_andSkipsThePhoto(@TempDir Path dir)
      throws IOException {
    Path file = write(dir, "android.vcf", V21);

    ImportReport report = VCards.importInto(rapport.imports(), file, false);

    assertThat(report.source()).isEqualTo("vCard");
    assertThat(report.added()).isEqualTo(1);
    Contact zoe = rapport.contacts().resolve("Zoë Müller");
    assertThat(zoe.givenName()).contains("Zoë");
    assertThat(zoe.familyName()).contains("Müller");
    assertThat(zoe.company()).contains("Café Zürich");
    assertThat(zoe.title()).contains("Geschäftsführerin");
    assertThat(zoe.emails()).containsExactly("zoe@cafe.example", "zoe@home.example");
    assertThat(zoe.phones()).containsExactly("+41 79 000 00 00", "+41 44 000 00 00");
    assertThat(rapport.contacts().notes(zoe.id())).extracting(Note::text).containsExactly("First line\r\nSecond line");
    assertThat(rapport.activity().specialDays(zoe.id())).extracting(SpecialDay::kind, SpecialDay::date)
        .containsExactly(tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("1985-04-12")));
    assertThat(zoe.toString()).doesNotContain("/9j/4AAQ");
  }

  @Test
  void givenVCard30And40_import_readsGroupsLabelsFoldedUrlsYearlessDaysCategoriesAndNotes(@TempDir Path dir)
      throws IOException {
    Path file = write(dir, "iphone.vcf", V30);

    ImportReport report = VCards.importInto(rapport.imports(), file, false);

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.emails()).containsExactly("ada@engines.example");
    assertThat(ada.company()).contains("Analytical Engines");
    assertThat(ada.title()).contains("Engineer");
    assertThat(ada.location()).isEqualTo(Location.of("London", null, "United Kingdom"));
    assertThat(ada.tags()).containsExactly("Mathematicians", "Friends");
    assertThat(ada.channelProfiles()).containsExactly(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/ada-lovelace"));
    assertThat(rapport.contacts().notes(ada.id())).extracting(Note::text)
        .containsExactly("Met at the Royal Society.\nLikes poetry.");
    assertThat(rapport.activity().specialDays(ada.id())).extracting(SpecialDay::kind, SpecialDay::date, SpecialDay::title)
        .containsExactlyInAnyOrder(
            tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("--12-10"), Optional.empty()),
            tuple(SpecialDayKind.PERSONAL_EVENT, PartialDate.parse("1835-07-08"), Optional.of("anniversary")),
            tuple(SpecialDayKind.PERSONAL_EVENT, PartialDate.parse("2001-05-01"), Optional.of("Day we met")));
    Contact grace = rapport.contacts().resolve("Grace Hopper");
    assertThat(rapport.activity().specialDays(grace.id())).extracting(SpecialDay::kind, SpecialDay::date)
        .containsExactlyInAnyOrder(
            tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("--12-09")),
            tuple(SpecialDayKind.PERSONAL_EVENT, PartialDate.parse("1946-01-01")));
  }

  @Test
  void givenAFolderOfCards_import_readsEveryVcfInIt(@TempDir Path dir) throws IOException {
    write(dir, "a.vcf", V21);
    Files.createDirectories(dir.resolve("more"));
    write(dir.resolve("more"), "b.VCF", V30);
    write(dir, "readme.txt", "not a card");

    ImportReport report = VCards.importInto(rapport.imports(), dir, false);

    assertThat(report.added()).isEqualTo(3);
  }

  @Test
  void givenTheSameFileTwice_reimport_changesNothing(@TempDir Path dir) throws IOException {
    Path file = write(dir, "iphone.vcf", V30 + V21);
    VCards.importInto(rapport.imports(), file, false);
    var before = storage.contacts().findAll();
    int days = rapport.activity().specialDays().size();

    ImportReport again = VCards.importInto(rapport.imports(), file, false);

    assertThat(again.added()).isZero();
    assertThat(again.merged()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.notes()).isZero();
    assertThat(again.specialDays()).isZero();
    assertThat(storage.contacts().findAll()).isEqualTo(before);
    assertThat(rapport.activity().specialDays()).hasSize(days);
  }

  @Test
  void givenALinkedInConnection_aCardWithTheirProfileUrl_mergesIntoThem(@TempDir Path dir) throws IOException {
    Contact known = rapport.contacts().add(NewContact.named("A. Lovelace")
        .sourceChannel("LinkedIn")
        .channelProfiles(List.of(new ChannelProfile("LinkedIn", "linkedin.com/in/ada-lovelace/"))));
    Path file = write(dir, "iphone.vcf", V30);

    ImportReport report = VCards.importInto(rapport.imports(), file, false);

    assertThat(report.merged()).isEqualTo(1);
    assertThat(report.added()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve(String.valueOf(known.id().value()));
    assertThat(ada.displayName()).isEqualTo("A. Lovelace");
    assertThat(ada.emails()).containsExactly("ada@engines.example");
    assertThat(report.conflicts()).anySatisfy(c -> assertThat(c.toString()).contains("Ada Lovelace"));
  }

  @Test
  void givenAnAddressBookContact_aCardWithAnotherCompany_isAJobChange(@TempDir Path dir) throws IOException {
    rapport.contacts().add(NewContact.named("Ada Lovelace").emails(List.of("ada@engines.example"))
        .company("Babbage & Co").title("Engineer"));
    Path file = write(dir, "iphone.vcf", V30);

    ImportReport report = VCards.importInto(rapport.imports(), file, false);

    assertThat(report.jobChanges()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.company()).contains("Analytical Engines");
    assertThat(rapport.activity().specialDays(ada.id())).extracting(SpecialDay::kind).contains(SpecialDayKind.ACCOMPLISHMENT);
  }

  @Test
  void givenADryRun_import_reportsButWritesNothing(@TempDir Path dir) throws IOException {
    Path file = write(dir, "iphone.vcf", V30);

    ImportReport report = VCards.importInto(rapport.imports(), file, true);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.added()).isEqualTo(2);
    assertThat(rapport.contacts().list()).isEmpty();
  }

  @Test
  void givenACardThatNeverEnds_import_failsWithFileAndTheCardsLine_andWritesNothing(@TempDir Path dir) throws IOException {
    Path file = write(dir, "cut.vcf", V30.substring(0, V30.indexOf("BEGIN:VCARD\nVERSION:3.0\nN:;;;;")));
    String cut = Files.readString(file).replace("END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0", "BEGIN:VCARD\r\nVERSION:4.0");
    Files.writeString(file, cut.substring(0, cut.lastIndexOf("END:VCARD")));

    assertThatThrownBy(() -> VCards.importInto(rapport.imports(), file, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(ImportProblem::file,
                ImportProblem::line).containsExactly(tuple(file.toString(), 1L)))
        .hasMessageContaining("expected END:VCARD");
    assertThat(rapport.contacts().list()).isEmpty();
  }

  @Test
  void givenABadBirthdayInTheSecondCard_import_namesThatCardsLine_andWritesNothing(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.vcf", V30.replace("BDAY:--1209", "BDAY;VALUE=text:around Christmas"));
    long line = V30.lines().toList().indexOf("FN:Grace Hopper");

    assertThatThrownBy(() -> VCards.importInto(rapport.imports(), file, false))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          ImportProblem problem = e.problems().get(0);
          assertThat(problem.line()).isEqualTo(line - 1);
          assertThat(problem.message()).contains("BDAY", "expected a date like 1985-04-12", "around Christmas");
        });
    assertThat(rapport.contacts().list()).isEmpty();
  }

  @Test
  void givenABadAddressOrALineThatIsNoProperty_import_reportsEachWithItsLine(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.vcf", V30.replace("ada@engines.example", "ada at engines").replace("TITLE:Engineer", "TITLE:Engineer\nthis is no property"));

    assertThatThrownBy(() -> VCards.importInto(rapport.imports(), file, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(ImportProblem::line,
            ImportProblem::message).anySatisfy(t -> assertThat(t.toList()).containsExactly(1L,
                "EMAIL: expected an e-mail address like name@example.org, found 'ada at engines'"))
            .anySatisfy(t -> assertThat((Long) t.toList().get(0)).isEqualTo(7L)));
    assertThat(rapport.contacts().list()).isEmpty();
  }

  @Test
  void givenAFileWithNoCard_import_saysWhatWasExpected(@TempDir Path dir) throws IOException {
    Path file = write(dir, "empty.vcf", "First Name,Last Name\nAda,Lovelace\n");

    assertThatThrownBy(() -> VCards.importInto(rapport.imports(), file, false))
        .isInstanceOf(ImportException.class).hasMessageContaining("empty.vcf").hasMessageContaining("expected vCards");
  }

  @Test
  void givenWindows1252Text_import_readsIt(@TempDir Path dir) throws IOException {
    Path file = write(dir, "outlook.vcf", "BEGIN:VCARD\nVERSION:2.1\nN:Müller;Zoë\nFN:Zoë Müller\nEND:VCARD\n",
        Charset.forName("windows-1252"));

    VCards.importInto(rapport.imports(), file, false);

    assertThat(rapport.contacts().list()).extracting(Contact::displayName).containsExactly("Zoë Müller");
  }
}
