package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private final Harness shell = new Harness();

  @TempDir
  Path folder;

  @Test
  void report_writesOnePageWithEverySection_andSaysWhere() throws Exception {
    shell.ok("contact", "add", "<script>alert(1)</script>", "--tier", "inner", "--company", "Acme");
    shell.ok("contact", "add", "\"><img src=x onerror=alert(1)>", "--tier", "close");
    Path file = folder.resolve("mine.html");

    String out = shell.ok("--as-of", "2026-11-20", "report", "--out", file.toString());

    assertThat(out).startsWith("Wrote the report of 2026-11-20 to " + file).contains("open it in a browser");
    Document page = Jsoup.parse(file.toFile(), "UTF-8");
    assertThat(page.select("section[id]").eachAttr("id")).containsExactly("agenda", "health", "goals", "composition",
        "channels", "special-days", "patterns", "start-small");
    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.select("section#agenda td.contact").eachText())
        .contains("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    assertThat(folder).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void report_withNoOut_namesTheFileForTheDay_inTheCurrentFolder() {
    assertThat(ReportCommand.defaultName(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("rapport-report-2026-12-07.html");
  }

  @Test
  void reportAsJson_isOneObjectWithTheFileAndItsSize() throws Exception {
    Path file = folder.resolve("r.html");

    String json = shell.ok("--as-of", "2026-11-20", "--format", "json", "report", "--out", file.toString(), "--days", "14");

    JsonNode row = new ObjectMapper().readTree(json).get(0);
    assertThat(row.get("file").asText()).isEqualTo(file.toString());
    assertThat(row.get("bytes").asLong()).isEqualTo(Files.size(file));
    assertThat(row.get("asOf").asText()).isEqualTo("2026-11-20");
    assertThat(Jsoup.parse(file.toFile(), "UTF-8").select("section#agenda h2").text())
        .isEqualTo("Agenda, 20 Nov to 3 Dec");
  }

  @Test
  void reportIntoAFolderThatDoesNotExist_exitsOne_namingTheOption() {
    int code = shell.run("report", "--out", folder.resolve("missing/r.html").toString());

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("--out", "does not exist");
  }

  @Test
  void reportOverZeroDays_exitsOne_namingTheOption() {
    int code = shell.run("report", "--days", "0", "--out", folder.resolve("r.html").toString());

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("--days must be at least 1: 0");
    assertThat(folder.resolve("r.html")).doesNotExist();
  }
}
