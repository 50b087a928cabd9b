package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

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

    assertThat(json).contains("\"kind\" : \"goal\"", "\"subject\" : \"industry: biotech\"", "\"have\" : 0",
        "\"healthy\" : 0", "\"wanted\" : 2", "\"detail\" :", "\"kind\" : \"thin-file\"");
    assertThat(json.indexOf("biotech")).isLessThan(json.indexOf("industry: fintech"));
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

    assertThat(json).contains("\"contact\" : \"Ada Lovelace\"").doesNotContain("Grace Hopper");
  }

  @Test
  void shareOfAnUnknownResource_exitsOne() {
    assertThat(shell.run("share", "nothing like it")).isEqualTo(1);
    assertThat(shell.err).contains("no resource matches 'nothing like it'");
  }
}
