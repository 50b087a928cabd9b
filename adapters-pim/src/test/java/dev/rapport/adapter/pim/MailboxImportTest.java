package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import mbox} through the import use case, on mailboxes written the way Google Takeout,
 * Thunderbird and Apple Mail write them, and on hostile ones.
 */
class MailboxImportTest {

  private static final String ME = "ada@lovelace.example";
  private static final String ME_AT_WORK = "ada.lovelace@engines.example";

  @TempDir
  Path dir;

  private Rapport rapport;
  private Contact charles;
  private Contact mary;

  @BeforeEach
  void aNetworkWithTwoContacts() {
    rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC));
    rapport.profile().update(ProfileChanges.none().clearEmails(true).addEmails(ME, ME_AT_WORK));
    charles = rapport.contacts().add(NewContact.named("Charles Babbage").emails(List.of("Charles@Babbage.example")));
    mary = rapport.contacts().add(NewContact.named("Mary Somerville").emails(List.of("mary@somerville.example")));
  }

  /** Google Takeout: a numeric envelope sender, X-GM-THRID and labels, folded recipients, an encoded name, Date with a comment. */
  static final String TAKEOUT = """
      From 1781234567890123456@xxx Mon Jan 08 09:15:02 +0000 2024
      X-GM-THRID: 1781234567890123456
      X-Gmail-Labels: Sent,Opened
      Delivered-To: ada@lovelace.example
      Received: by 2002:a05:6a10:aa07:b0:4c7:1b4e:2f1c with SMTP id x7csp123;
              Mon, 8 Jan 2024 01:15:02 -0800 (PST)
      MIME-Version: 1.0
      From: =?UTF-8?Q?Ada_Lovelace?= <ada@lovelace.example>
      Date: Mon, 8 Jan 2024 09:15:02 +0000 (UTC)
      Message-ID: <CAF=takeout-1@mail.gmail.com>
      Subject: =?UTF-8?B?VGhlIGVuZ2luZQ==?=
      To: "Babbage, Charles" <charles@babbage.example>,
       =?ISO-8859-1?Q?Mary_Somerville_=28=E9crivain=29?= <mary@somerville.example>
      Content-Type: multipart/alternative; boundary="000000000000a1b2c3"

      --000000000000a1b2c3
      Content-Type: text/plain; charset="UTF-8"

      From what I see, the engine works.
      >From the notes: it does.

      --000000000000a1b2c3--

      From 1781234567890123457@xxx Tue Jan 09 10:00:00 +0000 2024
      X-GM-THRID: 1781234567890123456
      X-Gmail-Labels: Inbox,Important
      From: Charles Babbage <charles@babbage.example>
      To: Ada Lovelace <ada@lovelace.example>
      Date: Tue, 9 Jan 2024 10:00:00 +0000
      Message-ID: <takeout-2@babbage.example>
      Subject: Re: The engine

      Indeed.

      """;

  /** Thunderbird: "From - " lines, X-Mozilla-Status, CRLF line ends, a message from a list, a Cc to the owner's work address. */
  static final String THUNDERBIRD = ("""
      From - Wed Feb 14 08:00:00 2024
      X-Mozilla-Status: 0001
      X-Mozilla-Status2: 00000000
      Return-Path: <mary@somerville.example>
      From: Mary Somerville <mary@somerville.example>
      To: someone@else.example
      Cc: Ada <ada.lovelace@engines.example>
      Date: Wed, 14 Feb 2024 09:00:00 +0100
      Message-ID: <tb-1@somerville.example>
      Subject: On the connexion of the physical sciences

      From here on, a body line after a blank line that is no separator (it has no date):
      From the start it was hard.

      From the notes of 12 March: a date, but no time of day.

      From - Thu Feb 15 08:00:00 2024
      X-Mozilla-Status: 0001
      From: Charles Babbage <charles@babbage.example>
      To: analytical-engine@lists.example
      List-Id: The Analytical Engine <analytical-engine.lists.example>
      Date: Thu, 15 Feb 2024 08:00:00 +0000
      Message-ID: <tb-list@lists.example>

      To the list.

      """).replace("\n", "\r\n");

  /** Apple Mail: an envelope line with the address, no Message-ID on a draft, headers in another order, a Bcc. */
  static final String APPLE_MAIL = """
      From ada@lovelace.example Fri Mar  1 17:30:00 2024
      Content-Type: text/plain; charset=us-ascii
      Content-Transfer-Encoding: 7bit
      Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
      Subject: Dinner
      Date: Fri, 1 Mar 2024 18:30:00 +0100
      Bcc: Mary Somerville <mary@somerville.example>
      To: Charles Babbage <charles@babbage.example>
      From: Ada Lovelace <ada@lovelace.example>

      Shall we?

      """;

  private ImportReport importMbox(String text) throws IOException {
    return importMbox(text, false);
  }

  private ImportReport importMbox(String text, boolean addUnknown) throws IOException {
    Mailbox mailbox = Mailbox.of(write("mail.mbox", text), List.of(ME, ME_AT_WORK));
    return rapport.imports().importNetwork((addUnknown ? mailbox.addingUnknown() : mailbox).source(), false);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<Touch> touches(Contact contact) {
    return rapport.activity().touches(contact.id());
  }

  @Test
  void givenATakeoutMbox_theOwnersMessageTouchesEachContactOutbound_andTheReplyIsInbound() throws IOException {
    ImportReport report = importMbox(TAKEOUT);

    assertThat(report.problems()).isEmpty();
    assertThat(report.touches()).isEqualTo(3);
    assertThat(touches(charles)).extracting(Touch::direction, Touch::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Direction.OUTBOUND, Instant.parse("2024-01-08T09:15:02Z")),
        org.assertj.core.groups.Tuple.tuple(Direction.INBOUND, Instant.parse("2024-01-09T10:00:00Z")));
    assertThat(touches(mary)).singleElement().satisfies(t -> {
      assertThat(t.direction()).isEqualTo(Direction.OUTBOUND);
      assertThat(t.kind()).isEqualTo(InteractionKind.MESSAGE);
      assertThat(t.externalKey()).contains("<CAF=takeout-1@mail.gmail.com>");
    });
  }

  @Test
  void givenAThunderbirdMbox_aCcToTheOwnersOtherAddressIsInbound_aListIsLeftOut_andABodyFromLineDoesNotSplit()
      throws IOException {
    ImportReport report = importMbox(THUNDERBIRD);

    assertThat(report.problems()).isEmpty();
    assertThat(touches(mary)).singleElement().satisfies(t -> {
      assertThat(t.direction()).isEqualTo(Direction.INBOUND);
      assertThat(t.at()).isEqualTo(Instant.parse("2024-02-14T08:00:00Z"));
    });
    assertThat(touches(charles)).isEmpty();
    assertThat(report.skippedFor()).containsExactly(Map.entry(MailSource.MAILING_LIST, 1));
  }

  @Test
  void givenAnAppleMailDraftWithoutMessageId_itIsKeyedByItsHeaders_andABccCounts() throws IOException {
    ImportReport first = importMbox(APPLE_MAIL);
    ImportReport again = importMbox(APPLE_MAIL);

    assertThat(first.touches()).isEqualTo(2);
    assertThat(touches(mary)).singleElement().extracting(Touch::direction).isEqualTo(Direction.OUTBOUND);
    assertThat(touches(charles)).singleElement().satisfies(t -> {
      assertThat(t.at()).isEqualTo(Instant.parse("2024-03-01T17:30:00Z"));
      assertThat(t.externalKey()).hasValueSatisfying(k -> assertThat(k).matches("no-message-id:[0-9a-f]{32}"));
    });
    assertThat(again.touches()).isZero();
    assertThat(again.skippedFor()).containsEntry("already imported", 1);
  }

  @Test
  void anAppleMailExport_aFolderHoldingAFileNamedMbox_importsGivenTheFolder() throws IOException {
    Path export = Files.createDirectories(dir.resolve("Sent Messages.mbox"));
    Files.writeString(export.resolve("mbox"), APPLE_MAIL, StandardCharsets.UTF_8);
    Files.writeString(export.resolve("table_of_contents"), "binary index Apple Mail keeps beside it");

    ImportReport report = rapport.imports().importNetwork(Mailbox.of(export, List.of(ME)).source(), false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.source()).isEqualTo("mbox Sent Messages.mbox/mbox");
    assertThat(touches(charles)).hasSize(1);
  }

  @Test
  void reimportingTheSameMailbox_addsNothing_andCountsEachMessageAlreadyImportedOnce() throws IOException {
    importMbox(TAKEOUT);
    ImportReport again = importMbox(TAKEOUT);

    assertThat(again.touches()).isZero();
    assertThat(again.skippedFor()).containsEntry("already imported", 2);
    assertThat(touches(charles)).hasSize(2);
    assertThat(touches(mary)).hasSize(1);
  }

  @Test
  void aDryRun_reportsTheTouches_andWritesNothing() throws IOException {
    ImportReport report = rapport.imports().importNetwork(
        Mailbox.of(write("mail.mbox", TAKEOUT), List.of(ME)).source(), true);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.touches()).isEqualTo(3);
    assertThat(touches(charles)).isEmpty();
    assertThat(touches(mary)).isEmpty();
  }

  @Test
  void broadcastsAndMessagesWithoutDateOrSender_areLeftOutAndCounted_andUnknownCorrespondentsCounted() throws IOException {
    StringBuilder recipients = new StringBuilder("charles@babbage.example");
    for (int i = 1; i <= 10; i++) {
      recipients.append(", person").append(i).append("@crowd.example");
    }
    String mbox = message("<b@x>", "Ada <" + ME + ">", recipients.toString(), "Mon, 1 Apr 2024 10:00:00 +0000")
        + message("<n@x>", "Ada <" + ME + ">", "charles@babbage.example", null)
        + message("<s@x>", "undisclosed", "charles@babbage.example", "Mon, 1 Apr 2024 10:00:00 +0000")
        + message("<d@x>", "Ada <" + ME + ">", "charles@babbage.example", "the day after tomorrow")
        + message("<u1@x>", "Ada <" + ME + ">", "grace@hopper.example, charles@babbage.example", "Tue, 2 Apr 2024 10:00:00 +0000")
        + message("<u2@x>", "Grace Hopper <grace@hopper.example>", ME, "Wed, 3 Apr 2024 10:00:00 +0000")
        + message("<u3@x>", "Alan <alan@turing.example>", ME, "Wed, 3 Apr 2024 11:00:00 +0000");

    ImportReport report = importMbox(mbox);

    assertThat(report.problems()).isEmpty();
    assertThat(report.skippedFor()).containsExactly(Map.entry("more than 10 recipients", 1),
        Map.entry(MailSource.NO_DATE, 2), Map.entry(MailSource.NO_SENDER, 1));
    assertThat(report.touches()).isEqualTo(1);
    assertThat(report.unknownPeople()).isEqualTo(2);
    assertThat(touches(charles)).singleElement().extracting(Touch::externalKey).isEqualTo(java.util.Optional.of("<u1@x>"));
  }

  @Test
  void addUnknown_addsThosTheOwnerWroteToAtLeastTwice_withTheirHeaderName_andTouchesThem() throws IOException {
    String mbox = message("<1@x>", ME, "=?UTF-8?Q?Gr=C3=A2ce_Hopper?= <grace@hopper.example>", "Mon, 1 Apr 2024 10:00:00 +0000")
        + message("<2@x>", ME, "grace@hopper.example, Alan <alan@turing.example>", "Tue, 2 Apr 2024 10:00:00 +0000")
        + message("<3@x>", "Alan <alan@turing.example>", ME, "Wed, 3 Apr 2024 10:00:00 +0000")
        + message("<4@x>", ME, "Charles B. <charles@babbage.example>", "Thu, 4 Apr 2024 10:00:00 +0000")
        + message("<5@x>", ME, "Charles B. <charles@babbage.example>", "Fri, 5 Apr 2024 10:00:00 +0000");

    ImportReport report = importMbox(mbox, true);

    assertThat(report.problems()).isEmpty();
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.conflicts()).as("a known contact is left as the owner keeps them").isEmpty();
    Contact grace = rapport.contacts().resolve("grace@hopper.example");
    assertThat(grace.displayName()).isEqualTo("Grâce Hopper");
    assertThat(grace.connectedOn()).contains(java.time.LocalDate.parse("2024-04-01"));
    assertThat(touches(grace)).hasSize(2);
    assertThat(rapport.contacts().resolve(charles.id().toString()).displayName()).isEqualTo("Charles Babbage");
    assertThat(touches(charles)).hasSize(2);
    assertThat(report.unknownPeople()).as("Alan, written to once").isEqualTo(1);
  }

  @Test
  void aTruncatedMailbox_failsWithTheLineOfTheCutMessage_andWritesNothing() throws IOException {
    String whole = TAKEOUT;
    String cut = whole.substring(0, whole.indexOf("Message-ID: <takeout-2"));

    assertThatThrownBy(() -> importMbox(cut))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("mail.mbox");
          assertThat(p.line()).isEqualTo(lineOf(whole, "From 1781234567890123457@xxx"));
          assertThat(p.message()).contains("truncated");
        }));
    assertThat(touches(charles)).isEmpty();
    assertThat(touches(mary)).isEmpty();
  }

  @Test
  void aFileThatIsNoMbox_binaryGarbageOrAnotherFormat_failsAtItsFirstLine() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    garbage[0] = 'P';
    Path binary = dir.resolve("garbage.mbox");
    Files.write(binary, garbage);
    Path csv = write("contacts.mbox", "First Name,Last Name\nAda,Lovelace\n");
    Path empty = write("empty.mbox", "");

    for (Path file : List.of(binary, csv, empty)) {
      assertThatThrownBy(() -> rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), false))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.getFileName().toString());
            assertThat(p.message()).startsWith("expected an mbox file");
          }));
    }
    ImportReport dry = rapport.imports().importNetwork(Mailbox.of(csv, List.of(ME)).source(), true);
    assertThat(dry.problems()).singleElement().extracting(p -> p.line()).isEqualTo(1L);
  }

  @Test
  void aTenMegabyteHeader_isLeftOutAsTooLarge_andTheMessagesAroundItImport() throws IOException {
    Path file = dir.resolve("huge.mbox");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(message("<before@x>", ME, "charles@babbage.example", "Mon, 1 Apr 2024 10:00:00 +0000")
          .getBytes(StandardCharsets.UTF_8));
      out.write(("From - Mon Apr  1 11:00:00 2024\nFrom: " + ME + "\nTo: mary@somerville.example\n"
          + "Date: Mon, 1 Apr 2024 11:00:00 +0000\nX-Junk: ").getBytes(StandardCharsets.UTF_8));
      byte[] line = ("x".repeat(76) + "\n ").getBytes(StandardCharsets.UTF_8);
      for (int written = 0; written < 10 << 20; written += line.length) {
        out.write(line);
      }
      out.write("end\n\nbody\n\n".getBytes(StandardCharsets.UTF_8));
      out.write(message("<after@x>", ME, "charles@babbage.example", "Tue, 2 Apr 2024 10:00:00 +0000")
          .getBytes(StandardCharsets.UTF_8));
    }

    ImportReport report = rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), false);

    assertThat(report.skippedFor()).containsExactly(Map.entry(MailSource.OVERSIZED, 1));
    assertThat(touches(charles)).hasSize(2);
    assertThat(touches(mary)).isEmpty();
  }

  @Test
  void brokenEncodings_rawLatin1_invalidUtf8_andAnUnknownCharset_stillImportByAddress() throws IOException {
    byte[] latin1 = ("From - Mon Apr  1 10:00:00 2024\nFrom: Fran\u00e7ois <francois@x.example>\nTo: " + ME
        + "\nDate: Mon, 1 Apr 2024 10:00:00 +0000\n\n\n").getBytes(StandardCharsets.ISO_8859_1);
    String rest = message("<2@x>", "=?x-unknown-charset?Q?Mary_S?= <mary@somerville.example>", ME,
        "Tue, 2 Apr 2024 10:00:00 +0000")
        + message("<3@x>", "=?UTF-8?B?broken!!base64?= <charles@babbage.example>", ME, "Wed, 3 Apr 2024 10:00:00 +0000");
    Path file = dir.resolve("odd.mbox");
    byte[] invalidUtf8 = ("From - Mon Apr  1 09:00:00 2024\nFrom: Ch\u00e4rles <charles@babbage.example>\nTo: " + ME
        + "\nDate: Mon, 1 Apr 2024 09:00:00 +0000\n\n\n").getBytes(StandardCharsets.UTF_8);
    int umlaut = new String(invalidUtf8, StandardCharsets.UTF_8).indexOf('\u00e4') + 1; // its byte offset: ASCII before it
    invalidUtf8[umlaut] = 'x'; // its lead byte now has no continuation: the From field is not UTF-8
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(latin1);
      out.write(invalidUtf8);
      out.write(rest.getBytes(StandardCharsets.UTF_8));
    }

    ImportReport report = rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), false);

    assertThat(report.problems()).isEmpty();
    assertThat(touches(mary)).hasSize(1);
    assertThat(touches(charles)).hasSize(2);
    assertThat(report.unknownPeople()).isEqualTo(1);
  }

  @Test
  void aLargeMailbox_isWrittenInChunksAsItIsRead_everyTouchInOrder_andADryRunCountsThemAll() throws IOException {
    StringBuilder mbox = new StringBuilder();
    Instant start = Instant.parse("2020-01-01T00:00:00Z");
    List<Instant> expected = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) { // more than the import writes at once (20,000)
      Instant at = start.plusSeconds(3_600L * i);
      String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
      boolean out = i % 3 != 0;
      mbox.append(message("<" + i + "@bulk>", out ? ME : "charles@babbage.example", out ? "charles@babbage.example" : ME,
          date));
      expected.add(at);
    }
    Path file = write("bulk.mbox", mbox.toString());
    ImportReport dry = rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), true);
    ImportReport report = rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), false);

    assertThat(dry.touches()).isEqualTo(50_000);
    assertThat(report.touches()).isEqualTo(50_000);
    assertThat(touches(charles)).extracting(Touch::at).containsExactlyElementsOf(expected);
  }

  @Test
  void aLargeMailboxCutShort_failsAtTheEnd_andKeepsNoneOfTheTouchesItHadWritten() throws IOException {
    StringBuilder mbox = new StringBuilder();
    for (int i = 0; i < 25_000; i++) { // more than one chunk of 20,000 is written before the cut is found
      mbox.append(message("<" + i + "@bulk>", ME, "charles@babbage.example", "Mon, 1 Apr 2024 10:00:00 +0000"));
    }
    mbox.append("From - Mon Apr  1 10:00:00 2024\nFrom: ").append(ME).append("\nTo: charles@babbage.example\nDa");
    Path file = write("cut.mbox", mbox.toString());

    assertThatThrownBy(() -> rapport.imports().importNetwork(Mailbox.of(file, List.of(ME)).source(), false))
        .isInstanceOf(ImportException.class).hasMessageContaining("truncated");
    assertThat(touches(charles)).isEmpty();
  }

  @Test
  void progress_isToldAsTheFileIsRead_endingAtOne() throws IOException {
    List<Double> told = new ArrayList<>();
    rapport.imports().importNetwork(Mailbox.of(write("mail.mbox", TAKEOUT), List.of(ME)).addingUnknown()
        .reportingProgress(told::add).source(), true);

    assertThat(told).isNotEmpty().isSorted().allMatch(share -> share >= 0 && share <= 1);
    assertThat(told.get(told.size() - 1)).isEqualTo(1.0);
  }

  @Test
  void withoutTheOwnersAddresses_aMailImportIsRefused_sayingHowToSetThem() {
    assertThatThrownBy(() -> Mailbox.of(dir.resolve("mail.mbox"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profile --email");
  }

  /** One message in mboxo form, a blank line after it; a null date leaves the Date field out. */
  static String message(String id, String from, String to, String date) {
    return "From - Mon Apr  1 10:00:00 2024\n"
        + "From: " + from + "\n"
        + "To: " + to + "\n"
        + (date == null ? "" : "Date: " + date + "\n")
        + "Message-ID: " + id + "\n"
        + "Subject: hello\n"
        + "\n"
        + "Hello.\n"
        + "\n";
  }

  private static long lineOf(String text, String start) {
    String before = text.substring(0, text.indexOf(start));
    return before.chars().filter(c -> c == '\n').count() + 1;
  }
}
