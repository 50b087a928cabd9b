package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
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

  /**
   * A list as one cell: {@code a;b;"c;d"}, RFC 4180 quoting with semicolons, as FastCSV's writer
   * quotes (a value with {@code ; " CR LF}, and a first value starting with {@code #}, its comment
   * mark); the empty list is an empty cell. Written here rather than by a writer per cell: an
   * export writes a list cell for each of a contact's nine lists.
   */
  static String list(List<String> values) {
    if (values.isEmpty()) {
      return "";
    }
    if (values.size() == 1 && values.get(0).isEmpty()) {
      return "\"\"";
    }
    if (values.size() == 1 && !needsQuotes(values.get(0), true)) {
      return values.get(0);
    }
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (i > 0) {
        cell.append(LIST_SEPARATOR);
      }
      if (needsQuotes(value, i == 0)) {
        cell.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        cell.append(value);
      }
    }
    return cell.toString();
  }

  private static boolean needsQuotes(String value, boolean first) {
    if (first && !value.isEmpty() && value.charAt(0) == '#') {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == LIST_SEPARATOR || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
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
