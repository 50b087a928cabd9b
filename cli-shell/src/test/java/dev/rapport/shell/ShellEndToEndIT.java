package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built shell, run as a process over a real SQLite file. */
class ShellEndToEndIT {

  @TempDir
  Path home;

  private ShellProcess shell() {
    return new ShellProcess(home);
  }

  @Test
  void version_printsTheVersion() {
    assertThat(shell().ok("--version")).startsWith("rapport ");
  }

  @Test
  void badInput_exitsOneWithAMessageSayingWhatAndWhere() {
    ShellProcess shell = shell();
    shell.ok("contact", "add", "Grace Hopper");

    ShellProcess.Result badKind = shell.run("log", "grace", "--kind", "lunch");
    ShellProcess.Result badDate = shell.run("log", "grace", "--kind", "call", "--on", "2026-02-30");
    ShellProcess.Result nobody = shell.run("contact", "show", "nobody");
    ShellProcess.Result usage = shell.run("contact", "frobnicate");

    assertThat(badKind.code()).isEqualTo(1);
    assertThat(badKind.err()).contains("--kind", "'lunch'");
    assertThat(badDate.code()).isEqualTo(1);
    assertThat(badDate.err()).contains("--on", "2026-02-30");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("no contact matches 'nobody'");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(badKind.out() + badDate.out() + nobody.out()).isEmpty();
  }

  @Test
  void forget_leavesNothingOfTheContactInAnyTable() throws SQLException {
    ShellProcess shell = shell();
    shell.ok("contact", "add", "Grace Hopper", "--email", "grace@navy.example", "--birthday", "1906-12-09",
        "--company", "Navy");
    shell.ok("contact", "add", "Alan Turing", "--email", "alan@bletchley.example");
    shell.ok("note", "add", "grace", "Nanoseconds are a foot long");
    shell.ok("log", "grace", "--kind", "meeting", "--summary", "coffee with Grace");
    shell.ok("log", "alan", "--kind", "introduction", "--introduced-to", "grace");
    shell.ok("collab", "add", "Compiler talk", "--with", "grace,alan");

    shell.ok("forget", "grace");

    List<String> rows = everyRow(home.resolve("rapport.db"));
    assertThat(rows).isNotEmpty().noneMatch(r -> r.contains("Grace") || r.contains("grace@navy") || r.contains("Nanoseconds"));
    assertThat(shell.run("contact", "show", "grace").code()).isEqualTo(1);
    assertThat(shell.ok("contact", "list")).contains("Alan Turing").doesNotContain("Grace");
  }

  @Test
  void interactiveMode_runsScriptedCommandsAndKeepsHistory() throws Exception {
    ShellProcess.Result result = shell().runWithInput(
        "contact add \"Ada Lovelace\" --tier inner\nlog ada --kind call --minutes 20\ncontact show ada\nexit\n");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("added Ada Lovelace", "logged call", "20 min");
    assertThat(Files.readString(home.resolve("history"))).contains("contact show ada");
  }

  @Test
  void demo_buildsItsOwnDatabaseAndLeavesTheOwnersAlone() {
    String out = shell().ok("demo", "--contacts", "60");

    assertThat(out).contains("60 contacts", "Try next");
    assertThat(home.resolve("demo.db")).exists();
    assertThat(home.resolve("rapport.db")).doesNotExist();
  }

  /** Every row of every table, as text: what a forgotten contact must not appear in. */
  private static List<String> everyRow(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t = s.executeQuery("select name from sqlite_master where type = 'table'")) {
        while (t.next()) {
          tables.add(t.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("select * from \"" + table + "\"")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder(table).append(':');
            for (int i = 1; i <= columns; i++) {
              row.append(' ').append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }
}
