package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.fake.InMemoryStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class TerminalBehaviourTest {

  private static Session session(Map<String, String> env, boolean terminal, InMemoryStorage storage) {
    return new Session(new GlobalOptions(), env, location -> storage, terminal);
  }

  @Test
  void colours_areOnlyForATerminalWithoutNoColor() {
    InMemoryStorage storage = new InMemoryStorage();

    assertThat(session(Map.of(), true, storage).style().enabled()).isTrue();
    assertThat(session(Map.of("NO_COLOR", "1"), true, storage).style().enabled()).isFalse();
    assertThat(session(Map.of(), false, storage).style().enabled()).isFalse();
    assertThat(session(Map.of("TERM", "dumb"), true, storage).style().enabled()).isFalse();
  }

  @Test
  void givenADisabledStyle_output_isPlainText() {
    assertThat(new Style(false).red("late")).isEqualTo("late");
    assertThat(new Style(true).red("late")).contains("\u001b[31m").contains("late");
    assertThat(Style.visibleLength(new Style(true).red("late"))).isEqualTo(4);
  }

  @Test
  void tab_completesCommandsOptionsAndContactNames() {
    InMemoryStorage storage = new InMemoryStorage();
    Session session = session(Map.of(), false, storage);
    RapportMain.commandLine(session).execute("contact", "add", "Ada Lovelace");
    ShellCompleter completer = new ShellCompleter(RapportMain.commandLine(session).getCommandSpec(), session);

    assertThat(complete(completer, "ag")).contains("agenda");
    assertThat(complete(completer, "log Ada --ki")).contains("--kind");
    assertThat(complete(completer, "log Ada --kind ")).contains("career-update", "meeting");
    assertThat(complete(completer, "log ")).contains("Ada Lovelace");
    assertThat(complete(completer, "contact show ")).contains("Ada Lovelace");
    assertThat(complete(completer, "log Ada --kind ")).doesNotContain("Ada Lovelace");
  }

  private static List<String> complete(ShellCompleter completer, String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
