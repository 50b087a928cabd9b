package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile --email}, {@code import mbox} and {@code import ics}, as a user types them. */
class MailCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final Harness shell = new Harness();

  private static String message(String id, String from, String to, String date) {
    return "From - Mon Apr  1 10:00:00 2024\nFrom: " + from + "\nTo: " + to + "\nDate: " + date + "\nMessage-ID: " + id
        + "\nSubject: hello\n\nHello.\n\n";
  }

  private Path mbox() throws IOException {
    String text = message("<1@x>", "Ada <ada@lovelace.example>", "Charles <charles@babbage.example>",
        "Mon, 20 May 2024 10:00:00 +0000")
        + message("<2@x>", "Charles <charles@babbage.example>", "ada@lovelace.example", "Thu, 30 May 2024 10:00:00 +0000")
        + message("<3@x>", "ada@lovelace.example", "Grace Hopper <grace@hopper.example>", "Mon, 27 May 2024 10:00:00 +0000")
        + message("<4@x>", "ada@lovelace.example", "Grace Hopper <grace@hopper.example>", "Tue, 28 May 2024 10:00:00 +0000")
        + "From - Mon Apr  1 10:00:00 2024\nFrom: news@list.example\nTo: ada@lovelace.example\nList-Id: <news.list.example>\n"
        + "Date: Tue, 28 May 2024 10:00:00 +0000\n\nNews.\n\n";
    return Files.writeString(dir.resolve("Takeout.mbox"), text, StandardCharsets.UTF_8);
  }

  @Test
  void profileEmail_isRepeatable_keepsEachAddressOnce_andShowsInJson() throws IOException {
    shell.ok("profile", "--email", "ada@lovelace.example", "--email", "Ada Lovelace <ada.lovelace@engines.example>");
    shell.ok("profile", "--email", "ADA@lovelace.example");

    JsonNode profile = JSON.readTree(shell.ok("profile", "--format", "json")).get(0);

    assertThat(profile.get("emails")).extracting(JsonNode::asText)
        .containsExactly("ada@lovelace.example", "ada.lovelace@engines.example");
    assertThat(shell.run("profile", "--email", "not an address")).isEqualTo(1);
    assertThat(shell.err).contains("--email").contains("not an address");
  }

  @Test
  void importMbox_logsTouchesForKnownContacts_reportsWhatItLeftOut_andAReimportAddsNothing() throws IOException {
    shell.ok("profile", "--email", "ada@lovelace.example");
    shell.ok("contact", "add", "Charles Babbage", "--email", "charles@babbage.example");
    Path file = mbox();

    JsonNode report = JSON.readTree(shell.ok("--as-of", "2024-06-01", "--format", "json", "import", "mbox", file.toString()));
    JsonNode again = JSON.readTree(shell.ok("--as-of", "2024-06-01", "--format", "json", "import", "mbox", file.toString()));

    assertThat(report.get("touches").asInt()).isEqualTo(2);
    assertThat(report.get("skippedFor").get("mailing list (List-Id)").asInt()).isEqualTo(1);
    assertThat(report.get("unknownPeople").asInt()).isEqualTo(1);
    assertThat(report.get("problems")).isEmpty();
    assertThat(again.get("touches").asInt()).isZero();
    assertThat(again.get("skippedFor").get("already imported").asInt()).isEqualTo(2);
    // Charles wrote last, two days before the as-of day: the agenda says to reply
    JsonNode agenda = JSON.readTree(shell.ok("--as-of", "2024-06-01", "--format", "json", "agenda"));
    assertThat(agenda).anySatisfy(s -> {
      assertThat(s.get("contact").asText()).isEqualTo("Charles Babbage");
      assertThat(s.get("action").asText()).isEqualTo("reply");
    });
    JsonNode health = JSON.readTree(shell.ok("--as-of", "2024-06-01", "--format", "json", "health"));
    assertThat(health.get(0).get("score").asInt()).isPositive();
  }

  @Test
  void importMbox_withAddUnknown_addsThoseWrittenToTwice_andADryRunWritesNothing() throws IOException {
    shell.ok("profile", "--email", "ada@lovelace.example");
    Path file = mbox();

    JsonNode dry = JSON.readTree(shell.ok("--format", "json", "import", "mbox", file.toString(), "--add-unknown", "--dry-run"));
    assertThat(dry.get("added").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(shell.ok("--format", "json", "contact", "list"))).isEmpty();

    shell.ok("import", "mbox", file.toString(), "--add-unknown");
    assertThat(shell.out).contains("Imported mbox Takeout.mbox: 1 added").contains("Left out: 1 mailing list (List-Id)");
    JsonNode contacts = JSON.readTree(shell.ok("--format", "json", "contact", "list"));
    assertThat(contacts).singleElement().satisfies(c -> assertThat(c.get("contact").asText()).isEqualTo("Grace Hopper"));
  }

  @Test
  void importMbox_withoutTheOwnersAddresses_orOfANonMbox_exitsOneSayingWhatToDo() throws IOException {
    Path file = mbox();
    assertThat(shell.run("import", "mbox", file.toString())).isEqualTo(1);
    assertThat(shell.err).contains("profile --email");

    shell.ok("profile", "--email", "ada@lovelace.example");
    Path csv = Files.writeString(dir.resolve("Connections.csv"), "First Name,Last Name\nAda,Lovelace\n");
    assertThat(shell.run("import", "mbox", csv.toString())).isEqualTo(1);
    assertThat(shell.err).contains("nothing was written").contains("Connections.csv:1").contains("expected an mbox file");
    assertThat(shell.run("import", "linkedin", csv.toString(), "--add-unknown")).isEqualTo(1);
    assertThat(shell.err).contains("--add-unknown");
  }

  @Test
  void importIcs_logsAMeetingForAKnownAttendee_withItsMinutes() throws IOException {
    shell.ok("profile", "--email", "ada@lovelace.example");
    shell.ok("contact", "add", "Charles Babbage", "--email", "charles@babbage.example");
    Path ics = Files.writeString(dir.resolve("calendar.ics"), String.join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "BEGIN:VEVENT", "UID:coffee-1@google.com", "DTSTAMP:20240501T000000Z",
        "DTSTART:20240515T090000Z", "DTEND:20240515T094000Z", "SUMMARY:Coffee",
        "ORGANIZER:mailto:ada@lovelace.example", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:charles@babbage.example",
        "END:VEVENT", "END:VCALENDAR", ""));

    JsonNode report = JSON.readTree(shell.ok("--as-of", "2024-06-01", "--format", "json", "import", "ics", ics.toString()));

    assertThat(report.get("touches").asInt()).isEqualTo(1);
    String shown = shell.ok("--as-of", "2024-06-01", "contact", "show", "Charles");
    assertThat(shown).contains("Coffee");
  }
}
