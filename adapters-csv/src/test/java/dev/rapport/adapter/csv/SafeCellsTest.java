package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The list cells of Rapport's own files: written as FastCSV's writer would, read back exactly. */
class SafeCellsTest {

  @Provide
  Arbitrary<List<String>> lists() {
    // the characters that quoting turns on, among plain ones
    return Arbitraries.strings().withChars("ab #;\"\r\n,'=").ofMaxLength(6).list().ofMaxSize(5);
  }

  @Property
  void list_isTheCellFastCsvsWriterWrites(@ForAll("lists") List<String> values) throws IOException {
    assertThat(SafeCells.list(values)).isEqualTo(fastCsv(values));
  }

  @Property
  void parseList_givesBackTheList(@ForAll("lists") List<String> values) {
    assertThat(SafeCells.parseList(SafeCells.list(values))).isEqualTo(values);
  }

  @Test
  void list_quotesOnlyWhatNeedsIt() {
    assertThat(SafeCells.list(List.of("ai", "c;d", "say \"hi\"", "#tag", "#first"))).isEqualTo("ai;\"c;d\";\"say \"\"hi\"\"\";#tag;#first");
    assertThat(SafeCells.list(List.of("#first", "b"))).isEqualTo("\"#first\";b");
    assertThat(SafeCells.list(List.of())).isEmpty();
    assertThat(SafeCells.list(List.of(""))).isEqualTo("\"\"");
  }

  /** The cell as the export wrote it before: one FastCSV writer per cell. */
  private static String fastCsv(List<String> values) throws IOException {
    if (values.isEmpty()) {
      return "";
    }
    if (values.size() == 1 && values.get(0).isEmpty()) {
      return "\"\"";
    }
    StringWriter out = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(';').quoteStrategy(QuoteStrategies.REQUIRED).build(out)) {
      writer.writeRecord(values);
    }
    String record = out.toString();
    return record.substring(0, record.length() - 2);
  }
}
