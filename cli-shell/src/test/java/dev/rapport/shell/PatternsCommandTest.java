package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatternsCommandTest {

  private static final String TODAY = "2026-11-20";

  private final Harness shell = new Harness();

  @BeforeEach
  void network() {
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--connected-on", "2024-01-01");
    shell.ok("--as-of", TODAY, "contact", "add", "Grace Hopper", "--connected-on", "2024-01-01");
    // this quarter (Q4): Ada three times, Grace once and she introduced you to someone
    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "message", "--on", "2026-10-02");
    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "message", "--direction", "in", "--on", "2026-10-05");
    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "call", "--direction", "mutual", "--on", "2026-11-10");
    shell.ok("--as-of", TODAY, "log", "grace", "--kind", "introduction", "--direction", "in", "--on", "2026-11-12");
    // last quarter (Q3): Grace only
    shell.ok("--as-of", TODAY, "log", "grace", "--kind", "meeting", "--direction", "mutual", "--on", "2026-08-01");
  }

  @Test
  void patternsAsJson_listPerQuarterWhoYouSpokeWithMostAndWhoHelped_latestFirst() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(shell.ok("--as-of", TODAY, "patterns", "--format", "json"));

    assertThat(rows.isArray()).isTrue();
    JsonNode first = rows.get(0);
    assertThat(first.get("quarter").asText()).isEqualTo("2026-Q4");
    assertThat(first.get("from").asText()).isEqualTo("2026-10-01");
    assertThat(first.get("pattern").asText()).isEqualTo("spoken-with-most");
    assertThat(first.get("rank").isInt()).isTrue();
    assertThat(first.get("contact").asText()).isEqualTo("Ada Lovelace");
    assertThat(first.get("contactId").isIntegralNumber()).isTrue();
    assertThat(first.get("count").asInt()).isEqualTo(3);
    assertThat(find(rows, "2026-Q4", "helper")).singleElement()
        .satisfies(r -> assertThat(r.get("contact").asText()).isEqualTo("Grace Hopper"));
    assertThat(find(rows, "2026-Q3", "spoken-with-most")).singleElement()
        .satisfies(r -> assertThat(r.get("contact").asText()).isEqualTo("Grace Hopper"));
    assertThat(find(rows, "2026-Q3", "helper")).isEmpty();
  }

  private static List<JsonNode> find(JsonNode rows, String quarter, String pattern) {
    List<JsonNode> found = new java.util.ArrayList<>();
    rows.forEach(r -> {
      if (r.get("quarter").asText().equals(quarter) && r.get("pattern").asText().equals(pattern)) {
        found.add(r);
      }
    });
    return found;
  }

  @Test
  void patternsAsCsv_haveTheSameRowsWithAHeader() {
    String csv = shell.ok("--as-of", TODAY, "patterns", "--format", "csv");

    List<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(csv).stream().toList();
    assertThat(rows.get(0).getHeader()).containsExactly("quarter", "from", "pattern", "rank", "contact", "contactId", "count");
    assertThat(rows).extracting(r -> r.getField("quarter") + " " + r.getField("pattern") + " " + r.getField("contact"))
        .contains("2026-Q4 spoken-with-most Ada Lovelace", "2026-Q4 helper Grace Hopper",
            "2026-Q3 spoken-with-most Grace Hopper");
  }

  @Test
  void patternsTable_readsAsAQuarterALine() {
    String table = shell.ok("--as-of", TODAY, "patterns");

    assertThat(table).containsPattern("Q4 2026 +spoke with most +Ada Lovelace \\(3\\), Grace Hopper \\(1\\)")
        .containsPattern("\n +helped you +Grace Hopper \\(1\\)")
        .containsPattern("Q3 2026 +spoke with most +Grace Hopper \\(1\\)")
        .containsPattern("\n +helped you +nobody");
  }
}
