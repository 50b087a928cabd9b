package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.port.out.ChannelRepository;
import dev.rapport.core.port.out.CollaborationRepository;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.OwnerProfileRepository;
import dev.rapport.core.port.out.ResourceRepository;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.port.out.StorageException;
import dev.rapport.core.port.out.TouchRepository;
import dev.rapport.core.port.out.Transactions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Rapport's storage on JDBC: a SQLite file (the embedded default) or a PostgreSQL database, with
 * the same schema and behaviour. Opening upgrades an older schema and refuses a newer one.
 * Close the store when done.
 *
 * <p>The store keeps per-contact aggregates of the touches for the rules it serves: open it with
 * the {@link Rules} you give {@code Rapport} when they are not the defaults (a store opened with
 * other rules than its aggregates were kept for rebuilds them once, on opening). Summaries asked
 * for with other windows are still right, computed from the touches, only slower.
 */
public final class JdbcStore implements Storage {

  /** The file in the Rapport home folder. */
  public static final String DEFAULT_FILE_NAME = "rapport.db";

  /** How long a writer waits for another writer on the same SQLite file before giving up. */
  private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(60);

  /**
   * SQLite's page cache per connection, in KiB (the default is 2 MiB): an import of a million
   * touches updates indexes all over the file, and with a small cache it rereads pages
   * throughout. Memory is taken only as pages are used.
   */
  private static final int CACHE_KIB = 64 * 1024;

  /**
   * How much of the file SQLite reads through a memory map instead of copying pages into its
   * cache. A whole-network read of 30,000 contacts copies some 23 MB of pages into memory
   * first touched, a page fault each (6,500, 0.1 s of system time here); mapped, the pages come
   * straight from the system's file cache, many per fault. Writes still go through the journal
   * as before. Linux, macOS and Windows keep one cache for maps and reads, as SQLite requires.
   */
  private static final long MMAP_BYTES = 256L << 20;

  private final Database db;
  private final JdbcContacts contacts;
  private final JdbcTouches touches;
  private final JdbcSpecialDays specialDays;
  private final JdbcChannels channels;
  private final JdbcResources resources;
  private final JdbcCollaborations collaborations;
  private final JdbcProfile profile;

  private JdbcStore(Database db, KeptWindows windows) {
    this.db = db;
    this.contacts = new JdbcContacts(db);
    this.touches = new JdbcTouches(db, windows);
    this.specialDays = new JdbcSpecialDays(db);
    this.channels = new JdbcChannels(db);
    this.resources = new JdbcResources(db);
    this.collaborations = new JdbcCollaborations(db);
    this.profile = new JdbcProfile(db);
  }

  /**
   * Opens the default SQLite file: {@code rapport.db} in {@code $RAPPORT_HOME}, or in
   * {@code ~/.rapport} when that variable is not set.
   *
   * @throws StorageException when the file cannot be created or opened, or is from a newer version
   */
  public static JdbcStore openDefault() {
    return openSqlite(defaultFile(System.getenv(), System.getProperty("user.home")));
  }

