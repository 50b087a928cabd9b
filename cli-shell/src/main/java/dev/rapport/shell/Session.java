package dev.rapport.shell;

import dev.rapport.core.port.out.Storage;
import dev.rapport.core.service.Rapport;
import dev.rapport.shell.bootstrap.DataFolder;
import dev.rapport.shell.bootstrap.StorageLocation;
import dev.rapport.shell.bootstrap.StorageOpener;
import dev.rapport.shell.bootstrap.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the commands of one run (or one interactive session) share: the global options, the
 * environment, whether output goes to a terminal, and the storage, opened on first use.
 */
public final class Session implements AutoCloseable {

  private final GlobalOptions options;
  private final Map<String, String> env;
  private final StorageOpener opener;
  private final boolean terminal;

  private StorageLocation openLocation;
  private Storage storage;
  private Rapport rapport;
  private Optional<LocalDate> rapportAsOf;
  private Keys keys;

  /** Single key presses, read without waiting for Enter: what the interactive shell offers its commands. */
  @FunctionalInterface
  public interface Keys {
    /** The next key pressed (white space skipped), or -1 at the end of input. */
    int next();
  }

  /** A session; {@code terminal} says whether a person is watching the output. */
  public Session(GlobalOptions options, Map<String, String> env, StorageOpener opener, boolean terminal) {
    this.options = options;
    this.env = Map.copyOf(env);
    this.opener = opener;
    this.terminal = terminal;
  }

  /** The global options as given. */
  public GlobalOptions options() {
    return options;
  }

  /** The environment variables. */
  public Map<String, String> env() {
    return env;
  }

  /** Whether output goes to a terminal a person is watching. */
  public boolean terminal() {
    return terminal;
  }

  /** Colours and progress only for people: on a terminal, in table format, unless NO_COLOR is set. */
  public Style style() {
    String noColor = env.get("NO_COLOR");
    boolean colour = terminal && options.format() == OutputFormat.TABLE
        && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    return new Style(colour);
  }

  /** Keys pressed one at a time, when a person is at the interactive shell; empty in one-shot runs. */
  public Optional<Keys> keys() {
    return Optional.ofNullable(keys);
  }

  /** Lets commands read single keys: the interactive shell's terminal. */
  void useKeys(Keys keys) {
    this.keys = keys;
  }

  /** The data folder ({@code ~/.rapport} or {@code RAPPORT_HOME}). */
  public Path dataFolder() {
    return DataFolder.of(env);
  }

  /** Where the options say the data is, {@code defaultFile} when they name no database. */
  public StorageLocation location(Path defaultFile) {
    if (options.jdbcUrl().isPresent()) {
      if (options.db().isPresent()) {
        throw new IllegalArgumentException("give either --db FILE or --jdbc-url URL, not both");
      }
      return StorageLocation.jdbc(options.jdbcUrl().get(), options.jdbcUser(), options.jdbcSchema(),
          Optional.ofNullable(env.get("RAPPORT_JDBC_PASSWORD")));
    }
    if (options.jdbcSchema().isPresent()) {
      throw new IllegalArgumentException("--jdbc-schema names a schema of --jdbc-url; give --jdbc-url too");
    }
    return StorageLocation.sqlite(options.db().orElse(defaultFile));
  }

  /** Rapport over the owner's database, with today as {@code --as-of} says. */
  public Rapport rapport() {
    return rapport(location(DataFolder.defaultDatabase(env)));
  }

  /** Rapport over the database at {@code location}, opening it unless it is the one open. */
  public Rapport rapport(StorageLocation location) {
    // The null check first: a record's first equals links its method handles, 40 ms a one-shot command need not pay.
    if (openLocation == null || !location.equals(openLocation)) {
      close();
      storage = opener.open(location);
      Timing.mark("database open");
      openLocation = location;
    }
    if (rapport == null || !Objects.equals(rapportAsOf, options.asOf())) {
      rapport = Wiring.rapport(storage, options.asOf());
      rapportAsOf = options.asOf();
    }
    return rapport;
  }

  /**
   * The clock of the open Rapport (the owner's database when none is open): today is
   * {@code --as-of} or the real day, in the owner's zone.
   */
  public Clock clock() {
    Rapport open = rapport == null || !Objects.equals(rapportAsOf, options.asOf()) ? rapport() : rapport;
    return Wiring.clock(open.profile().profile().zone(), options.asOf());
  }

  /** The day the rules treat as today. */
  public LocalDate today() {
    return LocalDate.now(clock());
  }

  @Override
  public void close() {
    if (storage != null) {
      Storage open = storage;
      storage = null;
      rapport = null;
      openLocation = null;
      open.close();
    }
  }
}
