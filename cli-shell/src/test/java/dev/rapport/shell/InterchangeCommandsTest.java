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

/** {@code import vcard}, {@code export vcard} and {@code export ics} as a user types them. */
class InterchangeCommandsTest {

  static final String CARDS = """
      BEGIN:VCARD
      VERSION:3.0
      N:Lovelace;Ada;;;
      FN:Ada Lovelace
      ORG:Analytical Engines
      EMAIL;type=INTERNET;type=pref:ada@engines.example
      URL:https://www.linkedin.com/in/ada-lovelace
      BDAY:1815-12-10
      CATEGORIES:Mathematicians
      NOTE:Met at the Royal Society.
      END:VCARD
      BEGIN:VCARD
      VERSION:4.0
      FN:Grace Hopper
      EMAIL:grace@navy.example
      BDAY:--1209
      END:VCARD
      """;

  private final Harness shell = new Harness();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void importVcard_thenExportVcardAndIcs_roundTripsThroughTheShell(@TempDir Path dir) throws IOException {
    Path cards = dir.resolve("contacts.vcf");
    Files.writeString(cards, CARDS.replace("\n", "\r\n"), StandardCharsets.UTF_8);

    JsonNode dry = json.readTree(shell.ok("import", "vcard", cards.toString(), "--dry-run", "--format", "json"));
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("added").asInt()).isEqualTo(2);
    assertThat(shell.ok("contact", "list", "--format", "json").strip()).isEqualTo("[ ]");

    JsonNode imported = json.readTree(shell.ok("import", "vcard", cards.toString(), "--format", "json"));
    assertThat(imported.get("source").asText()).isEqualTo("vCard");
    assertThat(imported.get("added").asInt()).isEqualTo(2);
    assertThat(imported.get("specialDays").asInt()).isEqualTo(2);
    assertThat(imported.get("notes").asInt()).isEqualTo(1);
    JsonNode again = json.readTree(shell.ok("import", "vcard", cards.toString(), "--format", "json"));
    assertThat(again.get("unchanged").asInt()).isEqualTo(2);
    assertThat(again.get("added").asInt() + again.get("merged").asInt()).isZero();

    Path v3 = dir.resolve("out3.vcf");
    JsonNode exported = json.readTree(shell.ok("export", "vcard", v3.toString(), "--vcard-version", "3.0", "--format", "json"));
    assertThat(exported.get(0).get("cards").asInt()).isEqualTo(2);
    assertThat(Files.readString(v3)).contains("VERSION:3.0", "FN:Ada Lovelace", "BDAY:1815-12-10", "CATEGORIES:Mathematicians");
    Path v4 = dir.resolve("out4.vcf");
    shell.ok("export", "vcard", v4.toString());
    assertThat(Files.readString(v4)).contains("VERSION:4.0", "BDAY:--1209");

    Path ics = dir.resolve("plan.ics");
    JsonNode calendar = json.readTree(shell.ok("--as-of", "2026-12-01", "export", "ics", ics.toString(), "--days", "14",
        "--format", "json"));
    assertThat(calendar.get(0).get("events").asInt()).isEqualTo(2);
    String text = Files.readString(ics);
    assertThat(text).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Birthday: Ada Lovelace", "RRULE:FREQ=YEARLY",
        "DTSTART;VALUE=DATE:20261209");
    assertThat(text.split("BEGIN:VTODO", -1).length - 1).isEqualTo(calendar.get(0).get("todos").asInt());
  }

  @Test
  void aBrokenCard_exitsOneWithFileLineAndWhat_andWritesNothing(@TempDir Path dir) throws IOException {
    Path cards = dir.resolve("broken.vcf");
    Files.writeString(cards, CARDS.replace("BDAY:--1209", "BDAY;VALUE=text:sometime in winter"), StandardCharsets.UTF_8);

    int code = shell.run("import", "vcard", cards.toString());

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("nothing was written", cards + ":12:", "BDAY: expected a date like 1985-04-12",
        "sometime in winter");
    assertThat(shell.ok("contact", "list", "--format", "json").strip()).isEqualTo("[ ]");
  }

  @Test
  void exportOptionsForTheWrongFormat_orAMissingFile_areNamed(@TempDir Path dir) {
    assertThat(shell.run("export", "vcard")).isEqualTo(1);
    assertThat(shell.err).contains("expected the FILE");
    assertThat(shell.run("export", "ics", dir.resolve("a.ics").toString(), "--vcard-version", "3.0")).isEqualTo(1);
    assertThat(shell.err).contains("--vcard-version applies to export vcard");
    assertThat(shell.run("export", "vcard", dir.resolve("a.vcf").toString(), "--vcard-version", "2.1")).isEqualTo(1);
    assertThat(shell.err).contains("vCard version must be 3.0 or 4.0");
    assertThat(shell.run("export", "calendar", dir.resolve("a.ics").toString())).isEqualTo(1);
    assertThat(shell.err).contains("expected vcard or ics");
    assertThat(shell.run("import", "vcards", dir.toString())).isEqualTo(1);
    assertThat(shell.err).contains("linkedin, google, outlook, rapport, vcard");
  }
}
