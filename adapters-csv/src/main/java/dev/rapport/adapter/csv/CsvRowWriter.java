package dev.rapport.adapter.csv;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes one of Rapport's own CSV files, a cell at a time: UTF-8, rows ended by CRLF, each text
 * cell {@linkplain SafeCells#neutralise neutralised} and quoted exactly as FastCSV's writer quotes
 * (a cell with {@code , " CR LF}, and a row's first cell starting with {@code #}, its comment
 * mark). Numbers and instants go straight into the buffer: an export writes a million touches,
 * and building a string and an array per row, then scanning each cell again in the writer, took
 * most of its time.
 */
final class CsvRowWriter implements Closeable {

  private static final int BUFFER = 1 << 16;
  private static final int SECONDS_PER_DAY = 86_400;
  /** Instants outside the years 0000–9999 are written as {@link Instant#toString()} writes them ({@code +10000-…}). */
  private static final long FIRST_PLAIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
  private static final long END_OF_PLAIN_SECONDS = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

  private final Writer out;
  private char[] buffer = new char[BUFFER];
  private int length;
  private boolean firstCell = true;
  private int rows;

  private CsvRowWriter(Writer out) {
    this.out = out;
  }

  /** A writer to a new (or emptied) file. @throws IOException when it cannot be created */
  static CsvRowWriter create(Path path) throws IOException {
    return new CsvRowWriter(new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(path), BUFFER),
        StandardCharsets.UTF_8));
  }

  /** A writer to {@code out}, which it closes when it is closed. */
  static CsvRowWriter over(Writer out) {
    return new CsvRowWriter(out);
  }

  /** Writes {@code cells} as one row. */
  void row(String... cells) {
    for (String cell : cells) {
      text(cell);
    }
    endRow();
  }

  /** The next cell: {@code text}, neutralised and quoted as needed. */
  CsvRowWriter text(String text) {
    String cell = SafeCells.neutralise(text);
    int n = cell.length();
    reserve(2 * n + 3);
    int start = separate();
    cell.getChars(0, n, buffer, length);
    boolean quote = n > 0 && start == 0 && buffer[length] == '#';
    for (int i = length, end = length + n; i < end && !quote; i++) {
      char c = buffer[i];
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (quote) {
      quoted(cell);
    } else {
      length += n;
    }
    return this;
  }

  /** The next cell: a whole number. */
  CsvRowWriter number(long value) {
    if (value < 0) { // its minus sign would be neutralised as a formula's
      return text(Long.toString(value));
    }
    reserve(21);
    separate();
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int end = length + digits;
    long rest = value;
    for (int i = end - 1; i >= length; i--) {
      buffer[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    length = end;
    return this;
  }

  /** The next cell: {@code at} as {@link Instant#toString()} writes it ({@code 2023-06-01T14:03:22Z}). */
  CsvRowWriter instant(Instant at) {
    long seconds = at.getEpochSecond();
    if (seconds < FIRST_PLAIN_SECOND || seconds >= END_OF_PLAIN_SECONDS) {
      return text(at.toString());
    }
    reserve(32);
    separate();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int second = Math.floorMod(seconds, SECONDS_PER_DAY);
    digits(day.getYear(), 4);
    buffer[length++] = '-';
    digits(day.getMonthValue(), 2);
    buffer[length++] = '-';
    digits(day.getDayOfMonth(), 2);
    buffer[length++] = 'T';
    digits(second / 3600, 2);
    buffer[length++] = ':';
    digits(second / 60 % 60, 2);
    buffer[length++] = ':';
    digits(second % 60, 2);
    int nano = at.getNano();
    if (nano > 0) { // in groups of three digits, as many as it takes
      buffer[length++] = '.';
      if (nano % 1_000_000 == 0) {
        digits(nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        digits(nano / 1000, 6);
      } else {
        digits(nano, 9);
      }
    }
    buffer[length++] = 'Z';
    return this;
  }

  /** Ends the row. */
  void endRow() {
    reserve(2);
    buffer[length++] = '\r';
    buffer[length++] = '\n';
    firstCell = true;
    rows++;
  }

  /** The rows ended so far. */
  int rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      out.close();
    }
  }

  /** Writes the separator unless the cell is the row's first; returns the cell's index in the row (0 or 1: first or not). */
  private int separate() {
    if (firstCell) {
      firstCell = false;
      return 0;
    }
    buffer[length++] = ',';
    return 1;
  }

  private void quoted(String cell) {
    buffer[length++] = '"';
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        buffer[length++] = '"';
      }
      buffer[length++] = c;
    }
    buffer[length++] = '"';
  }

  private void digits(int value, int width) {
    int rest = value;
    for (int i = length + width - 1; i >= length; i--) {
      buffer[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    length += width;
  }

  /** Room for {@code chars} more (and a separator): the buffer is written out first, or grown for a cell larger than it. */
  private void reserve(int chars) {
    int needed = chars + 1;
    if (length + needed <= buffer.length) {
      return;
    }
    flush();
    if (needed > buffer.length) {
      buffer = new char[needed];
    }
  }

  private void flush() {
    try {
      out.write(buffer, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    length = 0;
  }
}
