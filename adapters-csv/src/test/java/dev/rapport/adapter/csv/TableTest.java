package dev.rapport.adapter.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contacts export's rows under its header, handed over as they are parsed. */
class TableTest {

  private static SourceFile file(String text) {
    return SourceFile.inMemory("Connections.csv", text.getBytes(UTF_8));
  }

  @Test
  void eachRowOf_findsTheHeaderAfterAPreamble_andHandsEveryRowUnderIt_withItsLine() {
    List<String> rows = new ArrayList<>();
    Table.eachRowOf(file("Notes:\n\"a note\"\n\nFirst Name,Last Name\nAda,Lovelace\nGrace,Hopper\n"),
        Table.having("First Name", "Last Name"), "First Name, Last Name", table -> {
          int first = table.column("First Name");
          return row -> rows.add(Table.cell(row, first) + "@" + row.getStartingLineNumber());
        });

    assertThat(rows).containsExactly("Ada@5", "Grace@6");
  }

  @Test
  void givenAnUnclosedQuoteInTheLastRow_eachRowOf_hasHandedTheRowsAsParsed_thenNamesWhereTheFieldStarts() {
    List<String> rows = new ArrayList<>();

    assertThatThrownBy(() -> Table.eachRowOf(file("First Name,Last Name\nAda,Lovelace\nGrace,\"Hopper\n"),
        Table.having("First Name", "Last Name"), "First Name, Last Name", table -> row -> rows.add(row.getField(0))))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(ImportProblem::line).isEqualTo(3L));
    assertThat(rows).containsExactly("Ada", "Grace"); // the import fails on the problem: none of them is kept
  }

  @Test
  void givenNoHeaderInAShortFile_eachRowOf_saysWhichColumnsItExpected_fromTheFirstLine() {
    List<CsvRecord> rows = new ArrayList<>();

    assertThatThrownBy(() -> Table.eachRowOf(file("\nName,Mail\nAda,ada@example.org\n"),
        Table.having("First Name", "Last Name"), "First Name, Last Name", table -> rows::add))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
            .containsExactly(new ImportProblem("Connections.csv", 2, 1, "expected a header line with First Name, Last Name")));
    assertThat(rows).isEmpty();
  }

  @Test
  void givenNoHeaderInTheFirstTwentyRecords_eachRowOf_stopsThere_withoutReadingTheRest() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      text.append("x").append(i).append(",y\n");
    }
    text.append("First Name,Last Name\nAda,Lovelace\n");
    List<CsvRecord> rows = new ArrayList<>();

    assertThatThrownBy(() -> Table.eachRowOf(file(text.toString()), Table.having("First Name", "Last Name"),
        "First Name, Last Name", table -> rows::add))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(ImportProblem::line).isEqualTo(1L));
    assertThat(rows).isEmpty();
  }
}
