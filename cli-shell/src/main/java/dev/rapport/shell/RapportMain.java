package dev.rapport.shell;

import java.util.Map;
import picocli.CommandLine;

/** Runs the Rapport shell: one command and exit, or the interactive shell when none is given. */
public final class RapportMain {

  private RapportMain() {}

  /** Runs the command in {@code args} and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv()));
  }

  /** Runs the command in {@code args} and returns its exit code. */
  static int run(String[] args, Map<String, String> env) {
    return commandLine(new GlobalOptions(), env).execute(args);
  }

  /** The command line of the shell, its options written into {@code options}. */
  static CommandLine commandLine(GlobalOptions options, Map<String, String> env) {
    ErrorHandler errors = new ErrorHandler(env.containsKey("RAPPORT_DEBUG"));
    return new CommandLine(new RapportCommand(options))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }
}
