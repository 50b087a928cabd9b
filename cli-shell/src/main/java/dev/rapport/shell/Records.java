package dev.rapport.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A command's result: rows of named values (the JSON field names of SPEC §9) and the columns a
 * person sees of them in a table.
 */
public final class Records {

  /** How a table column lines up. */
  public enum Align { LEFT, RIGHT }

  /** A table column: its header, the field it shows, its alignment and colouring. */
  public record Column(String header, String field, Align align, BiFunction<Style, Map<String, Object>, String> painter) {}

  private final List<Column> columns = new ArrayList<>();
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final String empty;

  /** Records that print {@code empty} in a table when there are none. */
  public Records(String empty) {
    this.empty = empty;
  }

  /** Adds a left-aligned column showing {@code field}. */
  public Records column(String header, String field) {
    return column(header, field, Align.LEFT);
  }

  /** Adds a column showing {@code field}. */
  public Records column(String header, String field, Align align) {
    columns.add(new Column(header, field, align, null));
    return this;
  }

  /** Adds a column whose text {@code painter} makes from the style and the row. */
  public Records column(String header, String field, Align align, BiFunction<Style, Map<String, Object>, String> painter) {
    columns.add(new Column(header, field, align, painter));
    return this;
  }

  /** Starts a new row; put its fields in the order they should print. */
  public Map<String, Object> add() {
    Map<String, Object> row = new LinkedHashMap<>();
    rows.add(row);
    return row;
  }

  /** The table's columns. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows. */
  public List<Map<String, Object>> rows() {
    return rows;
  }

  /** What a table says when there are no rows. */
  public String empty() {
    return empty;
  }
}
