package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.service.Rapport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile and broken files: cards cut short, lines dropped or doubled, bytes changed, rubbish.
 * Each import either succeeds or fails with an import error naming the file and what was
 * expected, and a failed import leaves the store as it was.
 */
class VCardFuzzTest {

  private static final String VALID = VCardImportTest.V30 + VCardImportTest.V21;

  @Property(tries = 300)
  void aMangledFile_importsOrFailsWithWhereAndWhat_andAFailureChangesNothing(@ForAll("mangled") byte[] bytes) {
    InMemoryStorage storage = new InMemoryStorage();
    Rapport rapport = Rapport.over(storage, VCardImportTest.CLOCK);
    rapport.contacts().add(NewContact.named("Known Person").emails(List.of("known@example.org")));
    List<Contact> before = rapport.contacts().list();
    try {
      VCards.importInto(rapport.imports(), java.nio.file.Path.of("fuzz.vcf"), false);
    } catch (ImportException pathMissing) {
      // the file is not on disk: this only checks the path is reported; the bytes are read below
    }
    try {
      rapport.imports().importNetwork(VCards.source("fuzz.vcf", bytes), false);
    } catch (ImportException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.file()).isEqualTo("fuzz.vcf");
        assertThat(p.message()).isNotBlank();
      });
      assertThat(rapport.contacts().list()).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<byte[]> mangled() {
    byte[] valid = VALID.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    Arbitrary<byte[]> cut = Arbitraries.integers().between(0, valid.length).map(n -> java.util.Arrays.copyOf(valid, n));
    Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(20)
        .flatMap(at -> Arbitraries.bytes().list().ofSize(at.size()).map(values -> {
          byte[] copy = valid.clone();
          for (int i = 0; i < at.size(); i++) {
            copy[at.get(i)] = values.get(i);
          }
          return copy;
        }));
    List<String> lines = VALID.lines().toList();
    Arbitrary<byte[]> shuffledLines = Arbitraries.integers().between(0, lines.size() - 1).list().ofMinSize(1).ofMaxSize(lines.size() * 2)
        .map(picks -> String.join("\r\n", picks.stream().map(lines::get).toList()).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> rubbish = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    return Arbitraries.oneOf(cut, flipped, shuffledLines, rubbish);
  }
}
