package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RapportMainTest {

  private final Harness shell = new Harness();

  @Test
  void givenVersionOption_run_printsTheBuildVersionAndExitsZero() {
    int code = shell.run("--version");

    assertThat(code).isZero();
    assertThat(shell.out.strip()).matches("rapport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void givenHelpOption_run_listsTheGlobalOptionsAndCommandsAndExitsZero() {
    int code = shell.run("--help");

    assertThat(code).isZero();
    assertThat(shell.out).contains("Usage: rapport", "--db=FILE", "--jdbc-url=URL", "--as-of=YYYY-MM-DD",
        "--format=table|csv|json", "contact", "log", "profile", "forget");
  }

  @Test
  void givenUnknownOption_run_isAUsageErrorWithExitCodeTwo() {
    int code = shell.run("--colour");

    assertThat(code).isEqualTo(2);
    assertThat(shell.err).contains("Unknown option: '--colour'");
    assertThat(shell.out).isEmpty();
  }

  @Test
  void givenUnknownCommand_run_isAUsageErrorWithExitCodeTwo() {
    int code = shell.run("agendaa");

    assertThat(code).isEqualTo(2);
    assertThat(shell.err).contains("agendaa");
  }

  @Test
  void givenBadDate_run_isWrongInputWithExitCodeOneNamingTheOption() {
    int code = shell.run("--as-of", "2026-02-30", "contact", "list");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("--as-of").contains("'2026-02-30' is not a date");
  }

  @Test
  void givenGlobalOptionAfterTheCommand_run_appliesItAsBefore() {
    shell.ok("contact", "add", "Ada Lovelace");

    String json = shell.ok("contact", "list", "--format", "json");
    String before = shell.ok("--format", "json", "contact", "list");

    assertThat(JsonOutput.rows(json)).singleElement().satisfies(r -> assertThat(r.get("contact").asText()).isEqualTo("Ada Lovelace"));
    assertThat(before).isEqualTo(json);
  }

  @Test
  void givenABugInside_run_exitsThreeSayingItIsABugAndWhatToReport_withoutAStackTrace() {
    shell.opener = location -> {
      throw new NullPointerException("the store was null");
    };

    int code = shell.run("contact", "list");

    assertThat(code).isEqualTo(3);
    assertThat(shell.err).contains("internal error", "bug", "the store was null", "report", "--debug")
        .doesNotContain("\tat ");
  }

  @Test
  void givenDebug_aBug_showsItsStackTrace() {
    shell.opener = location -> {
      throw new IllegalStateException("broken invariant");
    };

    int code = shell.run("--debug", "contact", "list");

    assertThat(code).isEqualTo(3);
    assertThat(shell.err).contains("broken invariant", "\tat dev.rapport.shell.");
  }

  @Test
  void givenOutOfMemory_run_exitsThreeSayingHowToGiveTheJvmMore_withoutAStackTrace() {
    shell.opener = location -> {
      throw new OutOfMemoryError("Java heap space");
    };

    int code = shell.run("agenda");

    assertThat(code).isEqualTo(3);
    assertThat(shell.err).contains("out of memory", "Java heap space", "RAPPORT_JAVA_OPTS=-Xmx")
        .doesNotContain("\tat ");
  }

  @Test
  void givenWrongInput_debug_keepsExitCodeOne() {
    assertThat(shell.run("--debug", "contact", "show", "nobody")).isEqualTo(1);
    assertThat(shell.err).contains("no contact matches 'nobody'");
  }
}
