package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real vCard export in {@code ../shared/data/vcard} (Android, BlackBerry, Evolution, Gmail,
 * iPhone, Lotus Notes, macOS, Outlook, Thunderbird, the RFC examples; never copied into the
 * project) imports, or fails with a clear import error, never another exception; and what each
 * yields is what docs/interchange-formats.md says. Skipped when the folder is absent.
 */
class VCardConformanceTest {

  private static Path folder;

  @BeforeAll
  static void locate() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/data/vcard"))) {
        folder = dir.resolve("shared/data/vcard");
        return;
      }
    }
  }

  /** What the documentation's table says each file yields: contacts, birthdays, other days, notes; -1 contacts for a clear error. */
  record Yield(String file, int contacts, int birthdays, int otherDays, int notes) {}

  static final List<Yield> DOCUMENTED = List.of(
      new Yield("John_Doe_ANDROID.vcf", -1, 0, 0, 0),
      new Yield("John_Doe_BLACK_BERRY.vcf", 1, 0, 0, 0),
      new Yield("John_Doe_EVOLUTION.vcf", 1, 1, 1, 1),
      new Yield("John_Doe_GMAIL.vcf", 1, 1, 1, 1),
      new Yield("John_Doe_IPHONE.vcf", 1, 1, 0, 0),
      new Yield("John_Doe_LOTUS_NOTES.vcf", 1, 1, 0, 1),
      new Yield("John_Doe_MAC_ADDRESS_BOOK.vcf", 1, 1, 0, 1),
      new Yield("John_Doe_MS_OUTLOOK.vcf", 1, 1, 1, 1),
      new Yield("fullcontact.vcf", 1, 1, 0, 1),
      new Yield("gmail-list.vcf", 3, 0, 0, 0),
      new Yield("gmail-single.vcf", 1, 1, 1, 1),
      new Yield("gmail-single2.vcf", 1, 1, 3, 1),
      new Yield("outlook-2003.vcf", 1, 1, 0, 1),
      new Yield("outlook-2007.vcf", 1, 1, 1, 1),
      new Yield("rfc2426-example.vcf", 2, 0, 0, 0),
      new Yield("rfc6350-example.vcf", 1, 1, 1, 0),
      new Yield("thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1, 1, 1, 1));

  @TestFactory
  Stream<DynamicTest> everyFile_importsIntoAnEmptyStore_orFailsWithAClearImportError() throws IOException {
    assumeTrue(folder != null, "../shared/data/vcard is absent: the conformance files live beside the project, not in it");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".vcf")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(DOCUMENTED.stream().map(Yield::file).toList());
    return DOCUMENTED.stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
      InMemoryStorage storage = new InMemoryStorage();
      Rapport rapport = Rapport.over(storage, VCardImportTest.CLOCK);
      Path file = folder.resolve(expected.file());
      try {
        ImportReport report = VCards.importInto(rapport.imports(), file, false);
        var days = rapport.activity().specialDays();
        assertThat(new Yield(expected.file(), report.added(),
            (int) days.stream().filter(d -> d.kind() == dev.rapport.core.domain.SpecialDayKind.BIRTHDAY).count(),
            (int) days.stream().filter(d -> d.kind() != dev.rapport.core.domain.SpecialDayKind.BIRTHDAY).count(),
            report.notes())).isEqualTo(expected);
      } catch (ImportException e) {
        assertThat(expected.contacts()).as("%s failed: %s", expected.file(), e.getMessage()).isEqualTo(-1);
        assertThat(e.problems()).allSatisfy(p -> {
          assertThat(p.file()).isEqualTo(file.toString());
          assertThat(p.line()).isPositive();
          assertThat(p.message()).contains("expected");
        });
        assertThat(rapport.contacts().list()).isEmpty();
      }
    }));
  }
}
