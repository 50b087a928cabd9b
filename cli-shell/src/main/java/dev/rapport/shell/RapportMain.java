package dev.rapport.shell;

import dev.rapport.shell.bootstrap.StorageOpener;
import dev.rapport.shell.bootstrap.Storages;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the Rapport shell: one command and exit, or the interactive shell when none is given. */
public final class RapportMain {

  private RapportMain() {}

  /** Runs the command in {@code args} and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), Storages.opener(), System.console() != null));
  }

  /** Runs the command in {@code args} over the storage {@code opener} gives, and returns its exit code. */
  static int run(String[] args, Map<String, String> env, StorageOpener opener, boolean terminal) {
    GlobalOptions options = new GlobalOptions();
    try (Session session = new Session(options, env, opener, terminal)) {
      CommandLine cmd = commandLine(session);
      // Names and notes are UTF-8 whatever the platform's default; so is CSV and JSON output.
      cmd.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
      cmd.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
      return cmd.execute(args);
    }
  }

  /** The command line of the shell over {@code session}. */
  static CommandLine commandLine(Session session) {
    ErrorHandler errors = new ErrorHandler(session.env().containsKey("RAPPORT_DEBUG"));
    return new CommandLine(RapportCommand.class, new CommandFactory(session))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }
}
