package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built shell on a real PostgreSQL server by {@code --jdbc-url}, its password from the environment. */
class PostgresShellIT {

  private static EmbeddedPostgres postgres;

  @TempDir
  Path home;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  private ShellProcess shell(String password) {
    return new ShellProcess(home, Map.of("RAPPORT_JDBC_PASSWORD", password));
  }

  private static String[] on(String... command) {
    String[] args = new String[command.length + 4];
    args[0] = "--jdbc-url";
    args[1] = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    args[2] = "--jdbc-user";
    args[3] = "postgres";
    System.arraycopy(command, 0, args, 4, command.length);
    return args;
  }

  @Test
  void everyDayCommands_workOnPostgresAndWriteNoSqliteFile() throws SQLException {
    ShellProcess shell = shell("postgres");

    shell.ok(on("contact", "add", "Grace Hopper", "--tier", "inner", "--email", "grace@navy.example"));
    shell.ok(on("log", "grace", "--kind", "message", "--direction", "in", "--on", "2026-11-20"));
    String agenda = shell.ok(on("--as-of", "2026-11-26", "agenda"));
    String file = shell.ok(on("--as-of", "2026-11-26", "contact", "show", "grace"));
    shell.ok(on("forget", "grace"));

    assertThat(agenda).contains("Grace Hopper", "reply");
    assertThat(file).contains("Grace Hopper", "grace@navy.example", "message");
    assertThat(count("rapport.contacts")).isZero();
    assertThat(count("rapport.touches")).isZero();
    assertThat(home.resolve("rapport.db")).doesNotExist();
  }

  @Test
  void givenTwoSchemas_eachOwnerSeesOnlyTheContactsInTheirs() throws SQLException {
    ShellProcess shell = shell("postgres");

    shell.ok(on("--jdbc-schema", "owner_ada", "contact", "add", "Charles Babbage"));
    shell.ok(on("--jdbc-schema", "owner_grace", "contact", "add", "Howard Aiken"));
    String ada = shell.ok(on("--jdbc-schema", "owner_ada", "--format", "csv", "contact", "list"));
    String grace = shell.ok(on("--jdbc-schema", "owner_grace", "--format", "csv", "contact", "list"));

    assertThat(ada).contains("Charles Babbage").doesNotContain("Howard Aiken");
    assertThat(grace).contains("Howard Aiken").doesNotContain("Charles Babbage");
    assertThat(count("owner_ada.contacts")).isEqualTo(1);
    assertThat(count("owner_grace.contacts")).isEqualTo(1);
  }

  @Test
  void unknownUser_exitsOneSayingWhoCouldNotConnect() {
    String[] args = on("contact", "list");
    args[3] = "nobody";
    ShellProcess.Result result = shell("postgres").run(args);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("could not connect to", "localhost:" + postgres.getPort(), "\"nobody\"");
    assertThat(result.out()).isEmpty();
  }

  private static int count(String table) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getInt(1);
    }
  }
}
