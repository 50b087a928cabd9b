package dev.rapport.adapter.csv;

import java.util.Optional;

/** Small readings of cell text shared by the importers. */
final class Cells {

  private Cells() {}

  /** Empty for a blank cell. */
  static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /** The first line of a text, cut to {@code max} characters: a touch's summary of a long message. */
  static String firstLine(String text, int max) {
    String line = text.strip();
    int end = line.indexOf('\n');
    if (end >= 0) {
      line = line.substring(0, end).strip();
    }
    return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
  }
}
