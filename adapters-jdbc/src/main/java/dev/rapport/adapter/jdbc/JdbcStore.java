package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Rapport's storage on JDBC: a SQLite file (the embedded default) or a PostgreSQL database, with
 * the same schema and behaviour. Opening upgrades an older schema and refuses a newer one.
 * Close the store when done.
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

  private JdbcStore(Database db) {
    this.db = db;
    this.contacts = new JdbcContacts(db);
    this.touches = new JdbcTouches(db);
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
    checkNotNull(file, "file");
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
    return open(Dialect.SQLITE, dataSource, absolute.toString());
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

  /**
   * Opens a PostgreSQL database from its JDBC URL ({@code jdbc:postgresql://host:5432/name}).
   *
   * @throws StorageException when the server cannot be reached, or the schema is from a newer version
   */
  public static JdbcStore openPostgres(String url, String user, String password) {
    checkArgument(url != null && url.startsWith("jdbc:postgresql:"),
        "jdbc url must start with jdbc:postgresql: '%s'", url);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    // Lets the driver send a batch of inserts as multi-row statements: an import's touches in few round trips.
    dataSource.setReWriteBatchedInserts(true);
    // Binary transfer from the first execution: the aggregates' bytea vectors arrive as bytes, not hex text.
    dataSource.setPrepareThreshold(-1);
    return open(Dialect.POSTGRESQL, dataSource, url.replaceAll("password=[^&]*", "password=***"));
  }

  private static JdbcStore open(Dialect dialect, DataSource dataSource, String description) {
    Schema.migrate(dialect, dataSource, description);
    JdbcStore store = new JdbcStore(new Database(dialect, dataSource::getConnection, description));
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
