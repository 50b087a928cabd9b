package dev.rapport.shell;

import static dev.rapport.shell.JsonOutput.field;
import static dev.rapport.shell.JsonOutput.rowWhere;
import static dev.rapport.shell.JsonOutput.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import org.junit.jupiter.api.Test;

class ChannelsCommandTest {

  private final Harness shell = new Harness();

  @Test
  void givenATrialEndingSoon_channels_recommendsDecidingWithTheSpecFields() {
    shell.ok("--as-of", "2026-11-20", "channel", "add", "Mastodon", "--kind", "site", "--status", "trial",
        "--trial-ends", "2026-11-25", "--joined-on", "2026-10-01", "--minutes-per-week", "20");
    shell.ok("contact", "add", "Ada Lovelace", "--channel", "Mastodon");
    shell.ok("--as-of", "2026-11-20", "log", "ada", "--kind", "message", "--channel", "Mastodon", "--on", "2026-11-02");
    shell.ok("--as-of", "2026-11-20", "log", "ada", "--kind", "message", "--direction", "in", "--channel", "Mastodon",
        "--on", "2026-11-03");

    String json = shell.ok("--as-of", "2026-11-20", "--format", "json", "channels");
    String table = shell.ok("--as-of", "2026-11-20", "channels");

    JsonNode mastodon = rowWhere(rows(json), "channel", "Mastodon");
    assertThat(field(mastodon, "connections", JsonNodeType.NUMBER).asInt()).isEqualTo(1);
    assertThat(field(mastodon, "outbound", JsonNodeType.NUMBER).asInt()).isEqualTo(1);
    assertThat(field(mastodon, "inbound", JsonNodeType.NUMBER).asInt()).isEqualTo(1);
    assertThat(field(mastodon, "collaborations", JsonNodeType.NUMBER).asInt()).isZero();
    assertThat(field(mastodon, "responseRate", JsonNodeType.NUMBER).asDouble()).isEqualTo(1.0);
    assertThat(field(mastodon, "class", JsonNodeType.STRING).asText()).isNotBlank();
    assertThat(field(mastodon, "recommendation", JsonNodeType.STRING).asText()).isEqualTo("decide-trial");
    assertThat(field(mastodon, "reason", JsonNodeType.STRING).asText()).isNotBlank();
    assertThat(table).contains("Mastodon", "decide-trial", "100%", "Start small");
  }

  @Test
  void givenNoChannels_channels_saysHowToAddOne() {
    assertThat(shell.ok("channels")).contains("channel add");
  }
}
