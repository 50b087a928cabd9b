package dev.rapport.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND [SUBCOMMAND]]}: the help of any command in the tree, the same text as
 * {@code COMMAND SUBCOMMAND --help}. picocli's own help command goes one level deep only.
 */
@Command(name = "help", helpCommand = true,
    description = "Show the help of a command or subcommand: help contact add.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand, to explain.")
  List<String> path = new ArrayList<>();

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String word : path) {
      CommandLine next = target.getSubcommands().get(word);
      if (next == null) {
        throw new ParameterException(target, unknown(target, word)); // "Try" then names the command asked about
      }
      target = next;
    }
    target.usage(out, colors);
    out.flush();
  }

  private static String unknown(CommandLine parent, String word) {
    String name = parent.getCommandSpec().qualifiedName();
    List<String> names = parent.getSubcommands().values().stream().map(CommandLine::getCommandName).distinct().toList();
    return "Unknown command: '" + word + "' (" + (names.isEmpty() ? "'" + name + "' has no subcommands"
        : "'" + name + "' has " + String.join(", ", names)) + ")";
  }
}
