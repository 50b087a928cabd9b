package dev.rapport.shell;

import static dev.rapport.shell.JsonOutput.field;
import static dev.rapport.shell.JsonOutput.rowWhere;
import static dev.rapport.shell.JsonOutput.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalysisCommandsTest {

  private static final String TODAY = "2026-11-20";

  private final Harness shell = new Harness();

  @BeforeEach
  void network() {
    shell.ok("profile", "--goal", "industry:biotech=2", "--goal", "industry:fintech=1");
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--industry", "fintech", "--goals", "hiring",
        "--interests", "payments", "--tier", "inner", "--connected-on", "2024-01-01");
    shell.ok("--as-of", TODAY, "contact", "add", "Grace Hopper", "--industry", "fintech", "--offers", "hiring",
        "--connected-on", "2024-01-01");
  }

  @Test
  void gaps_putGoalsWithNobodyFirst_withTheSpecFields() {
    String json = shell.ok("--as-of", TODAY, "gaps", "--format", "json");

    List<JsonNode> gaps = rows(json);
    JsonNode biotech = rowWhere(gaps, "subject", "industry: biotech");
    assertThat(field(biotech, "kind", JsonNodeType.STRING).asText()).isEqualTo("goal");
    assertThat(field(biotech, "have", JsonNodeType.NUMBER).asInt()).isZero();
    assertThat(field(biotech, "healthy", JsonNodeType.NUMBER).asInt()).isZero();
    assertThat(field(biotech, "wanted", JsonNodeType.NUMBER).asInt()).isEqualTo(2);
    assertThat(field(biotech, "detail", JsonNodeType.STRING).asText()).isNotBlank();
    assertThat(gaps).extracting(g -> g.get("kind").asText()).contains("thin-file");
    assertThat(gaps.indexOf(biotech)).isLessThan(gaps.indexOf(rowWhere(gaps, "subject", "industry: fintech")));
  }

  @Test
  void gapsTable_chartsTheComposition() {
    assertThat(shell.ok("--as-of", TODAY, "gaps")).contains("goal", "biotech", "By industry", "fintech", "█");
  }

  @Test
  void intros_pairWhatOneWantsWithWhatAnotherOffers() {
    String table = shell.ok("--as-of", TODAY, "intros");

    assertThat(table).contains("Ada Lovelace", "Grace Hopper", "hiring");
  }

  @Test
  void share_findsWhoseInterestsTheResourceMeets() {
    shell.ok("--as-of", TODAY, "resource", "add", "Payments in 2026", "--topics", "payments");

    String json = shell.ok("--as-of", TODAY, "share", "payments", "--format", "json");

    assertThat(rows(json)).extracting(r -> field(r, "contact", JsonNodeType.STRING).asText()).containsExactly("Ada Lovelace");
  }

  @Test
  void shareOfAnUnknownResource_exitsOne() {
    assertThat(shell.run("share", "nothing like it")).isEqualTo(1);
    assertThat(shell.err).contains("no resource matches 'nothing like it'");
  }
}
