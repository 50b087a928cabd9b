package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;

/** Where an imported item came from: the file and the line it starts on (1 is the first line, 0 the file as a whole). */
public record Origin(String file, long line) {

  /** @throws IllegalArgumentException when the file is null or the line negative */
  public Origin {
    checkArgument(file != null, "origin file must not be null");
    checkArgument(line >= 0, "origin line must not be negative: %s", line);
  }

  /** The file as a whole, for items that have no line of their own. */
  public static Origin file(String file) {
    return new Origin(file, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
