package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A CSV file's rows under its header, read by column name (never by position: columns move
 * between years).
 */
final class Table {

  /** How many records may come before the header (LinkedIn's {@code Notes:} preamble, blank lines). */
  private static final int HEADER_SEARCH_LIMIT = 20;

  final String file;
  final List<String> header;
  private final List<CsvRecord> rows;
  private final Map<String, Integer> columns = new HashMap<>();

  private Table(String file, List<String> header, List<CsvRecord> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(key(header.get(i)), i);
    }
  }

  /**
   * All the rows of {@code source} under its header, found as {@link #eachRowOf} finds it: for the
   * files read whole (a format that looks back at earlier rows).
   *
   * @throws ImportException naming the file when it is no text, has no such header, or the CSV is broken
   */
  static Table read(SourceFile source, Predicate<List<String>> isHeader, String expected) {
    List<CsvRecord> rows = new ArrayList<>();
    Table[] underHeader = new Table[1];
    eachRowOf(source, isHeader, expected, table -> {
      underHeader[0] = table;
      return rows::add;
    });
    return new Table(underHeader[0].file, underHeader[0].header, rows);
  }

  /**
   * Reads {@code source} (a file of another program, whose encoding is detected, read with lenient
   * quoting) and hands its rows over as they are parsed: hands the table to {@code underHeader}
   * once the header is found among the first records, then each row under it to what that
   * returns. Only the file's text is held, never all of its rows at once.
   *
   * @throws ImportException naming the file when it is no text, has no such header, or the CSV is
   *     broken (the rows before a break in the quoting have been handed over)
   */
  static void eachRowOf(SourceFile source, Predicate<List<String>> isHeader, String expected,
      Function<Table, Consumer<CsvRecord>> underHeader) {
    String file = source.name();
    HeaderWithin records = new HeaderWithin(file, isHeader, expected, underHeader, HEADER_SEARCH_LIMIT);
    CsvText.eachRecord(file, CsvText.decode(file, source.bytes()), CsvText.Quoting.LENIENT, records);
    if (records.rows == null) {
      throw records.noHeader();
    }
  }

  /**
   * Looks for the header among the first {@code searchLimit} records, then hands the rest to what
   * the header says takes them.
   */
  private static final class HeaderWithin implements Consumer<CsvRecord> {
    private final String file;
    private final Predicate<List<String>> isHeader;
    private final String expected;
    private final Function<Table, Consumer<CsvRecord>> underHeader;
    private final int searchLimit;
    private Consumer<CsvRecord> rows;
    private int before;
    private long firstLine = 1;

    HeaderWithin(String file, Predicate<List<String>> isHeader, String expected,
        Function<Table, Consumer<CsvRecord>> underHeader, int searchLimit) {
      this.file = file;
      this.isHeader = isHeader;
      this.expected = expected;
      this.underHeader = underHeader;
      this.searchLimit = searchLimit;
    }

    @Override
    public void accept(CsvRecord record) {
      if (rows != null) {
        rows.accept(record);
        return;
      }
      if (before == 0) {
        firstLine = record.getStartingLineNumber();
      }
      if (isHeader.test(record.getFields().stream().map(Table::key).toList())) {
        rows = underHeader.apply(new Table(file, record.getFields(), List.of()));
      } else if (++before == searchLimit) {
        throw noHeader();
      }
    }

    ImportException noHeader() {
      return new ImportException(List.of(new ImportProblem(file, firstLine, 1, "expected a header line with " + expected)));
    }
  }

  /**
   * Streams a UTF-8 file whose first record is its header (one of Rapport's own): hands the table
   * to {@code underHeader}, which returns what takes the rows, then hands that each row as it is
   * read, so the file is never held whole.
   *
   * @throws ImportException naming the file when it is no UTF-8, has no such header, or its CSV
   *     is broken (the rows before that have been handed over)
   */
  static void eachRow(SourceFile source, Predicate<List<String>> isHeader, String expected,
      Function<Table, Consumer<CsvRecord>> underHeader) {
    HeaderWithin records = new HeaderWithin(source.name(), isHeader, expected, underHeader, 1);
    CsvText.eachRecord(source, CsvText.Quoting.STRICT, records);
    if (records.rows == null) {
      throw records.noHeader();
    }
  }

  /** The rows under the header. */
  List<CsvRecord> rows() {
    return rows;
  }

  /** A header cell as compared: trimmed, lower case, without a byte order mark. */
  static String key(String name) {
    String text = name;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a header (already in {@link #key} form) has every one of these columns. */
  static Predicate<List<String>> having(String... names) {
    return fields -> {
      for (String name : names) {
        if (!fields.contains(key(name))) {
          return false;
        }
      }
      return true;
    };
  }

  /** The index of the first of these columns the header has, or -1. */
  int column(String... names) {
    for (String name : names) {
      Integer index = columns.get(key(name));
      if (index != null) {
        return index;
      }
    }
    return -1;
  }

  /** The cell, stripped; empty when the column is absent or the row short. */
  static String cell(CsvRecord row, int column) {
    return column < 0 || column >= row.getFieldCount() ? "" : row.getField(column).strip();
  }

  /** A problem with one cell, naming the column by number and header. */
  ImportProblem problem(CsvRecord row, int column, String message) {
    String name = column >= 0 && column < header.size() ? " (" + header.get(column).strip() + ")" : "";
    return new ImportProblem(file, row.getStartingLineNumber(), column + 1, "column " + (column + 1) + name + ": " + message);
  }
}
