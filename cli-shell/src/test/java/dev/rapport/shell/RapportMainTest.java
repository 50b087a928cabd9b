package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RapportMainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = RapportMain.commandLine(new GlobalOptions(), Map.of());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void givenVersionOption_run_printsTheBuildVersionAndExitsZero() {
    int code = run("--version");

    assertThat(code).isZero();
    assertThat(out.toString().strip()).matches("rapport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void givenHelpOption_run_listsTheGlobalOptionsAndExitsZero() {
    int code = run("--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: rapport", "--db=FILE", "--jdbc-url=URL", "--as-of=YYYY-MM-DD",
        "--format=table|csv|json");
  }

  @Test
  void givenUnknownOption_run_isAUsageErrorWithExitCodeTwo() {
    int code = run("--colour");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--colour'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void givenBadDate_run_isWrongInputWithExitCodeOneNamingTheOption() {
    int code = run("--as-of", "2026-02-30");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--as-of").contains("'2026-02-30' is not a date");
  }
}
