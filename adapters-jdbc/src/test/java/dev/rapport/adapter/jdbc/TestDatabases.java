package dev.rapport.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests, made quickly: a SQLite file is a copy of one migrated
 * template, a PostgreSQL database a copy of a migrated template database on the one embedded
 * server this test run starts.
 */
final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Path sqliteTemplate;
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A folder for this test run's files, deleted with the JVM's temp files by the OS. */
  static synchronized Path folder() {
    try {
      return Files.createTempDirectory("rapport-jdbc-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new migrated SQLite file. */
  static synchronized Path newSqliteFile() {
    try {
      if (sqliteTemplate == null) {
        Path template = folder().resolve("template.db");
        JdbcStore.openSqlite(template).close();
        sqliteTemplate = template;
      }
      Path file = folder().resolve("test-" + COUNTER.incrementAndGet() + ".db");
      Files.copy(sqliteTemplate, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty store on a SQLite file. */
  static JdbcStore newSqliteStore() {
    return JdbcStore.openSqlite(newSqliteFile());
  }

  /** Runs SQL on the store's database behind its back (damage, an older file), in one write transaction. */
  static void execute(JdbcStore store, String... statements) {
    store.database().write(c -> {
      try (Statement statement = c.createStatement()) {
        for (String sql : statements) {
          statement.executeUpdate(sql);
        }
      }
      return null;
    });
  }

  /** The one embedded PostgreSQL server of this test run, started on first use. */
  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      createDatabase("rapport_template", null);
      JdbcStore.openPostgres(url("rapport_template"), "postgres", "postgres").close();
    }
    return postgres;
  }

  /** Stops the embedded server if this run started one; {@link StopPostgresAtSessionEnd} calls it. */
  static synchronized void stopPostgres() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
      } finally {
        postgres = null;
      }
    }
  }

  /** The JDBC URL of a database on the embedded server. */
  static String url(String database) {
    return postgres().getJdbcUrl("postgres", database);
  }

  /** A new PostgreSQL database holding the current schema and nothing else; returns its name. */
  static String newPostgresDatabase() {
    postgres();
    String name = "rapport_test_" + COUNTER.incrementAndGet();
    createDatabase(name, "rapport_template");
    return name;
  }

  /** A new PostgreSQL database with nothing in it, not even Rapport's schema; returns its name. */
  static String newEmptyPostgresDatabase() {
    postgres();
    String name = "rapport_empty_" + COUNTER.incrementAndGet();
    createDatabase(name, null);
    return name;
  }

  /** A new, empty store on a PostgreSQL database. */
  static JdbcStore newPostgresStore() {
    return JdbcStore.openPostgres(url(newPostgresDatabase()), "postgres", "postgres");
  }

  private static void createDatabase(String name, String template) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
  }
}
