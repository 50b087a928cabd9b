package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Something wrong in an import's input, pinned to the file, line and column (both counted from 1;
 * 0 when the problem concerns the whole file or the whole line) with what was expected there.
 */
public record ImportProblem(String file, long line, int column, String message) {

  /** @throws IllegalArgumentException when a position is negative or the message blank */
  public ImportProblem {
    checkArgument(file != null, "problem file must not be null");
    checkArgument(line >= 0, "problem line must not be negative: %s", line);
    checkArgument(column >= 0, "problem column must not be negative: %s", column);
    checkArgument(message != null && !message.isBlank(), "problem message must not be blank: '%s'", message);
  }

  /** A problem with a whole line, or (line 0) a whole file. */
  public static ImportProblem at(Origin origin, String message) {
    return new ImportProblem(origin.file(), origin.line(), 0, message);
  }

  /** {@code file:line:column: message}, leaving out the positions that are 0. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(message).toString();
  }
}
