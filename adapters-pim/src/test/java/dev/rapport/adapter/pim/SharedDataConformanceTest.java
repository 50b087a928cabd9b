package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real files of {@code ../shared/data/} (see its README): MIME-tools' 48 messages import by
 * header without failing, those lacking a usable From or Date skipped and counted; ical4j's valid
 * calendars read without a problem, its invalid ones read what they can or fail with where and
 * what. Skipped, saying why, when the folder is absent.
 */
class SharedDataConformanceTest {

  private static final Instant AS_OF = Instant.parse("2026-12-01T12:00:00Z");

  private static Rapport rapport() {
    return Rapport.over(new InMemoryStorage(), Clock.fixed(AS_OF, ZoneOffset.UTC));
  }

  /** shared/data/{name} in the first folder above the working directory that has it. */
  static Optional<Path> locate(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(name);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Path required(String name) {
    Optional<Path> path = locate(name);
    assumeThat(path).as("conformance skipped: shared/data/" + name + " not found above " + Path.of("").toAbsolutePath())
        .isPresent();
    return path.get();
  }

  @Test
  void mimetoolsMbox_importsEveryMessageByHeader_countingEachOneItLeavesOut() throws IOException {
    Path mbox = required("mail/mimetools.mbox");
    Rapport rapport = rapport();
    // Eryq wrote several of the messages; the owner is one who receives them
    Contact eryq = rapport.contacts().add(NewContact.named("Eryq").emails(List.of("eryq@rhine.gsfc.nasa.gov")));
    int[] lacking = lackingFromOrDate(mbox);

    ImportReport report = rapport.imports().importNetwork(Mailbox.of(mbox, List.of("owner@example.org")).source(), false);
    ImportReport again = rapport.imports().importNetwork(Mailbox.of(mbox, List.of("owner@example.org")).source(), false);

    assertThat(report.problems()).isEmpty();
    // copies of one message (the same Message-ID, or without one the same header block) touch once
    assertThat(report.skippedFor()).containsOnlyKeys(MailSource.NO_SENDER, MailSource.NO_DATE, "already imported");
    assertThat(report.skippedFor()).containsEntry(MailSource.NO_SENDER, lacking[0]).containsEntry(MailSource.NO_DATE, lacking[1]);
    assertThat(report.touches()).isPositive();
    assertThat(rapport.activity().touches(eryq.id())).hasSize(report.touches());
    assertThat(again.touches()).isZero();
  }

  /**
   * Counted the plain way, line by line: messages whose From field has no address with an {@code @},
   * and of the others those with no Date field.
   */
  private static int[] lackingFromOrDate(Path mbox) throws IOException {
    int noFrom = 0;
    int noDate = 0;
    boolean inHeader = false;
    boolean from = false;
    boolean date = false;
    boolean afterBlank = true;
    for (String line : Files.readAllLines(mbox, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      if (afterBlank && line.startsWith("From ")) {
        inHeader = true;
        from = false;
        date = false;
      } else if (inHeader && line.isEmpty()) {
        inHeader = false;
        if (!from) {
          noFrom++;
        } else if (!date) {
          noDate++;
        }
      } else if (inHeader && line.regionMatches(true, 0, "From:", 0, 5)) {
        from = line.contains("@");
      } else if (inHeader && line.regionMatches(true, 0, "Date:", 0, 5)) {
        date = true;
      }
      afterBlank = line.isEmpty();
    }
    return new int[] {noFrom, noDate};
  }

  static Stream<Path> validCalendars() throws IOException {
    Optional<Path> dir = locate("calendar/ical4j-samples/valid");
    if (dir.isEmpty()) {
      return Stream.of(Path.of("shared-data-absent"));
    }
    try (Stream<Path> files = Files.list(dir.get())) {
      return files.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
    }
  }

  static Stream<Path> invalidCalendars() throws IOException {
    Optional<Path> dir = locate("calendar/ical4j-samples/invalid");
    if (dir.isEmpty()) {
      return Stream.of(Path.of("shared-data-absent"));
    }
    try (Stream<Path> files = Files.list(dir.get())) {
      return files.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("validCalendars")
  void aValidIcal4jCalendar_readsWithoutAProblem(Path file) {
    assumeThat(Files.exists(file)).as("conformance skipped: shared/data/calendar not found").isTrue();
    Rapport rapport = rapport();
    ImportReport report = rapport.imports().importNetwork(
        CalendarImport.of(file, List.of("owner@example.org"), AS_OF, ZoneOffset.UTC).source(), true);

    assertThat(report.problems()).isEmpty();
    assertThat(report.touches()).as("no contact is known, so no event touches anyone").isZero();
  }

  @ParameterizedTest
  @MethodSource("invalidCalendars")
  void anInvalidIcal4jCalendar_readsWhatItCan_orFailsSayingWhereAndWhat(Path file) {
    assumeThat(Files.exists(file)).as("conformance skipped: shared/data/calendar not found").isTrue();
    Rapport rapport = rapport();
    try {
      ImportReport report = rapport.imports().importNetwork(
          CalendarImport.of(file, List.of("owner@example.org"), AS_OF, ZoneOffset.UTC).source(), false);
      assertThat(report.problems()).isEmpty();
    } catch (ImportException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.file()).isEqualTo(file.getFileName().toString());
        assertThat(p.message()).startsWith("expected an iCalendar file");
      });
    }
  }
}
