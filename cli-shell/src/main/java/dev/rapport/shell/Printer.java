package dev.rapport.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints records as an aligned table, as CSV with a header row, or as one JSON array. */
public final class Printer {

  /** Cells wider than this are cut short in tables, so a long summary does not push the rest away. */
  static final int MAX_CELL = 40;

  /** The last column may run longer: nothing comes after it. */
  static final int MAX_LAST_CELL = 90;

  private final PrintWriter out;
  private final OutputFormat format;
  private final Style style;

  /** A printer writing to {@code out}. */
  public Printer(PrintWriter out, OutputFormat format, Style style) {
    this.out = out;
    this.format = format;
    this.style = style;
  }

  /** Prints the records in the chosen format. */
  public void print(Records records) {
    switch (format) {
      case JSON -> out.println(json(records.rows().stream().map(Printer::jsonMap).collect(Collectors.toList())));
      case CSV -> printCsv(records);
      default -> printTable(records);
    }
    out.flush();
  }

  /** Prints one object as JSON (the {@code import} report), or its fields as lines for a person. */
  public void printObject(Map<String, Object> object, String title) {
    if (format == OutputFormat.JSON) {
      out.println(json(jsonMap(object)));
    } else {
      Records records = new Records("");
      Map<String, Object> row = records.add();
      row.putAll(object);
      if (format == OutputFormat.CSV) {
        printCsv(records);
      } else {
        out.println(style.bold(title));
        object.forEach((k, v) -> out.println("  " + k + ": " + text(v, ", ")));
      }
    }
    out.flush();
  }

  private void printTable(Records records) {
    if (records.rows().isEmpty()) {
      out.println(records.empty());
      return;
    }
    List<Records.Column> columns = records.columns();
    int count = columns.size();
    List<String[]> cells = new ArrayList<>();
    List<int[]> lengths = new ArrayList<>();
    int[] widths = new int[count];
    for (int i = 0; i < count; i++) {
      widths[i] = columns.get(i).header().length();
    }
    for (Map<String, Object> row : records.rows()) {
      String[] line = new String[count];
      int[] length = new int[count];
      for (int i = 0; i < count; i++) {
        Records.Column column = columns.get(i);
        line[i] = column.painter() != null ? column.painter().apply(style, row)
            : cut(text(row.get(column.field()), ", "), i == count - 1 ? MAX_LAST_CELL : MAX_CELL);
        length[i] = Style.visibleLength(line[i]);
        widths[i] = Math.max(widths[i], length[i]);
      }
      cells.add(line);
      lengths.add(length);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      pad(text, columns.get(i).header(), columns.get(i).header().length(), widths[i], columns.get(i).align(), i == count - 1);
    }
    out.println(style.bold(text.toString().stripTrailing()));
    // Written, not println'd: the shell's writer flushes at each println, a system call per row; print() flushes once.
    String newLine = System.lineSeparator();
    for (int r = 0; r < cells.size(); r++) {
      text.setLength(0);
      for (int i = 0; i < count; i++) {
        pad(text, cells.get(r)[i], lengths.get(r)[i], widths[i], columns.get(i).align(), i == count - 1);
      }
      out.write(text.toString().stripTrailing());
      out.write(newLine);
    }
  }

  /** Appends {@code cell} ({@code length} characters as seen) padded to {@code width}, and the gap after it unless last. */
  private static void pad(StringBuilder line, String cell, int length, int width, Records.Align align, boolean last) {
    int spaces = Math.max(0, width - length);
    if (align == Records.Align.RIGHT) {
      appendSpaces(line, spaces);
    }
    line.append(cell);
    if (!last) {
      if (align != Records.Align.RIGHT) {
        appendSpaces(line, spaces);
      }
      line.append("  ");
    }
  }

  private static void appendSpaces(StringBuilder line, int count) {
    for (int i = 0; i < count; i++) {
      line.append(' ');
    }
  }

  private static String cut(String text, int max) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  private void printCsv(Records records) {
    Set<String> fields = new LinkedHashSet<>();
    records.rows().forEach(row -> fields.addAll(row.keySet()));
    if (fields.isEmpty()) {
      records.columns().forEach(c -> fields.add(c.field()));
    }
    out.println(fields.stream().map(Printer::csvCell).collect(Collectors.joining(",")));
    for (Map<String, Object> row : records.rows()) {
      out.println(fields.stream().map(f -> csvCell(formulaSafe(row.get(f)))).collect(Collectors.joining(",")));
    }
  }

  /**
   * A value as a CSV cell's text that no spreadsheet runs as a formula: text starting with
   * {@code = + - @}, a tab or a carriage return gets a {@code '} in front, as the export's cells do
   * (OWASP's advice against CSV injection). Numbers stay as they are.
   */
  static String formulaSafe(Object value) {
    String text = text(value, "; ");
    if (unwrap(value) instanceof Number || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky ? "'" + text : text;
  }

  /** Quotes a CSV cell when RFC 4180 requires it. */
  static String csvCell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** A value as text: empty for nothing, lists joined by {@code separator}. */
  static String text(Object value, String separator) {
    Object plain = unwrap(value);
    if (plain == null) {
      return "";
    }
    if (plain instanceof Collection<?> values) {
      return values.stream().map(v -> text(v, separator)).collect(Collectors.joining(separator));
    }
    if (plain instanceof Enum<?> constant) {
      return Names.of(constant);
    }
    if (plain instanceof Double number) {
      return String.format(java.util.Locale.ROOT, "%.2f", number);
    }
    return plain.toString();
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    return value;
  }

  private static Map<String, Object> jsonMap(Map<String, Object> row) {
    Map<String, Object> json = new LinkedHashMap<>();
    row.forEach((k, v) -> json.put(k, jsonValue(v)));
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Object jsonValue(Object value) {
    Object plain = unwrap(value);
    if (plain == null || plain instanceof String || plain instanceof Number || plain instanceof Boolean) {
      return plain;
    }
    if (plain instanceof Enum<?> constant) {
      return Names.of(constant);
    }
    if (plain instanceof Collection<?> values) {
      return values.stream().map(Printer::jsonValue).collect(Collectors.toList());
    }
    if (plain instanceof Map<?, ?> map) {
      return jsonMap((Map<String, Object>) map);
    }
    return plain.toString();
  }

  private static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Loaded only when JSON is asked for: the mapper is slow to start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
