package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.HelperThreads;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInImportTest {

  static final String CONNECTIONS = """
      Notes:
      "When exporting your connection data, you may notice that some of the email addresses are missing."

      First Name,Last Name,URL,Email Address,Company,Position,Connected On
      Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,"Northwind Analytics, Inc.",\"\"\"Chief\"\" of Staff\",12 Mar 2021
      Grace,Hopper,https://www.linkedin.com/in/grace-hopper,grace@navy.example,US Navy,Rear Admiral,01 Feb 2019
      ,,,,,,21 Feb 2026
      """;

  static final String MESSAGES = """
      CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
      c1,,Owen Owner,https://www.linkedin.com/in/owen-owner,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,2023-06-01 14:03:22 UTC,,"Hi Ada,
      how are the engines?",INBOX
      c1,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Owen Owner,https://www.linkedin.com/in/owen-owner,2023-06-02 09:00:00 UTC,,Running well,INBOX
      c2,,Owen Owner,https://www.linkedin.com/in/owen-owner,Grace Hopper,https://www.linkedin.com/in/grace-hopper,2023-07-01 10:00:00 UTC,Debugging,Found a moth,INBOX
      c3,,LinkedIn Member,,Owen Owner,https://www.linkedin.com/in/owen-owner,2023-08-01 10:00:00 UTC,,Buy now,INBOX
      """;

  static final String INVITATIONS = """
      From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
      Owen Owner,Grace Hopper,"1/15/19, 4:05 PM",Glad we met,OUTGOING,https://www.linkedin.com/in/owen-owner,https://www.linkedin.com/in/grace-hopper
      """;

  final InMemoryStorage storage = new InMemoryStorage();
  final Rapport rapport = Rapport.over(storage, NativeRoundTripTest.CLOCK);

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void givenConnectionsWithItsPreamble_import_readsEveryoneFromTheHeaderOn(@TempDir Path dir) throws IOException {
    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, write(dir, "Connections.csv", CONNECTIONS), false);

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.skipped()).as("the hidden profile").isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada Lovelace");
    assertThat(ada.company()).contains("Northwind Analytics, Inc.");
    assertThat(ada.title()).contains("\"Chief\" of Staff");
    assertThat(ada.connectedOn()).contains(LocalDate.of(2021, 3, 12));
    assertThat(ada.sourceChannel()).contains("LinkedIn");
    assertThat(ada.channelProfiles()).containsExactly(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/ada-lovelace"));
    assertThat(rapport.contacts().resolve("grace@navy.example").displayName()).isEqualTo("Grace Hopper");
  }

  @Test
  void givenAnExcelResave_import_readsTheBomCrlfAndShortDates(@TempDir Path dir) throws IOException {
    String excel = "\uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        + "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Northwind,CTO,4-Apr-21\r\n";

    CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, write(dir, "Connections.csv", excel), false);

    assertThat(rapport.contacts().resolve("Ada").connectedOn()).contains(LocalDate.of(2021, 4, 4));
  }

  @Test
  void givenTheWholeExportAsAZip_import_addsMessagesAndInvitationsAsTouchesSeenFromTheOwner(@TempDir Path dir)
      throws IOException {
    Path zip = dir.resolve("Basic_LinkedInDataExport_03-09-2026.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
      for (String[] file : new String[][] {{"Connections.csv", CONNECTIONS}, {"messages.csv", MESSAGES},
          {"Invitations.csv", INVITATIONS}, {"Profile.csv", "First Name\nOwen\n"}}) {
        entries.putNextEntry(new ZipEntry(file[0]));
        entries.write(file[1].getBytes(StandardCharsets.UTF_8));
        entries.closeEntry();
      }
    }

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, zip, false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.touches()).isEqualTo(4);
    assertThat(report.skipped()).as("the hidden profile and the message from a hidden member").isEqualTo(2);
    Contact ada = rapport.contacts().resolve("Ada");
    assertThat(rapport.activity().touches(ada.id())).extracting(Touch::direction, Touch::summary, Touch::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Direction.OUTBOUND, "Hi Ada,", Instant.parse("2023-06-01T14:03:22Z")),
            org.assertj.core.groups.Tuple.tuple(Direction.INBOUND, "Running well", Instant.parse("2023-06-02T09:00:00Z")));
    Contact grace = rapport.contacts().resolve("Grace");
    assertThat(rapport.activity().touches(grace.id())).extracting(Touch::kind, Touch::direction, Touch::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InteractionKind.GREETING, Direction.OUTBOUND, "LinkedIn invitation: Glad we met"),
            org.assertj.core.groups.Tuple.tuple(InteractionKind.MESSAGE, Direction.OUTBOUND, "Debugging"));
    assertThat(rapport.contacts().list()).extracting(Contact::displayName).doesNotContain("Owen Owner");

    ImportReport again = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, zip, false);
    assertThat(again.added() + again.merged() + again.touches()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
  }

  @Test
  void givenTheUnpackedFolder_import_readsItsFiles(@TempDir Path dir) throws IOException {
    write(dir, "Connections.csv", CONNECTIONS);
    write(dir, "messages.csv", MESSAGES);

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, dir, false);

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.touches()).isEqualTo(3);
  }

  @Test
  void givenOneFileUnderAnotherName_import_recognisesItByItsHeader(@TempDir Path dir) throws IOException {
    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, write(dir, "renamed.csv", MESSAGES), false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.skipped()).as("nobody is a contact yet").isEqualTo(4);
  }

  @Test
  void givenALaterExportWithANewRole_import_recordsTheJobChange(@TempDir Path dir) throws IOException {
    CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, write(dir, "Connections.csv", CONNECTIONS), false);
    String later = CONNECTIONS.replace("\"Northwind Analytics, Inc.\",\"\"\"Chief\"\" of Staff\"", "Difference Labs,CEO");

    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, write(dir, "Connections.csv", later), false);

    assertThat(report.jobChanges()).isEqualTo(1);
    Contact ada = rapport.contacts().resolve("Ada");
    assertThat(ada.company()).contains("Difference Labs");
    assertThat(rapport.contacts().notes(ada.id())).singleElement()
        .satisfies(note -> assertThat(note.text()).contains("\"Chief\" of Staff at Northwind Analytics, Inc."));
    assertThat(rapport.activity().specialDays()).singleElement().satisfies(day -> {
      assertThat(day.kind()).isEqualTo(SpecialDayKind.ACCOMPLISHMENT);
      assertThat(day.title()).contains("new role at Difference Labs");
    });
  }

  @Test
  void givenABadDate_import_namesFileLineAndColumn_andWritesNothing(@TempDir Path dir) throws IOException {
    String bad = CONNECTIONS.replace("01 Feb 2019", "31 Foo 2019");
    Path file = write(dir, "Connections.csv", bad);

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, file, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).containsExactly(new ImportProblem(
            file.toString(), 6, 7, "column 7 (Connected On): expected a date like 12 Mar 2021, found '31 Foo 2019'")));
    assertThat(storage.contacts().findAll()).isEmpty();
    ImportReport dry = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, file, true);
    assertThat(dry.problems()).hasSize(1);
    assertThat(dry.added()).isEqualTo(1);
    assertThat(storage.contacts().findAll()).isEmpty();
  }

  @Test
  void givenAFileOfManyChunksReadOnAHelper_import_reportsTheProblemsAndSkipsOfEveryChunkInOrder(@TempDir Path dir)
      throws IOException {
    StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < 2000; i++) {
      if (i % 300 == 7) {
        csv.append(",,,,,,21 Feb 2026\n"); // a hidden profile, in seven of the chunks
      } else {
        csv.append("P").append(i).append(",Q,https://www.linkedin.com/in/p").append(i).append(",,Acme,Engineer,")
            .append(i == 100 || i == 1500 ? "31 Foo 2019" : "12 Mar 2021").append('\n');
      }
    }
    Path file = write(dir, "Connections.csv", csv.toString());
    Rapport helped = Rapport.over(storage, NativeRoundTripTest.CLOCK).withHelper(HelperThreads.daemons("linkedin-import"));

    ImportReport dry = CsvImports.importInto(helped.imports(), CsvFormat.LINKEDIN, file, true);

    assertThat(dry.problems()).extracting(ImportProblem::line).containsExactly(102L, 1502L); // row i is on line i + 2
    assertThat(dry.skipped()).isEqualTo(7);
    assertThat(dry.added()).isEqualTo(2000 - 7 - 2);
  }

  @Test
  void givenNoHeader_import_saysWhichColumnsItExpected(@TempDir Path dir) throws IOException {
    Path file = write(dir, "Connections.csv", "Name,Mail\nAda,ada@example.org\n");

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, file, false))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("Connections.csv:1:1: expected a header line with First Name, Last Name");
  }

  @Test
  void givenTextAfterAClosingQuote_import_keepsItInTheField(@TempDir Path dir) throws IOException {
    Path file = write(dir, "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,\"Northwind\" Inc,CTO,12 Mar 2021\n");

    CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, file, false);

    assertThat(rapport.contacts().resolve("Ada").company()).contains("Northwind Inc");
  }

  @Test
  void givenAnUnclosedQuote_import_saysWhereTheFieldStarts(@TempDir Path dir) throws IOException {
    Path file = write(dir, "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,\"Northwind,CTO,12 Mar 2021\n");

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, file, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isEqualTo(5);
          assertThat(p.message()).contains("closing quote");
        }));
  }

  @Test
  void givenAMissingFile_import_failsNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, missing, false))
        .isInstanceOf(ImportException.class).hasMessageContaining("nope.csv");
  }
}
