package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressBookImportTest {

  static final String GOOGLE = """
      First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Address 1 - Country,Website 1 - Label,Website 1 - Value
      Ada,,Lovelace,,Analytical Engines,Engineer,1815-12-10,"Met at the Royal Society.
      Likes poetry.",* myContacts ::: * starred ::: Friends,Home,ada@home.example,* Work,ada@work.example ::: ada2@work.example,Mobile,+44 20 7946 0000,London,UK,Profile,https://www.linkedin.com/in/ada-lovelace
      Grace,,Hopper,,US Navy,,--12-09,,* myContacts,,grace@navy.example,,,,,,,,
      ,,,,,,,,* myContacts,,,,,,,,,,
      """;

  static final String GOOGLE_LEGACY = """
      Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title
      Ada Lovelace,Ada,,Lovelace,1815-12-10,,* My Contacts ::: Mathematicians,* Work,ada@work.example,Analytical Engines,Engineer
      """;

  static final String OUTLOOK = "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Company\",\"Job Title\","
      + "\"Business City\",\"E-mail Address\",\"E-mail 2 Address\",\"Mobile Phone\",\"Birthday\",\"Categories\",\"Notes\"\r\n"
      + "\"Zoë\",\"\",\"Müller\",\"Dr.\",\"Café Zürich\",\"Geschäftsführerin\",\"Zürich\",\"zoe@cafe.example\",\"\",\"+41 44 000 00 00\","
      + "\"4/12/1985\",\"VIP;Kunden\",\"\"\r\n"
      + "\"Jürgen\",\"\",\"Schmidt\",\"\",\"\",\"\",\"\",\"jurgen@example.de\",\"\",\"\",\"0/0/00\",\"\",\"\"\r\n";

  final InMemoryStorage storage = new InMemoryStorage();
  final Rapport rapport = Rapport.over(storage, NativeRoundTripTest.CLOCK);

  @Test
  void givenAGoogleContactsExport_import_readsMultiValuesBirthdaysLabelsAndNotes(@TempDir Path dir) throws IOException {
    Path file = LinkedInImportTest.write(dir, "contacts.csv", GOOGLE);

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, file, false);

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.emails()).containsExactly("ada@work.example", "ada2@work.example", "ada@home.example");
    assertThat(ada.phones()).containsExactly("+44 20 7946 0000");
    assertThat(ada.company()).contains("Analytical Engines");
    assertThat(ada.tags()).containsExactly("starred", "Friends");
    assertThat(ada.location()).isEqualTo(Location.of("London", null, "UK"));
    assertThat(ada.channelProfiles()).containsExactly(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/ada-lovelace"));
    assertThat(rapport.contacts().notes(ada.id())).extracting(Note::text)
        .containsExactly("Met at the Royal Society.\nLikes poetry.");
    assertThat(rapport.activity().specialDays()).extracting(SpecialDay::kind, SpecialDay::date).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("1815-12-10")),
        org.assertj.core.groups.Tuple.tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("--12-09")));
  }

  @Test
  void givenAGoogleExportImported_reimportOnALaterDay_addsNoNoteTwice(@TempDir Path dir) throws IOException {
    Path file = LinkedInImportTest.write(dir, "contacts.csv", GOOGLE);
    CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, file, false);
    Rapport later = Rapport.over(storage, java.time.Clock.offset(NativeRoundTripTest.CLOCK, java.time.Duration.ofDays(30)));

    ImportReport again = CsvImports.importInto(later.imports(), CsvFormat.GOOGLE, file, false);

    assertThat(again.notes() + again.specialDays() + again.added() + again.merged()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
  }

  @Test
  void givenTheOlderGoogleCsv_import_readsItToo(@TempDir Path dir) throws IOException {
    CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, LinkedInImportTest.write(dir, "google.csv", GOOGLE_LEGACY), false);

    Contact ada = rapport.contacts().resolve("ada@work.example");
    assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
    assertThat(ada.title()).contains("Engineer");
    assertThat(ada.tags()).containsExactly("Mathematicians");
  }

  @Test
  void givenGoogleAndThenLinkedIn_theSamePersonIsMergedByProfileUrl(@TempDir Path dir) throws IOException {
    CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, LinkedInImportTest.write(dir, "contacts.csv", GOOGLE), false);

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN,
        LinkedInImportTest.write(dir, "Connections.csv", LinkedInImportTest.CONNECTIONS), false);

    assertThat(report.merged()).isEqualTo(2);
    assertThat(report.added()).isZero();
    assertThat(report.conflicts()).extracting(c -> c.contact() + "/" + c.field()).contains("Ada Lovelace/company");
    assertThat(storage.contacts().findAll()).hasSize(2);
  }

  @Test
  void givenAGoogleContactWhoseCompanyChanged_aLaterGoogleExport_isAJobChange(@TempDir Path dir) throws IOException {
    CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, LinkedInImportTest.write(dir, "contacts.csv", GOOGLE), false);
    String later = GOOGLE.replace("Analytical Engines,Engineer", "Difference Labs,Head of Research");

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE,
        LinkedInImportTest.write(dir, "contacts-later.csv", later), false);

    assertThat(report.jobChanges()).isEqualTo(1);
    assertThat(report.conflicts()).isEmpty();
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.company()).contains("Difference Labs");
    assertThat(ada.title()).contains("Head of Research");
    assertThat(rapport.contacts().notes(ada.id())).extracting(Note::text)
        .anySatisfy(text -> assertThat(text).contains("Engineer at Analytical Engines"));
    assertThat(storage.specialDays().forContact(ada.id())).extracting(SpecialDay::kind).contains(SpecialDayKind.ACCOMPLISHMENT);
  }

  @Test
  void givenALinkedInConnection_anOutlookRowWithAnotherCompany_isAConflictNotAJobChange(@TempDir Path dir)
      throws IOException {
    CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, LinkedInImportTest.write(dir, "Connections.csv", LinkedInImportTest.CONNECTIONS
        + "Zoë,Müller,https://www.linkedin.com/in/zoe-mueller,zoe@cafe.example,Northwind,CTO,02 Jan 2020\n"), false);

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.OUTLOOK,
        LinkedInImportTest.write(dir, "outlook.csv", OUTLOOK), false);

    assertThat(report.jobChanges()).isZero();
    assertThat(report.conflicts()).extracting(c -> c.contact() + "/" + c.field() + ": " + c.kept() + " | " + c.incoming())
        .contains("Zoë Müller/company: Northwind | Café Zürich");
    assertThat(rapport.contacts().resolve("Zoë Müller").company()).contains("Northwind");
  }

  @Test
  void givenABadBirthday_import_namesTheCell(@TempDir Path dir) throws IOException {
    Path file = LinkedInImportTest.write(dir, "contacts.csv", GOOGLE.replace("--12-09", "12/9"));

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.GOOGLE, file, false))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(":4:7: column 7 (Birthday): expected a birthday like 1985-04-12 or --04-12, found '12/9'");
    assertThat(storage.contacts().findAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "windows-1252"})
  void givenAnOutlookExportInAnyCommonEncoding_import_readsTheSameContacts(String encoding, @TempDir Path dir)
      throws IOException {
    byte[] bytes = switch (encoding) {
      case "UTF-8" -> OUTLOOK.getBytes(StandardCharsets.UTF_8);
      case "UTF-8 BOM" -> ("\uFEFF" + OUTLOOK).getBytes(StandardCharsets.UTF_8);
      case "UTF-16LE BOM" -> ("\uFEFF" + OUTLOOK).getBytes(StandardCharsets.UTF_16LE);
      case "UTF-16BE BOM" -> ("\uFEFF" + OUTLOOK).getBytes(StandardCharsets.UTF_16BE);
      default -> OUTLOOK.getBytes(Charset.forName("windows-1252"));
    };
    Path file = dir.resolve("outlook.csv");
    Files.write(file, bytes);

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.OUTLOOK, file, false);

    assertThat(report.added()).isEqualTo(2);
    Contact zoe = rapport.contacts().resolve("zoe@cafe.example");
    assertThat(zoe.displayName()).isEqualTo("Zoë Müller");
    assertThat(zoe.company()).contains("Café Zürich");
    assertThat(zoe.title()).as("Job Title, not the Mr./Dr. title").contains("Geschäftsführerin");
    assertThat(zoe.tags()).containsExactly("VIP", "Kunden");
    assertThat(rapport.activity().specialDays()).as("0/0/00 is no birthday").singleElement()
        .satisfies(day -> assertThat(day.date()).isEqualTo(PartialDate.parse("1985-04-12")));
  }

  @Test
  void givenUtf16WithoutAMark_import_saysItIsNoText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("outlook.csv");
    Files.write(file, OUTLOOK.getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.OUTLOOK, file, false))
        .isInstanceOf(ImportException.class).hasMessageContaining(":1:2: expected text, found a NUL character");
  }

  @Test
  void givenAnOutlookFileWithNoKnownColumn_import_saysWhatItExpected(@TempDir Path dir) throws IOException {
    Path file = LinkedInImportTest.write(dir, "outlook.csv", "Foo,Bar\n1,2\n");

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.OUTLOOK, file, false))
        .isInstanceOf(ImportException.class).hasMessageContaining("expected a header line with First Name, Last Name");
  }
}
