package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.fake.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveShellTest {

  @TempDir
  Path home;

  @Test
  void givenADatabaseAtLaunch_everyLineUsesIt() throws IOException {
    java.util.List<String> opened = new java.util.ArrayList<>();
    InMemoryStorage storage = new InMemoryStorage();
    GlobalOptions launch = new GlobalOptions();
    RapportMain.commandLine(new Session(launch, Map.of(), l -> storage, false)).parseArgs("--db", "/tmp/demo.db");
    Session session = new Session(launch, Map.of("RAPPORT_HOME", home.toString()), location -> {
      opened.add(location.describe());
      return storage;
    }, false);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();

    try (Terminal terminal = InteractiveShell.plainTerminal(
        new ByteArrayInputStream("contact add Ada\ncontact list --format csv\nexit\n".getBytes(StandardCharsets.UTF_8)), screen)) {
      new InteractiveShell(session, terminal, () -> RapportMain.commandLine(session)).run();
    }

    assertThat(opened).isNotEmpty().allMatch(path -> path.endsWith("demo.db"));
    assertThat(screen.toString(StandardCharsets.UTF_8)).contains("contact,contactId");
  }

  @Test
  void givenScriptedLines_theShell_runsEachCommandKeepsHistoryAndStopsAtExit() throws IOException {
    String script = "contact add \"Ada Lovelace\" --tier close\n"
        + "contact list\n"
        + "log ada --kind lunch\n"
        + "help log\n"
        + "exit\n"
        + "contact add Never Reached\n";
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    InMemoryStorage storage = new InMemoryStorage();
    Session session = new Session(new GlobalOptions(), Map.of("RAPPORT_HOME", home.toString()), location -> storage, false);

    try (Terminal terminal = InteractiveShell.plainTerminal(
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), screen)) {
      int code = new InteractiveShell(session, terminal, () -> RapportMain.commandLine(session)).run();
      assertThat(code).isZero();
    }

    String shown = screen.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("added Ada Lovelace", "close", "--kind", "'lunch'", "Usage: rapport log");
    assertThat(storage.contacts().findAll()).hasSize(1);
    assertThat(Files.readString(home.resolve("history"))).contains("contact list");
  }
}
