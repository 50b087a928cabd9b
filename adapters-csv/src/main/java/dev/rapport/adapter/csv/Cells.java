package dev.rapport.adapter.csv;

import java.util.Optional;

/** Small readings of cell text shared by the importers. */
final class Cells {

  private Cells() {}

  /** Empty for a blank cell. */
  static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /** Whether the text is an address a contact may hold (the rule of {@code Contact}). */
  static boolean isEmail(String text) {
    int at = text.indexOf('@');
    if (at <= 0 || at >= text.length() - 1) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
