package dev.rapport.shell;

import static dev.rapport.shell.JsonOutput.field;
import static dev.rapport.shell.JsonOutput.rowWhere;
import static dev.rapport.shell.JsonOutput.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.LocalDate;
import java.util.List;
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

    List<JsonNode> agenda = rows(json);
    JsonNode grace = rowWhere(agenda, "contact", "Grace Hopper");
    assertThat(field(grace, "action", JsonNodeType.STRING).asText()).isEqualTo("reply");
    assertThat(field(grace, "reason", JsonNodeType.STRING).asText()).isNotBlank();
    assertThat(field(grace, "due", JsonNodeType.STRING).asText()).isEqualTo("2026-11-18");
    assertThat(field(grace, "minutes", JsonNodeType.NUMBER).asInt()).isPositive();
    assertThat(field(grace, "deferred", JsonNodeType.BOOLEAN).asBoolean()).isFalse();
    assertThat(field(grace, "contactId", JsonNodeType.NUMBER).asLong()).isEqualTo(2);
    assertThat(agenda.indexOf(grace)).isLessThan(agenda.indexOf(rowWhere(agenda, "contact", "Ada Lovelace")));
    assertThat(table).containsPattern("Grace Hopper +reply +18 Nov ").contains("Ada Lovelace");
  }

  @Test
  void loggingTheReply_takesItOffTheAgenda() {
    shell.ok("--as-of", TODAY, "log", "grace", "--kind", "message", "--on", TODAY);

    assertThat(rows(shell.ok("--as-of", TODAY, "agenda", "--format", "json")))
        .extracting(r -> field(r, "action", JsonNodeType.STRING).asText()).doesNotContain("reply");
  }

  @Test
  void aSmallBudget_defersTheRest() {
    shell.ok("profile", "--min-outreach", "0");

    String json = shell.ok("--as-of", TODAY, "agenda", "--budget", "5", "--format", "json");

    assertThat(rows(json)).extracting(r -> field(r, "deferred", JsonNodeType.BOOLEAN).asBoolean()).contains(true);
  }

  @Test
  void health_listsEveryContactWithScoreBandAndReasons() {
    String json = shell.ok("--as-of", TODAY, "health", "--format", "json");

    List<JsonNode> health = rows(json);
    assertThat(health).hasSize(2);
    JsonNode ada = rowWhere(health, "contact", "Ada Lovelace");
    assertThat(field(ada, "tier", JsonNodeType.STRING).asText()).isEqualTo("close");
    assertThat(field(ada, "score", JsonNodeType.NUMBER).asDouble()).isBetween(0.0, 100.0);
    assertThat(field(ada, "band", JsonNodeType.STRING).asText()).isIn("thriving", "healthy", "cooling", "at-risk", "dormant", "new");
    assertThat(LocalDate.parse(field(ada, "nextDue", JsonNodeType.STRING).asText())).isNotNull();
    assertThat(field(ada, "reasons", JsonNodeType.ARRAY)).isNotEmpty().allSatisfy(r -> assertThat(r.isTextual()).isTrue());
  }

  @Test
  void givenATouch_health_rises() {
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

    JsonNode ada = rows(json).stream().reduce((a, b) -> {
      throw new AssertionError("only Ada is close: " + json);
    }).orElseThrow();
    assertThat(field(ada, "contact", JsonNodeType.STRING).asText()).isEqualTo("Ada Lovelace");
    assertThat(field(ada, "score", JsonNodeType.NUMBER).isNumber()).isTrue();
    assertThat(field(ada, "band", JsonNodeType.STRING).asText()).isNotBlank();
    assertThat(field(ada, "reasons", JsonNodeType.ARRAY)).isNotEmpty();
  }

  @Test
  void specialDays_listTheBirthdayWithASuggestion() {
    String json = shell.ok("--as-of", TODAY, "special-days", "--days", "7", "--format", "json");

    JsonNode birthday = rowWhere(rows(json), "contact", "Ada Lovelace");
    assertThat(field(birthday, "date", JsonNodeType.STRING).asText()).isEqualTo("2026-11-23");
    assertThat(field(birthday, "kind", JsonNodeType.STRING).asText()).isEqualTo("birthday");
    assertThat(field(birthday, "suggestion", JsonNodeType.STRING).asText()).isNotBlank();
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
