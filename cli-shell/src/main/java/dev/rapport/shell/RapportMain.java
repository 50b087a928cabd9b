package dev.rapport.shell;

import dev.rapport.shell.bootstrap.DataFolder;
import dev.rapport.shell.bootstrap.StorageOpener;
import dev.rapport.shell.bootstrap.Storages;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Map;
import java.util.logging.LogManager;
import picocli.CommandLine;

/** Runs the Rapport shell: one command and exit, or the interactive shell when none is given. */
public final class RapportMain {

  private RapportMain() {}

  /** Runs the command in {@code args} and exits with its code. */
  public static void main(String[] args) {
    warmUpForTheDriver();
    System.exit(run(args, System.getenv(), Storages.opener(DataFolder.of(System.getenv())), System.console() != null));
  }

  /**
   * Loads the JDK's calendar data and logging on a daemon thread while picocli builds the command
   * line: the SQLite driver makes a date format for each connection and logs through
   * java.util.logging. Cold, the process's first calendar costs some 60 ms (the locale providers
   * parse every locale they know) and the log manager 30 ms; on their own thread those costs no
   * longer wait in line before the database opens.
   */
  private static void warmUpForTheDriver() {
    Thread warmUp = new Thread(() -> {
      Calendar.getInstance();
      LogManager.getLogManager();
    }, "rapport-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** Runs the command in {@code args} over the storage {@code opener} gives, and returns its exit code. */
  static int run(String[] args, Map<String, String> env, StorageOpener opener, boolean terminal) {
    Timing.enable(env.containsKey("RAPPORT_TIMING"));
    Timing.mark("main");
    GlobalOptions options = new GlobalOptions();
    try (Session session = new Session(options, env, opener, terminal)) {
      CommandLine cmd = commandLine(session, args);
      // Names and notes are UTF-8 whatever the platform's default; so is CSV and JSON output.
      cmd.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
      cmd.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
      Timing.mark("command line built");
      int code = ErrorHandler.execute(cmd, args);
      Timing.mark("command done");
      return code;
    }
  }

  /** The command line of the shell over {@code session}, with every command. */
  static CommandLine commandLine(Session session) {
    return commandLine(session, new String[0]);
  }

  /** The command line of the shell over {@code session}, built for {@code args}. */
  static CommandLine commandLine(Session session, String[] args) {
    ErrorHandler errors = new ErrorHandler(() -> session.options().debug() || session.env().containsKey("RAPPORT_DEBUG"));
    return Commands.commandLine(session, args)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }
}
