package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.fake.InMemoryStorage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command and subcommand of the shell's command table answers {@code --help}, {@code -h} and {@code help PATH}. */
class HelpTest {

  /** Each command's path below {@code rapport} (such as {@code [contact, add]}) and its own options' names. */
  private static final Map<List<String>, List<String>> COMMANDS = new java.util.LinkedHashMap<>();

  @BeforeAll
  static void discoverTheCommandTable() {
    try (Session session = new Session(new GlobalOptions(), Map.of(), location -> new InMemoryStorage(), false)) {
      CommandLine root = RapportMain.commandLine(session);
      for (String name : Commands.ALL.keySet()) {
        walk(List.of(name), root.getSubcommands().get(name));
      }
    }
  }

  private static void walk(List<String> path, CommandLine command) {
    List<String> options = command.getCommandSpec().options().stream()
        .filter(o -> !o.hidden() && !o.inherited())
        .map(OptionSpec::longestName)
        .toList();
    COMMANDS.put(path, options);
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    command.getSubcommands().forEach((name, sub) -> {
      if (seen.add(sub) && name.equals(sub.getCommandName())) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        walk(List.copyOf(longer), sub);
      }
    });
  }

  @Test
  void theWalk_findsEveryCommandOfTheTableAndTheirSubcommands() {
    assertThat(COMMANDS.keySet().stream().filter(p -> p.size() == 1).map(p -> p.get(0)))
        .containsExactlyElementsOf(Commands.ALL.keySet());
    assertThat(COMMANDS).containsKeys(List.of("contact", "add"), List.of("contact", "list"), List.of("channel", "add"));
    assertThat(COMMANDS.get(List.of("contact", "add"))).contains("--cadence", "--birthday", "--help");
  }

  @TestFactory
  Stream<DynamicTest> everyCommand_answersHelp_withItsOwnUsageAndOptions() {
    return COMMANDS.entrySet().stream().map(command -> DynamicTest.dynamicTest(String.join(" ", command.getKey()), () -> {
      List<String> path = command.getKey();
      String usage = "Usage: rapport " + String.join(" ", path);
      for (String help : List.of("--help", "-h")) {
        Harness shell = new Harness();
        int code = shell.run(args(path, help));

        assertThat(code).as("exit code of %s %s", path, help).isZero();
        assertThat(shell.err).isEmpty();
        assertThat(shell.out).startsWith(usage).contains(command.getValue());
      }
      Harness shell = new Harness();
      String viaFlag = shell.ok(args(path, "--help"));
      String viaHelp = shell.ok(Stream.concat(Stream.of("help"), path.stream()).toArray(String[]::new));
      assertThat(viaHelp).isEqualTo(viaFlag);
    }));
  }

  @Test
  void contactAddHelp_listsTheCadenceAndItsPhrases() {
    Harness shell = new Harness();

    String help = shell.ok("contact", "add", "--help");

    assertThat(help).startsWith("Usage: rapport contact add").contains("--cadence=SPEC", "every 2 weeks", "NAME");
  }

  @Test
  void helpOfAnUnknownSubcommand_isAUsageErrorNamingWhatThereIs() {
    Harness shell = new Harness();

    int code = shell.run("help", "contact", "ad");

    assertThat(code).isEqualTo(2);
    assertThat(shell.err).contains("'ad'", "add", "edit", "show", "list");
  }

  @Test
  void helpAlone_listsTheCommands() {
    Harness shell = new Harness();

    assertThat(shell.ok("help")).startsWith("Usage: rapport").contains("contact", "agenda", "help");
  }

  private static String[] args(List<String> path, String last) {
    return Stream.concat(path.stream(), Stream.of(last)).toArray(String[]::new);
  }
}
