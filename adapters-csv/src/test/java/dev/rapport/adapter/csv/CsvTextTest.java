package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading a file's records as they are parsed from its bytes (the common case) gives exactly what
 * decoding it whole and reading the text gives: the same records on the same lines, or the same problem.
 */
class CsvTextTest {

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<byte[]> text = Arbitraries.strings().withChars("ab,\"\r\n é€\0\uFEFF😀").ofMaxLength(60)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    return Arbitraries.oneOf(text, text, bytes);
  }

  @Property(tries = 1000)
  void readingAsParsedGivesWhatReadingTheWholeTextGives(@ForAll("files") byte[] bytes) {
    for (CsvText.Encoding encoding : CsvText.Encoding.values()) {
      for (CsvText.Quoting quoting : CsvText.Quoting.values()) {
        Object streamed = outcome(() -> {
          List<CsvRecord> records = new ArrayList<>();
          CsvText.recordsAsParsed(new SourceFile("f.csv", bytes), encoding, quoting).parsed().forEachRemaining(records::add);
          return records;
        });
        Object whole = outcome(() -> CsvText.records("f.csv", CsvText.decode("f.csv", bytes, encoding), quoting));
        assertThat(streamed).as("%s, %s", encoding, quoting).isEqualTo(whole);
      }
    }
  }

  /** The records as fields and line numbers, or the problems of the import error. */
  private static Object outcome(Supplier<List<CsvRecord>> read) {
    try {
      return read.get().stream().map(r -> r.getStartingLineNumber() + ":" + r.getFields()).toList();
    } catch (ImportException e) {
      return e.problems();
    }
  }
}