  /**
   * The default SQLite file for this environment and home folder: {@code RAPPORT_HOME/rapport.db},
   * else {@code HOME/.rapport/rapport.db}.
   */
  public static Path defaultFile(Map<String, String> environment, String userHome) {
    String home = environment.get("RAPPORT_HOME");
    Path folder = home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".rapport");
    return folder.resolve(DEFAULT_FILE_NAME);
  }

  /**
   * Opens a SQLite file, creating it and its folder on first use, readable by its owner only. The
   * file is in WAL mode with foreign keys on; two writers on it wait for each other.
   *
   * @throws StorageException when the file cannot be created or opened, or is from a newer version
   */
  public static JdbcStore openSqlite(Path file) {
    return openSqlite(file, Rules.defaults());
  }

  /**
   * Opens a SQLite file as {@link #openSqlite(Path)} does, keeping the touch aggregates for
   * {@code rules}.
   *
   * @throws StorageException when the file cannot be created or opened, or is from a newer version
   */
  public static JdbcStore openSqlite(Path file, Rules rules) {
    checkNotNull(file, "file");
    checkNotNull(rules, "rules");
    Path absolute = file.toAbsolutePath().normalize();
    checkArgument(!Files.isDirectory(absolute), "the SQLite file is a folder: %s", absolute);
    createPrivately(absolute);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
    config.enforceForeignKeys(true);
    config.setCacheSize(-CACHE_KIB);
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + absolute);
    return open(Dialect.SQLITE, dataSource, absolute.toString(), null, rules);
  }

  /**
   * Keeps SQLite's native library in {@code folder} (copied there once per driver version) and
   * loads it from there, instead of copying it into the temporary folder on every start: for
   * short-lived processes such as a command-line tool. Call it before the first
   * {@link #openSqlite} (a library already loaded stays as it is); it changes nothing when the library is chosen by the
   * {@code org.sqlite.lib.path} property, or cannot be copied.
   */
  public static void keepSqliteLibraryIn(Path folder) {
    SqliteLibrary.keepIn(checkNotNull(folder, "folder").toAbsolutePath());
  }

  /** The schema Rapport keeps its tables in on PostgreSQL unless told another. */
  public static final String DEFAULT_SCHEMA = "rapport";

  /** A schema name Rapport accepts: a plain lower-case SQL identifier, never quoted, at most 63 bytes. */
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /**
   * Opens Rapport's tables in the schema {@value #DEFAULT_SCHEMA} of a PostgreSQL database, from
   * its JDBC URL ({@code jdbc:postgresql://host:5432/name}).
   *
   * @throws StorageException when the server cannot be reached, or the schema is from a newer version
   */
  public static JdbcStore openPostgres(String url, String user, String password) {
    return openPostgres(url, user, password, DEFAULT_SCHEMA);
  }

  /**
   * Opens Rapport's tables in {@code schema} of a PostgreSQL database, creating the schema on
   * first use; the tables of other schemas (an application's own, or another owner's) are never
   * read or changed, so one database can hold Rapport beside an application, or many owners, one
   * schema each.
   *
   * @param schema a lower-case SQL identifier ({@code [a-z_][a-z0-9_]*}, at most 63 characters)
   * @throws IllegalArgumentException when the URL or the schema name is not one Rapport accepts
   * @throws StorageException when the server cannot be reached, or the schema is from a newer version
   */
  public static JdbcStore openPostgres(String url, String user, String password, String schema) {
    return openPostgres(url, user, password, schema, Rules.defaults());
  }

  /**
   * Opens Rapport's tables in {@code schema} of a PostgreSQL database as
   * {@link #openPostgres(String, String, String, String)} does, keeping the touch aggregates for
   * {@code rules}.
   *
   * @throws IllegalArgumentException when the URL or the schema name is not one Rapport accepts
   * @throws StorageException when the server cannot be reached, or the schema is from a newer version
   */
  public static JdbcStore openPostgres(String url, String user, String password, String schema, Rules rules) {
    checkNotNull(rules, "rules");
    checkArgument(url != null && url.startsWith("jdbc:postgresql:"),
        "jdbc url must start with jdbc:postgresql: '%s'", url);
    checkArgument(schema != null && SCHEMA_NAME.matcher(schema).matches(),
        "schema must be a lower-case SQL name (letters a-z, digits, _; at most 63): '%s'", schema);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    // Every connection resolves Rapport's unqualified table names in its own schema, and only there.
    dataSource.setCurrentSchema(schema);
    // Lets the driver send a batch of inserts as multi-row statements: an import's rows in few round trips.
    dataSource.setReWriteBatchedInserts(true);
    // Binary transfer from the first execution: the aggregates' bytea vectors arrive as bytes, not hex text.
    dataSource.setPrepareThreshold(-1);
    String description = url.replaceAll("password=[^&]*", "password=***") + " schema " + schema;
    createSchema(dataSource, schema, description);
    return open(Dialect.POSTGRESQL, dataSource, description, schema, rules);
  }

  /**
   * Creates the schema unless it exists. Looked up first, because creating needs the CREATE right
   * on the database even when the schema is there, and a user given just its schema may lack it.
   */
  private static void createSchema(DataSource dataSource, String schema, String description) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageException("could not connect to " + description + ": " + e.getMessage(), e);
    }
    try (connection) {
      try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
        select.setString(1, schema);
        try (ResultSet found = select.executeQuery()) {
          if (found.next()) {
            return;
          }
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE SCHEMA IF NOT EXISTS " + schema); // a plain identifier, checked above
      }
    } catch (SQLException e) {
      if ("42P06".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
        return; // another process created it at the same moment: it exists
      }
      throw new StorageException("could not create the schema on " + description + ": " + e.getMessage(), e);
    }
  }

  private static JdbcStore open(Dialect dialect, DataSource dataSource, String description, String schema, Rules rules) {
    Schema.migrate(dialect, dataSource, description, schema);
    JdbcStore store = new JdbcStore(new Database(dialect, dataSource::getConnection, description),
        KeptWindows.of(rules.health()));
    try {
      store.touches.ensureStats();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private static void createPrivately(Path file) {
    if (Files.exists(file)) {
      return;
    }
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      Path folder = file.getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        if (posix) {
          Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(folder);
        }
      }
      if (posix) {
        // SQLite gives its -wal and -shm files the permissions of the database file.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      // Another process created it first: fine, it is the same database.
    } catch (IOException e) {
      throw new StorageException("could not create the database file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ContactRepository contacts() {
    return contacts;
  }

  @Override
  public TouchRepository touches() {
    return touches;
  }

  @Override
  public SpecialDayRepository specialDays() {
    return specialDays;
  }

  @Override
  public ChannelRepository channels() {
    return channels;
  }

  @Override
  public ResourceRepository resources() {
    return resources;
  }

  @Override
  public CollaborationRepository collaborations() {
    return collaborations;
  }

  @Override
  public OwnerProfileRepository profile() {
    return profile;
  }

  @Override
  public Transactions transactions() {
    return db;
  }

  /** The connections behind the store, for the adapter's own tests and aggregates. */
  Database database() {
    return db;
  }

  /** Closes the store's connections; a transaction still running on another thread fails. */
  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + db.dialect() + " " + db.description() + "]";
  }
}
