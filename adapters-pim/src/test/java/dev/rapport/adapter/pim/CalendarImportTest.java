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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import ics} through the import use case, on calendars written the way Google, Outlook and Apple write them. */
class CalendarImportTest {

  private static final String ME = "ada@lovelace.example";
  private static final Instant AS_OF = Instant.parse("2024-03-15T12:00:00Z");

  @TempDir
  Path dir;

  private Rapport rapport;
  private Contact charles;
  private Contact mary;

  @BeforeEach
  void aNetworkWithTwoContacts() {
    rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(AS_OF, ZoneOffset.UTC));
    rapport.profile().update(ProfileChanges.none().clearEmails(true).addEmails(ME));
    charles = rapport.contacts().add(NewContact.named("Charles Babbage").emails(List.of("charles@babbage.example")));
    mary = rapport.contacts().add(NewContact.named("Mary Somerville").emails(List.of("mary@somerville.example")));
  }

  /**
   * Google Calendar: a weekly one-to-one in New York time with an EXDATE and a COUNT, the owner as
   * organizer; a lunch Mary declined; a future meeting; a cancelled one.
   */
  static final String GOOGLE = """
      BEGIN:VCALENDAR
      PRODID:-//Google Inc//Google Calendar 70.9054//EN
      VERSION:2.0
      CALSCALE:GREGORIAN
      METHOD:PUBLISH
      X-WR-CALNAME:ada@lovelace.example
      X-WR-TIMEZONE:America/New_York
      BEGIN:VTIMEZONE
      TZID:America/New_York
      X-LIC-LOCATION:America/New_York
      BEGIN:DAYLIGHT
      TZOFFSETFROM:-0500
      TZOFFSETTO:-0400
      TZNAME:EDT
      DTSTART:19700308T020000
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
      END:DAYLIGHT
      BEGIN:STANDARD
      TZOFFSETFROM:-0400
      TZOFFSETTO:-0500
      TZNAME:EST
      DTSTART:19701101T020000
      RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
      END:STANDARD
      END:VTIMEZONE
      BEGIN:VEVENT
      DTSTART;TZID=America/New_York:20240207T100000
      DTEND;TZID=America/New_York:20240207T103000
      RRULE:FREQ=WEEKLY;WKST=SU;COUNT=8;BYDAY=WE
      EXDATE;TZID=America/New_York:20240221T100000
      DTSTAMP:20240301T000000Z
      ORGANIZER;CN=ada@lovelace.example:mailto:ada@lovelace.example
      UID:7kukuqrfedlm2f9t0vr6bnb4bc@google.com
      ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Charles
        Babbage;X-NUM-GUESTS=0:mailto:charles@babbage.example
      ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ada@lov
       elace.example;X-NUM-GUESTS=0:mailto:ada@lovelace.example
      CREATED:20240201T000000Z
      SEQUENCE:0
      STATUS:CONFIRMED
      SUMMARY:Engine one-to-one
      TRANSP:OPAQUE
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20240110T170000Z
      DTEND:20240110T180000Z
      DTSTAMP:20240301T000000Z
      ORGANIZER;CN=ada@lovelace.example:mailto:ada@lovelace.example
      UID:lunch-1@google.com
      ATTENDEE;PARTSTAT=ACCEPTED;CN=Charles Babbage:mailto:charles@babbage.example
      ATTENDEE;PARTSTAT=DECLINED;CN=Mary Somerville:mailto:mary@somerville.example
      SUMMARY:Lunch
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20240410T170000Z
      DTEND:20240410T180000Z
      DTSTAMP:20240301T000000Z
      UID:future-1@google.com
      ATTENDEE;PARTSTAT=ACCEPTED:mailto:mary@somerville.example
      SUMMARY:Next month
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20240112T170000Z
      DTEND:20240112T180000Z
      DTSTAMP:20240301T000000Z
      UID:cancelled-1@google.com
      STATUS:CANCELLED
      ATTENDEE;PARTSTAT=ACCEPTED:mailto:mary@somerville.example
      SUMMARY:Called off
      END:VEVENT
      END:VCALENDAR
      """;

  /** Outlook: a Windows zone name with its VTIMEZONE, CRLF, a DURATION, an invitation from Mary the owner declined. */
  static final String OUTLOOK = ("""
      BEGIN:VCALENDAR
      PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
      VERSION:2.0
      METHOD:REQUEST
      X-MS-OLK-FORCEINSPECTOROPEN:TRUE
      BEGIN:VTIMEZONE
      TZID:Pacific Standard Time
      BEGIN:STANDARD
      DTSTART:16011104T020000
      RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
      TZOFFSETFROM:-0700
      TZOFFSETTO:-0800
      END:STANDARD
      BEGIN:DAYLIGHT
      DTSTART:16010311T020000
      RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
      TZOFFSETFROM:-0800
      TZOFFSETTO:-0700
      END:DAYLIGHT
      END:VTIMEZONE
      BEGIN:VEVENT
      CLASS:PUBLIC
      CREATED:20240201T090000Z
      DTSTART;TZID="Pacific Standard Time":20240305T090000
      DURATION:PT45M
      DTSTAMP:20240201T090000Z
      LAST-MODIFIED:20240201T090000Z
      ORGANIZER;CN="Mary Somerville":mailto:mary@somerville.example
      ATTENDEE;CN="Charles Babbage";RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:charles@babbage.example
      PRIORITY:5
      SEQUENCE:0
      SUMMARY;LANGUAGE=en-us:Sciences review
      TRANSP:OPAQUE
      UID:040000008200E00074C5B7101A82E00800000000B0C6B1A1F15BDA01000000000000000010000000
      X-MICROSOFT-CDO-BUSYSTATUS:BUSY
      X-MICROSOFT-CDO-IMPORTANCE:1
      END:VEVENT
      BEGIN:VEVENT
      DTSTART;TZID="Pacific Standard Time":20240306T090000
      DTEND;TZID="Pacific Standard Time":20240306T100000
      DTSTAMP:20240201T090000Z
      ORGANIZER;CN="Mary Somerville":mailto:mary@somerville.example
      ATTENDEE;CN="Ada Lovelace";PARTSTAT=DECLINED:mailto:ADA@lovelace.example
      SUMMARY:A talk you skipped
      UID:040000008200E00074C5B7101A82E00800000000B0C6B1A1F15BDA01000000000000000010000001
      END:VEVENT
      END:VCALENDAR
      """).replace("\n", "\r\n");

  /**
   * Apple Calendar: a daily stand-up in Berlin time with no end, one occurrence moved to later
   * (RECURRENCE-ID) and one cancelled; attendees by URI only.
   */
  static final String APPLE = """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Apple Inc.//macOS 14.3//EN
      CALSCALE:GREGORIAN
      X-WR-CALNAME:Work
      BEGIN:VTIMEZONE
      TZID:Europe/Berlin
      BEGIN:DAYLIGHT
      TZOFFSETFROM:+0100
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
      DTSTART:19810329T020000
      TZNAME:CEST
      TZOFFSETTO:+0200
      END:DAYLIGHT
      BEGIN:STANDARD
      TZOFFSETFROM:+0200
      RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
      DTSTART:19961027T030000
      TZNAME:CET
      TZOFFSETTO:+0100
      END:STANDARD
      END:VTIMEZONE
      BEGIN:VEVENT
      UID:D1E5B2A4-8F3C-4B6E-9C5D-2A7F1E3B4C6D
      DTSTART;TZID=Europe/Berlin:20240311T093000
      DTEND;TZID=Europe/Berlin:20240311T094500
      RRULE:FREQ=DAILY
      ATTENDEE;CN=Mary Somerville;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:mary@somerville.example
      ATTENDEE;CN=Ada Lovelace;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ada@lovelace.example
      SUMMARY:Stand-up
      DTSTAMP:20240310T120000Z
      SEQUENCE:0
      END:VEVENT
      BEGIN:VEVENT
      UID:D1E5B2A4-8F3C-4B6E-9C5D-2A7F1E3B4C6D
      RECURRENCE-ID;TZID=Europe/Berlin:20240312T093000
      DTSTART;TZID=Europe/Berlin:20240312T140000
      DTEND;TZID=Europe/Berlin:20240312T143000
      ATTENDEE;CN=Mary Somerville;PARTSTAT=ACCEPTED:mailto:mary@somerville.example
      SUMMARY:Stand-up (moved)
      DTSTAMP:20240310T120000Z
      SEQUENCE:1
      END:VEVENT
      BEGIN:VEVENT
      UID:D1E5B2A4-8F3C-4B6E-9C5D-2A7F1E3B4C6D
      RECURRENCE-ID;TZID=Europe/Berlin:20240313T093000
      DTSTART;TZID=Europe/Berlin:20240313T093000
      STATUS:CANCELLED
      SUMMARY:Stand-up
      DTSTAMP:20240310T120000Z
      SEQUENCE:1
      END:VEVENT
      END:VCALENDAR
      """;

  private ImportReport importIcs(String text, boolean dryRun) throws IOException {
    Path file = dir.resolve("calendar.ics");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return rapport.imports().importNetwork(
        CalendarImport.of(file, List.of(ME), AS_OF, ZoneId.of("Europe/London")).source(), dryRun);
  }

  private List<Touch> touches(Contact contact) {
    return rapport.activity().touches(contact.id());
  }

  @Test
  void givenAGoogleCalendar_eachPastOccurrenceOfTheWeeklyMeetingIsAMutualMeeting_lessTheExdate() throws IOException {
    ImportReport report = importIcs(GOOGLE, false);

    assertThat(report.problems()).isEmpty();
    // Wednesdays from 7 Feb to 13 Mar (as-of is 15 Mar): 7, 14, (21 excluded), 28 Feb, 6, 13 Mar; then the lunch
    assertThat(touches(charles)).extracting(Touch::at).containsExactly(
        Instant.parse("2024-01-10T17:00:00Z"),
        Instant.parse("2024-02-07T15:00:00Z"), Instant.parse("2024-02-14T15:00:00Z"),
        Instant.parse("2024-02-28T15:00:00Z"), Instant.parse("2024-03-06T15:00:00Z"),
        Instant.parse("2024-03-13T14:00:00Z")); // daylight saving time began on 10 March
    assertThat(touches(charles)).allSatisfy(t -> {
      assertThat(t.kind()).isEqualTo(InteractionKind.MEETING);
      assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
    });
    assertThat(touches(charles).get(1).minutes()).isEqualTo(OptionalInt.of(30));
    assertThat(touches(charles).get(1).summary()).isEqualTo("Engine one-to-one");
    assertThat(touches(mary)).as("declined the lunch; the future meeting is not yet; the cancelled one never was").isEmpty();
    assertThat(report.skippedFor()).containsExactly(Map.entry(CalendarSource.NOT_YET, 1),
        Map.entry(CalendarSource.CANCELLED, 1));
  }

  @Test
  void givenAnOutlookInvitation_theOrganizerAndAttendeesAreTouched_minutesFromTheDuration_andOneTheOwnerDeclinedIsNot()
      throws IOException {
    ImportReport report = importIcs(OUTLOOK, false);

    assertThat(report.problems()).isEmpty();
    assertThat(touches(mary)).singleElement().satisfies(t -> {
      assertThat(t.at()).isEqualTo(Instant.parse("2024-03-05T17:00:00Z"));
      assertThat(t.minutes()).isEqualTo(OptionalInt.of(45));
    });
    assertThat(touches(charles)).singleElement().extracting(Touch::at).isEqualTo(Instant.parse("2024-03-05T17:00:00Z"));
    assertThat(report.skippedFor()).containsExactly(Map.entry(CalendarSource.DECLINED, 1));
  }

  @Test
  void givenAnAppleCalendar_aMovedOccurrenceCountsWhereItWent_andACancelledOneNotAtAll() throws IOException {
    ImportReport report = importIcs(APPLE, false);

    assertThat(report.problems()).isEmpty();
    assertThat(touches(mary)).extracting(Touch::at).containsExactly(
        Instant.parse("2024-03-11T08:30:00Z"),
        Instant.parse("2024-03-12T13:00:00Z"), // moved from 09:30 to 14:00 Berlin time
        Instant.parse("2024-03-14T08:30:00Z"),
        Instant.parse("2024-03-15T08:30:00Z"));
    assertThat(touches(mary)).extracting(Touch::minutes).containsOnly(OptionalInt.of(15), OptionalInt.of(30));
  }

  @Test
  void reimportingTheSameCalendar_addsNothing() throws IOException {
    ImportReport first = importIcs(GOOGLE + "", false);
    ImportReport again = importIcs(GOOGLE, false);
    importIcs(APPLE, false);
    ImportReport appleAgain = importIcs(APPLE, false);

    assertThat(first.touches()).isEqualTo(6);
    assertThat(again.touches()).isZero();
    assertThat(again.skippedFor()).containsKey("already imported");
    assertThat(appleAgain.touches()).isZero();
    assertThat(touches(charles)).hasSize(6);
    assertThat(touches(mary)).hasSize(4);
  }

  @Test
  void aDryRun_writesNothing() throws IOException {
    ImportReport report = importIcs(GOOGLE, true);

    assertThat(report.touches()).isEqualTo(6);
    assertThat(touches(charles)).isEmpty();
  }

  @Test
  void aFileThatIsNoCalendar_failsSayingWhatWasExpected_andWritesNothing() {
    assertThatThrownBy(() -> importIcs(MailboxImportTest.TAKEOUT, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("calendar.ics");
          assertThat(p.message()).startsWith("expected an iCalendar file");
        }));
  }

  @Test
  void binaryGarbage_failsSayingWhatWasExpected_neverWithAStackTrace() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(3).nextBytes(garbage);
    Path file = dir.resolve("garbage.ics");
    Files.write(file, garbage);

    assertThatThrownBy(() -> rapport.imports().importNetwork(
        CalendarImport.of(file, List.of(ME), AS_OF, ZoneOffset.UTC).source(), false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("expected an iCalendar file")));
  }

  @Test
  void aCalendarCutShort_readsTheEventsBeforeTheCut() throws IOException {
    String cut = GOOGLE.substring(0, GOOGLE.indexOf("UID:future-1@google.com"));

    ImportReport report = importIcs(cut, false);

    assertThat(report.problems()).isEmpty();
    assertThat(touches(charles)).hasSize(6);
  }

  @Test
  void anEventWithAHostileRecurrence_isBoundedByThePolicy() throws IOException {
    String everySecond = GOOGLE.replace("RRULE:FREQ=WEEKLY;WKST=SU;COUNT=8;BYDAY=WE", "RRULE:FREQ=SECONDLY");
    Path file = dir.resolve("hostile.ics");
    Files.writeString(file, everySecond, StandardCharsets.UTF_8);

    ImportReport report = rapport.imports().importNetwork(CalendarImport.of(file, List.of(ME), AS_OF, ZoneOffset.UTC)
        .withPolicy(new CalendarImport.Policy(50)).source(), true);

    assertThat(report.problems()).isEmpty();
    assertThat(report.touches()).isEqualTo(50 + 1); // the most recent 50 kept, and the lunch
  }
}
