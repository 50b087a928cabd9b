package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Rapport's own files as the export writes them: the bytes FastCSV's writer wrote before, neutralised cells included. */
class CsvRowWriterTest {

  @Provide
  Arbitrary<List<List<String>>> tables() {
    // the characters quoting and neutralising turn on, among plain ones and some beyond Latin-1
    Arbitrary<String> cells = Arbitraries.strings().withChars("ab #;\"\r\n,'=+-@\té€😀").ofMaxLength(6);
    return cells.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(4);
  }

  @Property
  void rows_areWhatFastCsvWritesOfTheNeutralisedCells(@ForAll("tables") List<List<String>> rows) throws IOException {
    StringWriter written = new StringWriter();
    try (CsvRowWriter out = CsvRowWriter.over(written)) {
      rows.forEach(row -> out.row(row.toArray(String[]::new)));
      assertThat(out.rows()).isEqualTo(rows.size());
    }
    assertThat(written.toString()).isEqualTo(fastCsv(rows));
  }

  @Property
  void number_isTheDecimalTextCell(@ForAll long value) throws IOException {
    assertThat(cellsOf(out -> out.number(value).text("x"))).isEqualTo(fastCsv(List.of(List.of(Long.toString(value), "x"))));
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
    Arbitrary<Long> nearNow = Arbitraries.longs().between(-5_000_000_000L, 5_000_000_000L);
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(n -> n * 1000), Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(Arbitraries.oneOf(seconds, nearNow), nanos).as(Instant::ofEpochSecond);
  }

  @Property
  void instant_isWhatInstantToStringWrites(@ForAll("instants") Instant at) throws IOException {
    assertThat(cellsOf(out -> out.text("x").instant(at))).isEqualTo(fastCsv(List.of(List.of("x", at.toString()))));
  }

  @Test
  void aLongCell_growsTheBufferRatherThanBeingCut() throws IOException {
    String note = "a, \"quoted\" note ".repeat(20_000);
    assertThat(cellsOf(out -> out.number(7).text(note))).isEqualTo(fastCsv(List.of(List.of("7", note))));
  }

  @Test
  void cells_areNeutralisedAndQuotedAsTheExportsWere() throws IOException {
    assertThat(cellsOf(out -> out.text("#1").text("=SUM(A1)").text("a,b").text("#2"))).isEqualTo("\"#1\",'=SUM(A1),\"a,b\",#2\r\n");
  }

  private interface Cells {
    void write(CsvRowWriter out);
  }

  private static String cellsOf(Cells cells) throws IOException {
    StringWriter written = new StringWriter();
    try (CsvRowWriter out = CsvRowWriter.over(written)) {
      cells.write(out);
      out.endRow();
    }
    return written.toString();
  }

  /** The rows as the export wrote them before: neutralised, then one FastCSV writer for the file. */
  private static String fastCsv(List<List<String>> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().build(out)) {
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(SafeCells.neutralise(cell)));
        writer.writeRecord(cells);
      }
    }
    return out.toString();
  }
}
