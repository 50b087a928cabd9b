package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulesCommandsTest {

  private static final String TODAY = "2026-11-20";

  private final Harness shell = new Harness();

  @BeforeEach
  void network() {
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--tier", "close", "--connected-on", "2024-01-01",
        "--birthday", "11-23");
    shell.ok("--as-of", TODAY, "contact", "add", "Grace Hopper", "--tier", "active", "--connected-on", "2024-01-01");
    shell.ok("--as-of", TODAY, "log", "grace", "--kind", "message", "--direction", "in", "--on", "2026-11-18");
    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "meeting", "--direction", "mutual", "--on", "2026-06-01");
  }

  @Test
  void agenda_putsTheReplyFirstThenTheBirthday_withTheSpecFields() {
    String json = shell.ok("--as-of", TODAY, "agenda", "--format", "json");
    String table = shell.ok("--as-of", TODAY, "agenda");

    assertThat(json).contains("\"contact\" : \"Grace Hopper\"", "\"action\" : \"reply\"", "\"reason\" :",
        "\"due\" : \"2026-11-18\"", "\"minutes\" :", "\"deferred\" : false");
    assertThat(json.indexOf("Grace Hopper")).isLessThan(json.indexOf("Ada Lovelace"));
    assertThat(table).contains("Grace Hopper", "reply", "Ada Lovelace");
  }

  @Test
  void loggingTheReply_takesItOffTheAgenda() {
    shell.ok("--as-of", TODAY, "log", "grace", "--kind", "message", "--on", TODAY);

    assertThat(shell.ok("--as-of", TODAY, "agenda", "--format", "json")).doesNotContain("\"action\" : \"reply\"");
  }

  @Test
  void aSmallBudget_defersTheRest() {
    shell.ok("profile", "--min-outreach", "0");

    String json = shell.ok("--as-of", TODAY, "agenda", "--budget", "5", "--format", "json");

    assertThat(json).contains("\"deferred\" : true");
  }

  @Test
  void health_listsEveryContactWithScoreBandAndReasons() {
    String json = shell.ok("--as-of", TODAY, "health", "--format", "json");

    assertThat(json).contains("\"contact\" : \"Ada Lovelace\"", "\"tier\" : \"close\"", "\"score\" :", "\"band\" :",
        "\"nextDue\" :", "\"reasons\" : [");
  }

  @Test
  void aTouchRaisesHealth() {
    String before = shell.ok("--as-of", TODAY, "health", "--format", "csv");
    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "meeting", "--direction", "mutual", "--on", TODAY);
    String after = shell.ok("--as-of", TODAY, "health", "--format", "csv");

    assertThat(scoreOf(after, "Ada Lovelace")).isGreaterThan(scoreOf(before, "Ada Lovelace"));
  }

  @Test
  void healthByBand_rejectsAnUnknownBand() {
    assertThat(shell.run("health", "--band", "lukewarm")).isEqualTo(1);
    assertThat(shell.err).contains("--band", "at-risk");
  }

  @Test
  void contactList_hasTheHealthFieldsAndFiltersByTier() {
    String json = shell.ok("--as-of", TODAY, "contact", "list", "--tier", "close", "--format", "json");

    assertThat(json).contains("\"contact\" : \"Ada Lovelace\"", "\"score\" :", "\"band\" :", "\"reasons\" :")
        .doesNotContain("Grace");
  }

  @Test
  void specialDays_listTheBirthdayWithASuggestion() {
    String json = shell.ok("--as-of", TODAY, "special-days", "--days", "7", "--format", "json");

    assertThat(json).contains("\"date\" : \"2026-11-23\"", "\"contact\" : \"Ada Lovelace\"", "\"kind\" : \"birthday\"",
        "\"suggestion\" :");
  }

  @Test
  void contactShow_endsWithHealthAndTheNextAction() {
    String file = shell.ok("--as-of", TODAY, "contact", "show", "grace");

    assertThat(file).contains("Health", "next due", "Next", "reply");
  }

  private static double scoreOf(String csv, String name) {
    String header = csv.lines().findFirst().orElseThrow();
    int column = java.util.Arrays.asList(header.split(",")).indexOf("score");
    return csv.lines().filter(l -> l.startsWith(name + ",")).map(l -> Double.parseDouble(l.split(",")[column]))
        .findFirst().orElseThrow();
  }
}
