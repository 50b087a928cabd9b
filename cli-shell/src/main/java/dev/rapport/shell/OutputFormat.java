package dev.rapport.shell;

import java.util.Locale;

/** How a command prints its results: an aligned table for people, CSV or JSON for programs. */
public enum OutputFormat {
  /** Aligned columns, with colours on a terminal. */
  TABLE,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** One JSON array of objects. */
  JSON;

  /** Reads {@code table}, {@code csv} or {@code json} in any case. */
  public static OutputFormat parse(String text) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(text.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("--format must be table, csv or json: '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
