package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cell text of Rapport's own files: formulas neutralised for spreadsheets, and lists held in one
 * cell, both written so that reading gives back exactly the original text.
 */
final class SafeCells {

  /** The mark a spreadsheet takes as "text follows" and hides (OWASP's advice against CSV injection). */
  private static final char TEXT_MARK = '\'';
  private static final char LIST_SEPARATOR = ';';

  private SafeCells() {}

  /**
   * The cell as written: one starting with {@code = + - @}, tab or carriage return (or with the
   * mark itself, so the mark can always be taken off again) gets the mark in front.
   */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == TEXT_MARK;
    return risky ? TEXT_MARK + cell : cell;
  }

  /** The original text of a cell {@link #neutralise} wrote. */
  static String restore(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == TEXT_MARK ? cell.substring(1) : cell;
  }

  /** A list as one cell: {@code a;b;"c;d"}, RFC 4180 quoting with semicolons; the empty list is an empty cell. */
  static String list(List<String> values) {
    if (values.isEmpty()) {
      return "";
    }
    if (values.size() == 1 && values.get(0).isEmpty()) {
      return "\"\"";
    }
    StringWriter out = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(LIST_SEPARATOR).quoteStrategy(QuoteStrategies.REQUIRED)
        .build(out)) {
      writer.writeRecord(values);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    String record = out.toString();
    return record.substring(0, record.length() - 2); // the CRLF that ends the record
  }

  /**
   * The list {@link #list} wrote.
   *
   * @throws IllegalArgumentException when the cell's quoting is broken
   */
  static List<String> parseList(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    try {
      List<String> values = new ArrayList<>(CsvReader.builder().fieldSeparator(LIST_SEPARATOR).skipEmptyLines(false)
          .ofSingleCsvRecord(cell).getFields());
      return values;
    } catch (CsvParseException | IllegalStateException e) {
      throw new IllegalArgumentException("expected values separated by ';', quoted as in CSV: " + e.getMessage(), e);
    }
  }
}
