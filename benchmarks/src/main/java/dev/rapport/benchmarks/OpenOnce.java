package dev.rapport.benchmarks;

import dev.rapport.adapter.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a SQLite file once and reads its contacts, then prints the milliseconds it took, in a
 * fresh JVM: the cost a one-shot shell command pays for storage. {@code --raw} does the same
 * with plain JDBC (no schema check, no Flyway), the floor to compare with.
 */
public final class OpenOnce {

  private OpenOnce() {}

  /** Usage: OpenOnce [--raw] FILE. */
  public static void main(String[] args) throws SQLException {
    long start = System.nanoTime();
    if (args[0].equals("--raw")) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
          Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM contacts")) {
        r.next();
      }
    } else {
      try (JdbcStore store = JdbcStore.openSqlite(Path.of(args[0]))) {
        store.contacts().findAll();
      }
    }
    System.out.printf("%.1f%n", (System.nanoTime() - start) / 1e6);
  }
}
