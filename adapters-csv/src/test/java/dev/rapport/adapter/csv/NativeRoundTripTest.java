package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NativeRoundTripTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("=+-@\t\r\n\",;' é日~\0\uFEFF#|:")
        .withCharRange('a', 'c')
        .ofMinLength(0).ofMaxLength(10)
        .map(s -> s.replace("~", "😀"));
    return Arbitraries.oneOf(mixed, Arbitraries.of("=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3", "@cmd", "\tTab",
        "\rCR", "'quoted", "''", "\"\"", " padded ", "a ::: b", "; ;", "\uFEFFbom"));
  }

  @Property(tries = 80)
  void exportThenImport_givesBackTheSameNetwork(@ForAll long seed, @ForAll @IntRange(max = 8) int size,
      @ForAll @Size(min = 1, max = 12) List<@From("hostile") String> texts) throws IOException {
    InMemoryStorage network = new InMemoryStorage();
    Rapport original = Rapport.over(network, CLOCK);
    new NetworkGenerator(seed, texts).fill(original, network, size);
    Path first = Files.createTempDirectory("rapport-export");
    Path second = Files.createTempDirectory("rapport-export");
    try {
      CsvImports.export(original.contacts(), original.activity(), original.profile(), first);
      InMemoryStorage storage = new InMemoryStorage();
      Rapport copy = Rapport.over(storage, CLOCK);

      ImportReport report = CsvImports.importInto(copy.imports(), CsvFormat.RAPPORT, first, false);

      assertThat(report.problems()).isEmpty();
      assertThat(report.conflicts()).isEmpty();
      assertThat(report.added()).isEqualTo(size);
      assertSameNetwork(original, copy);
      CsvImports.export(copy.contacts(), copy.activity(), copy.profile(), second);
      for (String file : NativeFormat.FILES) {
        assertThat(Files.readString(second.resolve(file), StandardCharsets.UTF_8)).as(file)
            .isEqualTo(Files.readString(first.resolve(file), StandardCharsets.UTF_8));
      }
      ImportReport again = CsvImports.importInto(copy.imports(), CsvFormat.RAPPORT, first, false);
      assertThat(again.added() + again.merged() + again.touches() + again.notes() + again.specialDays() + again.others())
          .as("a second import of the same export changes nothing: %s", again).isZero();
      assertThat(again.unchanged()).isEqualTo(size);
      assertSameNetwork(original, copy);
    } finally {
      delete(first);
      delete(second);
    }
  }

  static void assertSameNetwork(Rapport expected, Rapport actual) {
    List<Contact> contacts = expected.contacts().list();
    assertThat(actual.contacts().list()).isEqualTo(contacts);
    for (Contact contact : contacts) {
      assertThat(actual.contacts().notes(contact.id())).isEqualTo(expected.contacts().notes(contact.id()));
      assertThat(actual.activity().touches(contact.id()))
          .containsExactlyInAnyOrderElementsOf(expected.activity().touches(contact.id()));
    }
    assertThat(actual.activity().specialDays()).containsExactlyInAnyOrderElementsOf(expected.activity().specialDays());
    assertThat(actual.activity().channels()).isEqualTo(expected.activity().channels());
    assertThat(actual.activity().resources()).isEqualTo(expected.activity().resources());
    assertThat(actual.activity().collaborations()).containsExactlyInAnyOrderElementsOf(expected.activity().collaborations());
    assertThat(actual.profile().profile()).isEqualTo(expected.profile().profile());
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
