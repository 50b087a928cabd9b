package dev.rapport.adapter.jdbc;

import dev.rapport.core.port.out.StorageException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database to the schema this version of the adapter writes. Flyway runs only when
 * there is something to migrate: a store already at the current version opens with one query,
 * which keeps a one-shot shell command fast (Flyway's own start-up costs a few hundred ms).
 */
final class Schema {

  /** The newest migration, in {@code migration/} or in Java; a test checks that they agree. */
  static final int CURRENT_VERSION = 9;

  /**
   * Every migration's version, in {@code migration/} or in Java; a test checks that they agree.
   * A store at the newest version may still lack an older one that was added after a newer one
   * (7 came after 8): it is then applied out of order.
   */
  static final Set<String> VERSIONS = Set.of("1", "2", "3", "4", "5", "5.1", "6", "7", "8", "9");

  static final String HISTORY_TABLE = "rapport_schema_history";

  /** Held so the level set on it is not lost: java.util.logging keeps loggers only weakly. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  private Schema() {}

  /** The schema version recorded in the database: 0 for a new one. */
  static BigDecimal version(Connection connection) throws SQLException {
    return newest(applied(connection));
  }

  private static BigDecimal newest(Set<String> versions) {
    return versions.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::max);
  }

  /** The versions of the migrations applied to the database, written as {@link #VERSIONS} writes them. */
  static Set<String> applied(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, connection.getSchema(), HISTORY_TABLE, null)) {
      if (!tables.next()) {
        return Set.of();
      }
    }
    Set<String> versions = new HashSet<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version FROM " + HISTORY_TABLE + " WHERE success = ? AND version IS NOT NULL")) {
      select.setBoolean(1, true);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          versions.add(new BigDecimal(rows.getString(1)).stripTrailingZeros().toPlainString());
        }
      }
    }
    return versions;
  }

  /**
   * Upgrades an older database, leaves a current one alone, and refuses a newer one; returns the
   * version the database had (0 for a new one). On PostgreSQL, {@code schema} is the one schema
   * Flyway looks at and writes (its history table included), so tables of other schemas never
   * make it refuse the database; on SQLite it is null.
   *
   * @throws StorageException when the database was written by a newer version, or a migration failed
   */
  static BigDecimal migrate(Dialect dialect, DataSource dataSource, String description, String schema) {
    BigDecimal version;
    Set<String> applied;
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageException("could not connect to " + description + ": " + e.getMessage(), e);
    }
    try (connection) {
      applied = applied(connection);
      version = newest(applied);
    } catch (SQLException e) {
      throw new StorageException("could not read the schema version of " + description + ": " + e.getMessage(), e);
    }
    int comparison = version.compareTo(BigDecimal.valueOf(CURRENT_VERSION));
    if (comparison > 0) {
      throw new StorageException(description + " was written by a newer version of Rapport (schema version "
          + version.toPlainString() + "; this version reads schema versions up to " + CURRENT_VERSION
          + "): upgrade Rapport to open it. The file was not changed.");
    }
    if (comparison == 0 && applied.containsAll(VERSIONS)) {
      return version;
    }
    quietFlyway();
    try {
      FluentConfiguration flyway = Flyway.configure(Schema.class.getClassLoader());
      if (schema != null) {
        flyway.schemas(schema).defaultSchema(schema).createSchemas(false);
      }
      flyway
          .dataSource(dataSource)
          .table(HISTORY_TABLE)
          .locations(dialect.migrationLocations())
          .placeholders(dialect.placeholders())
          .javaMigrations(new PackRelationships(dialect))
          .outOfOrder(lacksOlder(applied, version)) // only then: Flyway warns whenever it is on
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StorageException("could not upgrade the schema of " + description + ": " + e.getMessage(), e);
    }
    return version;
  }

  /** Whether the store lacks a migration older than its newest one (one added after a newer one). */
  private static boolean lacksOlder(Set<String> applied, BigDecimal newest) {
    return VERSIONS.stream().anyMatch(v -> new BigDecimal(v).compareTo(newest) < 0 && !applied.contains(v));
  }

  /** Flyway reports each step at INFO; an embedding application or the shell should not see that. */
  private static void quietFlyway() {
    if (FLYWAY_LOG.getLevel() == null) {
      FLYWAY_LOG.setLevel(Level.WARNING);
    }
  }
}
