package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

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

    assertThat(json).contains("\"channel\" : \"Mastodon\"", "\"connections\" : 1", "\"outbound\" : 1",
        "\"inbound\" : 1", "\"collaborations\" : 0", "\"responseRate\" : 1.0", "\"class\" :",
        "\"recommendation\" : \"decide-trial\"", "\"reason\" :");
    assertThat(table).contains("Mastodon", "decide-trial", "100%", "Start small");
  }

  @Test
  void givenNoChannels_channels_saysHowToAddOne() {
    assertThat(shell.ok("channels")).contains("channel add");
  }
}
