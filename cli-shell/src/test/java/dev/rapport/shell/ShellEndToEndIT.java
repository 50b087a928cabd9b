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
import java.util.Map;
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
  void sqliteLibrary_isKeptInTheDataFolderNotUnpackedIntoTmpOnEveryRun() throws Exception {
    shell().ok("contact", "add", "Grace Hopper");
    shell().ok("contact", "list");

    try (var kept = Files.walk(home.resolve("native"))) {
      assertThat(kept.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly(System.mapLibraryName("sqlitejdbc"));
    }
  }

  @Test
  void sqliteDriver_leavesTheSystemsTemporaryFolderAlone(@TempDir Path tmp) throws Exception {
    // The driver's clean-up lists its temporary folder on every start and deletes copies of its
    // library that no run holds: a stale copy left in the system's folder shows whether it looked.
    Path stale = Files.writeString(tmp.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-stale-libsqlitejdbc.so"), "");
    ShellProcess shell = new ShellProcess(home, Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp));

    shell.ok("contact", "add", "Grace Hopper");

    assertThat(stale).exists();
  }

  @Test
  void badInput_exitsOneWithAMessageSayingWhatAndWhere() throws Exception {
    ShellProcess shell = shell();
    shell.ok("contact", "add", "Grace Hopper");

    ShellProcess.Result badKind = shell.run("log", "grace", "--kind", "lunch");
    ShellProcess.Result badDate = shell.run("log", "grace", "--kind", "call", "--on", "2026-02-30");
    ShellProcess.Result nobody = shell.run("contact", "show", "nobody");
    ShellProcess.Result usage = shell.run("contact", "frobnicate");
    Path aFile = Files.writeString(home.resolve("a-file"), "not a folder");
    ShellProcess.Result badExport = shell.run("export", aFile.resolve("out").toString());

    assertThat(badKind.code()).isEqualTo(1);
    assertThat(badKind.err()).contains("--kind", "'lunch'");
    assertThat(badDate.code()).isEqualTo(1);
    assertThat(badDate.err()).contains("--on", "2026-02-30");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("no contact matches 'nobody'");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(badExport.code()).isEqualTo(1);
    assertThat(badExport.err()).contains("could not", aFile.resolve("out").toString());
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

  @Test
  void importLogExportAndReimport_keepTheNetwork() throws Exception {
    ShellProcess shell = shell();
    Path file = home.resolve("Connections.csv");
    Files.writeString(file, LINKEDIN);

    String imported = shell.ok("import", "linkedin", file.toString());
    String healthBefore = shell.ok("--as-of", "2026-11-20", "health", "--format", "csv");
    shell.ok("--as-of", "2026-11-20", "log", "ada", "--kind", "meeting", "--on", "2026-11-10", "--summary", "coffee");
    shell.ok("--as-of", "2026-11-20", "log", "grace", "--kind", "message", "--direction", "in", "--on", "2026-11-18");
    String healthAfter = shell.ok("--as-of", "2026-11-20", "health", "--format", "csv");
    String agenda = shell.ok("--as-of", "2026-11-20", "agenda", "--format", "json");
    shell.ok("note", "add", "ada", "wants an intro to a compiler person");
    String again = shell.ok("import", "linkedin", file.toString(), "--format", "json");
    shell.ok("export", home.resolve("out").toString());
    String reimported = shell.ok("--db", home.resolve("copy.db").toString(), "import", "rapport", home.resolve("out").toString());

    assertThat(imported).contains("3 added");
    assertThat(score(healthAfter, "Ada Lovelace")).isGreaterThan(score(healthBefore, "Ada Lovelace"));
    assertThat(JsonOutput.rowWhere(JsonOutput.rows(agenda), "contact", "Grace Hopper").get("action").asText()).isEqualTo("reply");
    assertThat(JsonOutput.object(again).get("added").asInt()).isZero();
    assertThat(JsonOutput.object(again).get("unchanged").asInt()).isEqualTo(3);
    assertThat(reimported).contains("3 added", "2 touches", "1 note,");
    String original = withoutIds(shell.ok("--as-of", "2026-11-20", "contact", "show", "ada", "--format", "json"));
    String copy = withoutIds(shell.ok("--as-of", "2026-11-20", "--db", home.resolve("copy.db").toString(),
        "contact", "show", "ada", "--format", "json"));
    assertThat(copy).isEqualTo(original).contains("coffee", "compiler person", "Analytical Engines");
  }

  @Test
  void mailImportedIntoSqlite_keepsItsMessageIds_throughAReopenAndAnExportToACopy() throws Exception {
    ShellProcess shell = shell();
    Path mbox = home.resolve("Sent.mbox");
    Files.writeString(mbox, "From - Mon Nov 16 10:00:00 2026\nFrom: Ada <ada@lovelace.example>\n"
        + "To: Grace Hopper <grace@hopper.example>, Charles <charles@babbage.example>\n"
        + "Date: Mon, 16 Nov 2026 10:00:00 +0000\nMessage-ID: <sent-1@lovelace.example>\n\nHello.\n\n"
        + "From - Tue Nov 17 10:00:00 2026\nFrom: Grace Hopper <grace@hopper.example>\nTo: ada@lovelace.example\n"
        + "Date: Tue, 17 Nov 2026 10:00:00 +0000\nMessage-ID: <reply-1@hopper.example>\n\nHi.\n\n");
    shell.ok("profile", "--email", "ada@lovelace.example");
    shell.ok("contact", "add", "Grace Hopper", "--email", "grace@hopper.example");

    String first = shell.ok("--as-of", "2026-11-20", "import", "mbox", mbox.toString(), "--format", "json");
    String again = shell.ok("--as-of", "2026-11-20", "import", "mbox", mbox.toString(), "--format", "json");
    shell.ok("export", home.resolve("out").toString());
    String copied = shell.ok("--db", home.resolve("copy.db").toString(), "import", "rapport", home.resolve("out").toString());
    String intoCopy = shell.ok("--db", home.resolve("copy.db").toString(), "--as-of", "2026-11-20", "import", "mbox",
        mbox.toString(), "--format", "json");

    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(first).get("touches").asInt()).isEqualTo(2);
    assertThat(json.readTree(first).get("unknownPeople").asInt()).isEqualTo(1);
    assertThat(json.readTree(again).get("touches").asInt()).isZero();
    assertThat(json.readTree(again).get("skippedFor").get("already imported").asInt()).isEqualTo(2);
    assertThat(copied).contains("2 touches");
    // the copy knows the Message-IDs, and the owner's address, from the export
    assertThat(json.readTree(intoCopy).get("touches").asInt()).isZero();
    assertThat(json.readTree(intoCopy).get("skippedFor").get("already imported").asInt()).isEqualTo(2);
  }

  @Test
  void aBadImport_exitsOneNamingFileLineAndColumn_andWritesNothing() throws Exception {
    ShellProcess shell = shell();
    Path file = home.resolve("Connections.csv");
    Files.writeString(file, LINKEDIN + "Edsger,Dijkstra,,,,,31 Feb 2024\n");

    ShellProcess.Result result = shell.run("import", "linkedin", file.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("Connections.csv:8:7", "31 Feb 2024", "nothing was written");
    assertThat(shell.ok("contact", "list")).contains("No contacts yet");
  }

  private static double score(String csv, String name) {
    List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
    return csv.lines().filter(l -> l.startsWith(name + ","))
        .map(l -> Double.parseDouble(l.split(",")[header.indexOf("score")])).findFirst().orElseThrow();
  }

  private static String withoutIds(String json) {
    return json.replaceAll("\"contactId\" : \\d+", "");
  }

  private static final String LINKEDIN = "Notes:\n"
      + "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n"
      + "\n"
      + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
      + "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@engines.example,Analytical Engines,Chief Mathematician,12 Mar 2021\n"
      + "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,01 Feb 2024\n"
      + "Alan,Turing,https://www.linkedin.com/in/alan-turing,,Bletchley Park,Cryptanalyst,3 Jan 2025\n";

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
