package dev.rapport.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code rapport} command: the global options; {@link Commands} puts the commands of SPEC §9 under it. */
@Command(
    name = "rapport",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps a professional network alive: who to contact this week, and how.",
    footer = {"", "With no command, opens an interactive shell.",
        "Exit codes: 0 done, 1 the input was wrong, 2 usage error, 3 internal error (a bug, or out of memory:",
        "RAPPORT_JAVA_OPTS=-Xmx2g gives ./rapport more)."})
public final class RapportCommand implements Runnable {

  private final Session session;
  private final GlobalOptions options;

  @Spec
  private CommandSpec spec;

  /** The root command, writing the global options into the session's. */
  public RapportCommand(Session session) {
    this.session = session;
    this.options = session.options();
  }

  @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "SQLite file (default: ~/.rapport/rapport.db; RAPPORT_HOME moves the folder).")
  void db(Path db) {
    options.db = db;
  }

  @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "PostgreSQL JDBC URL instead of a SQLite file (password from RAPPORT_JDBC_PASSWORD).")
  void jdbcUrl(String url) {
    options.jdbcUrl = url;
  }

  @Option(names = "--jdbc-user", paramLabel = "USER", scope = ScopeType.INHERIT,
      description = "Database user for --jdbc-url.")
  void jdbcUser(String user) {
    options.jdbcUser = user;
  }

  @Option(names = "--jdbc-schema", paramLabel = "NAME", scope = ScopeType.INHERIT,
      description = "PostgreSQL schema holding Rapport's tables for --jdbc-url (default: rapport; created on first use).")
  void jdbcSchema(String schema) {
    options.jdbcSchema = schema;
  }

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
      converter = Converters.Day.class,
      description = "The day the rules treat as today (default: today in the profile's zone).")
  void asOf(LocalDate day) {
    options.asOf = day;
  }

  @Option(names = "--format", paramLabel = "table|csv|json", scope = ScopeType.INHERIT,
      converter = Converters.Format.class, defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  void format(OutputFormat format) {
    options.format = format;
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show the stack trace of a failure, for a bug report.")
  void debug(boolean debug) {
    options.debug = debug;
  }

  /** With no command: the interactive shell. */
  @Override
  public void run() {
    try (Terminal terminal = terminal()) {
      new InteractiveShell(session, terminal, () -> RapportMain.commandLine(session)).run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  private Terminal terminal() throws IOException {
    if (session.terminal()) {
      return TerminalBuilder.builder().system(true).build();
    }
    // Input from a pipe or a script: a plain terminal that reads lines and never asks the OS.
    return InteractiveShell.plainTerminal(System.in, System.out);
  }
}
