package dev.rapport.shell;

import static dev.rapport.shell.FirstWeekExport.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22's first week through the shell: a fresh store, {@code import linkedin}, then triage and the agenda. */
class FirstWeekShellTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = AS_OF.toString();

  @TempDir
  Path home;

  private final Harness shell = new Harness();
  private String imported;

  @BeforeEach
  void importTheExport() {
    imported = shell.ok("--as-of", TODAY, "import", "linkedin", FirstWeekExport.write(home.resolve("export")).toString());
  }

  private JsonNode json(String... args) throws IOException {
    String[] all = Stream.concat(Stream.of("--as-of", TODAY, "--format", "json"), Stream.of(args)).toArray(String[]::new);
    return JSON.readTree(shell.ok(all));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.get(field).asText()));
    return texts;
  }

  @Test
  void theImportSummary_pointsToTriage() {
    assertThat(imported).contains("500 added", "500 contacts without a tier you chose yet: next, triage sorts them");
  }

  @Test
  void theAgenda_repliesFirst_thenWelcomes_thenAtMostTwoReconnections_andTheFooterPointsOn() throws IOException {
    JsonNode agenda = json("agenda");
    List<JsonNode> planned = new ArrayList<>();
    agenda.forEach(s -> {
      if (!s.get("deferred").asBoolean()) {
        planned.add(s);
      }
    });

    assertThat(planned.subList(0, 3)).extracting(s -> s.get("action").asText()).containsOnly("reply");
    assertThat(planned.subList(0, 3)).extracting(s -> s.get("contact").asText())
        .containsExactlyInAnyOrder(FirstWeekApiTest.correspondents());
    assertThat(planned.subList(3, 8)).extracting(s -> s.get("rule").asText()).containsOnly("welcome");
    assertThat(planned.subList(3, 8)).extracting(s -> s.get("reason").asText())
        .allMatch(r -> r.startsWith("follow up on your new connection"));
    assertThat(planned.subList(8, 10)).extracting(s -> s.get("rule").asText()).containsOnly("reconnect");
    assertThat(texts(agenda, "rule")).filteredOn("reconnect"::equals).hasSize(2);
    String table = shell.ok("--as-of", TODAY, "agenda");
    assertThat(table).contains("more lapsed ties to reconnect with, a few a week: agenda --reconnect lists them",
        "500 imported contacts without a tier you chose yet: triage sorts them");
  }

  @Test
  void noSuggestionOrHealthReason_saysOverdueByMoreThanTwoIntervals() throws IOException {
    List<String> reasons = new ArrayList<>(texts(json("agenda"), "reason"));
    json("agenda").forEach(s -> s.get("otherReasons").forEach(r -> reasons.add(r.asText())));
    json("health").forEach(h -> h.get("reasons").forEach(r -> reasons.add(r.asText())));

    assertThat(reasons).isNotEmpty().allSatisfy(FirstWeekApiTest::withinTwoIntervals);
    assertThat(reasons).anyMatch(r -> r.startsWith("lapsed: connected 2016-"));
  }

  @Test
  void agendaReconnect_listsTheLapsedTies() throws IOException {
    JsonNode lapsed = json("agenda", "--reconnect");

    assertThat(lapsed.size()).isGreaterThan(400);
    assertThat(texts(lapsed, "rule")).containsOnly("reconnect");
    assertThat(texts(lapsed, "reason")).contains("reconnect: last touch 2019-03-02")
        .allMatch(r -> r.startsWith("reconnect: "));
    assertThat(shell.ok("--as-of", TODAY, "agenda", "--reconnect")).contains("Lapsed ties", "reconnect: connected 2016-");
  }

  @Test
  void triageAsJson_ranksCorrespondentsAndNewConnectionsAboveSilentConnectionsOf2016() throws IOException {
    JsonNode queue = json("triage");
    List<String> names = texts(queue, "contact");

    assertThat(queue.size()).isEqualTo(FirstWeekExport.CONNECTIONS);
    assertThat(names.subList(0, 8)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(Stream.of(FirstWeekApiTest.correspondents()), Stream.of(FirstWeekApiTest.newConnections())).toList());
    assertThat(queue.get(0).get("signals").isArray()).isTrue();
    assertThat(queue.get(0).get("signals").get(0).asText()).startsWith("wrote to you on ");
    assertThat(queue.get(0).get("contactId").isNumber()).isTrue();
    for (String silent : FirstWeekExport.silentOf2016()) {
      assertThat(names.indexOf(silent)).as(silent).isGreaterThanOrEqualTo(8);
      assertThat(queue.get(names.indexOf(silent)).get("signals").size()).isZero();
    }
    assertThat(json("triage", "--limit", "3").size()).isEqualTo(3);
  }

  @Test
  void triageInTheInteractiveShell_takesOneKeyEach_andTheNextAgendaChanges() throws IOException {
    String ninth = texts(json("triage"), "contact").get(8);
    assertThat(texts(json("agenda"), "contact")).doesNotContain(ninth);
    // skip the eight most promising, make the ninth a close tie, then stop
    String keys = "s\ns\ns\ns\ns\ns\ns\ns\nc\nx\n";
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Session session = new Session(new GlobalOptions(), Map.of("RAPPORT_HOME", home.toString()), location -> shell.storage, false);

    try (Terminal terminal = InteractiveShell.plainTerminal(new ByteArrayInputStream(
        ("--as-of " + TODAY + " triage\n" + keys + "exit\n").getBytes(StandardCharsets.UTF_8)), screen)) {
      new InteractiveShell(session, terminal, () -> RapportMain.commandLine(session)).run();
    }

    String shown = screen.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("1/500", "9/500  " + ninth, "skipped", "close", "Sorted 1, skipped 8; 499 contacts still without a tier");
    assertThat(shown).contains("10/500").doesNotContain("11/500");
    JsonNode agenda = json("agenda");
    assertThat(agenda).anySatisfy(s -> {
      assertThat(s.get("contact").asText()).isEqualTo(ninth);
      assertThat(s.get("tier").asText()).isEqualTo("close");
    });
    assertThat(texts(json("triage"), "contact")).hasSize(499).doesNotContain(ninth);
  }

  @Test
  void triageOutsideTheInteractiveShell_printsTheRankedList() {
    String table = shell.ok("--as-of", TODAY, "triage", "--limit", "10");

    assertThat(table).contains("SIGNALS", "wrote to you on", "connected 2026-11-25", "contact edit NAME --tier");
    assertThat(shell.run("triage", "--limit", "0")).isEqualTo(1);
    assertThat(shell.err).contains("--limit must be at least 1: 0");
  }

  @Test
  void contactEditTier_takesAContactOutOfTheQueue() throws IOException {
    String first = texts(json("triage"), "contact").get(0);

    shell.ok("contact", "edit", first, "--tier", "active");

    assertThat(texts(json("triage"), "contact")).hasSize(499).doesNotContain(first);
  }
}
