package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.service.Rapport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Embedding" example of the README, run as written, so it cannot go stale. */
class EmbeddingExampleTest {

  private static final String BEGIN = "// README:begin";
  private static final String END = "// README:end";

  @TempDir
  Path folder;

  /** The README's example; {@code file}, {@code clock} and {@code out} are the embedder's. */
  static void example(Path file, Clock clock, PrintStream out) {
    // README:begin
    try (JdbcStore store = JdbcStore.openSqlite(file)) {        // created on first use
      Rapport rapport = Rapport.over(store, clock);
      Contact ada = rapport.contacts().add(
          NewContact.named("Ada Lovelace").company("Analytical Engines").tier(Tier.CLOSE));
      rapport.activity().log(
          LogTouch.inbound(ada.id(), InteractionKind.MESSAGE).summary("asked how the engine is going"));
      rapport.outreach().agenda().planned().forEach(s ->
          out.printf("%s  %-14s %-10s %s%n", s.due(), s.contactName(), s.action(), s.reason()));
    }
    // README:end
  }

  @Test
  void theExample_opensAFile_recordsATouch_andPrintsTheWeeksAgenda() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path file = folder.resolve("rapport.db");
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);

    example(file, clock, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(file).exists();
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("2026-11-26  Ada Lovelace   REPLY");
  }

  @Test
  void theReadme_showsExactlyTheExampleThatRuns() throws IOException {
    Path source = moduleDir().resolve("src/test/java/dev/rapport/adapter/jdbc/EmbeddingExampleTest.java");
    String code = between(Files.readString(source), BEGIN, END);
    String readme = Files.readString(moduleDir().resolveSibling("README.md"));
    assertThat(normalize(readme)).contains(normalize(code));
  }

  private static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.exists(dir.resolve("src/test/java")) ? dir : dir.resolve("adapters-jdbc");
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin, text.indexOf("static void example"));
    return text.substring(text.indexOf('\n', from) + 1, text.indexOf(end, from));
  }

  /** Leading indentation differs between the test and the README; the lines must not. */
  private static String normalize(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
