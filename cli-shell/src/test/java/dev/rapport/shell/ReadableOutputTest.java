package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables read as a person writes: dates like "10 Dec", counts agreeing with nouns, names written one way. */
class ReadableOutputTest {

  private static final String TODAY = "2026-11-20";

  private final Harness shell = new Harness();

  @Test
  void contactShow_writesAYearlessBirthdayAs10Dec_andOneWithAYearAs10Dec1985() {
    shell.ok("contact", "add", "Ada Lovelace", "--birthday", "12-10");
    shell.ok("contact", "add", "Grace Hopper", "--birthday", "1985-12-10");

    assertThat(shell.ok("--as-of", TODAY, "contact", "show", "ada")).contains("10 Dec  birthday").doesNotContain("--12-10");
    assertThat(shell.ok("--as-of", TODAY, "contact", "show", "grace")).contains("10 Dec 1985  birthday")
        .doesNotContain("1985-12-10");
  }

  @Test
  void datesInTables_areWrittenForPeople_andStayIsoInCsv() {
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--birthday", "11-23", "--connected-on", "2024-01-01");

    assertThat(shell.ok("--as-of", TODAY, "special-days", "--days", "7")).contains("23 Nov").doesNotContain("2026-11-23");
    assertThat(shell.ok("--as-of", TODAY, "special-days", "--days", "7", "--format", "csv")).contains("2026-11-23");
  }

  @Test
  void gaps_countAgreesWithItsNoun_andTiesAndBandsAreWrittenAsInTheTables() {
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--tier", "close", "--industry", "fintech",
        "--connected-on", "2024-01-01");

    String gaps = shell.ok("--as-of", TODAY, "gaps");

    assertThat(gaps).contains("(1 contact;").doesNotContain("1 contacts")
        .contains("close tie is dormant").doesNotContain("CLOSE", "DORMANT");
  }
}
