package dev.rapport.adapter.csv;

import com.google.common.base.Throwables;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into CSV rows: finds the encoding (a BOM, else UTF-8, else Windows-1252
 * where the format allows it), reads RFC 4180 records, and reports what is broken by line and column.
 */
final class CsvText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  /** How much of a streamed file is read again to find where its quoting broke: more than any record. */
  private static final int QUOTING_REPLAY_CHARS = 1 << 20;

  private CsvText() {}

  /**
   * The text of a file of another program: a BOM says its encoding (UTF-8, UTF-16); without one it
   * is UTF-8 when valid, else Windows-1252. (Rapport's own files are UTF-8 only: {@link #eachRecord}.)
   *
   * @throws ImportException when the bytes are no text in an allowed encoding
   */
  static String decode(String file, byte[] bytes) {
    Charset charset;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      charset = StandardCharsets.UTF_8;
    }
    // the JDK's own decoding is the fast one; it puts U+FFFD for what it cannot decode, so only
    // a text holding one is decoded again strictly, to tell a real U+FFFD from broken bytes
    String text = new String(bytes, skip, bytes.length - skip, charset);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strictly(file, bytes, skip, charset);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ImportException(List.of(positionOf(file, text.substring(0, nul),
          "expected text, found a NUL character: is this a CSV file" + (skip == 0 ? " (or UTF-16 without a byte order mark)?" : "?"))));
    }
    return text;
  }

  private static String strictly(String file, byte[] bytes, int skip, Charset charset) {
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    String text;
    try {
      text = strict(charset).decode(input).toString();
    } catch (CharacterCodingException e) {
      if (charset == StandardCharsets.UTF_8 && skip == 0) {
        text = new String(bytes, WINDOWS_1252);
      } else {
        int bad = firstUndecodable(bytes, skip, charset);
        throw new ImportException(List.of(positionOf(file, new String(bytes, skip, bad - skip, charset),
            "expected " + charset + " text, found a byte sequence that is not (at byte " + (bad + 1) + ")")), e);
      }
    }
    return text;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstUndecodable(byte[] bytes, int from, Charset charset) {
    int low = from;
    int high = bytes.length;
    // the longest prefix that decodes; a binary search keeps this cheap on big files
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      try {
        CharsetDecoder decoder = strict(charset);
        decoder.decode(ByteBuffer.wrap(bytes, from, mid - from));
        low = mid;
      } catch (CharacterCodingException e) {
        high = mid - 1;
      }
    }
    return Math.min(low, bytes.length);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A problem at the end of {@code before}, the text that precedes it. */
  private static ImportProblem positionOf(String file, String before, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ImportProblem(file, line, before.length() - lineStart + 1, message);
  }

  /** How strictly quotes are read. */
  enum Quoting {
    /** RFC 4180 to the letter: Rapport's own files. */
    STRICT,
    /**
     * As exports in the wild need: text after a closing quote ({@code "Northwind" Inc}) is kept
     * as part of the field; an unclosed quote is still an error.
     */
    LENIENT
  }

  /**
   * The CSV records of the text, each with the line it starts on.
   *
   * @throws ImportException when the quoting is broken
   */
  static List<CsvRecord> records(String file, String text, Quoting quoting) {
    List<CsvRecord> records = new ArrayList<>();
    eachRecord(file, text, quoting, records::add);
    return records;
  }

  /**
   * Hands the CSV records of the text to {@code action} as they are parsed, each with the line it
   * starts on: only the text is held, not its records. Records parsed before a problem have been
   * handed over when it is thrown.
   *
   * @throws ImportException when the quoting is broken
   */
  static void eachRecord(String file, String text, Quoting quoting, Consumer<CsvRecord> action) {
    CsvRecord last = null;
    // through a reader, FastCSV parses from its small buffer; given the String, it copies it whole first
    try (CsvReader<CsvRecord> reader = reader(quoting).ofCsvRecord(new StringReader(text))) {
      for (CsvRecord record : reader) {
        action.accept(record);
        last = record;
      }
    } catch (CsvParseException e) {
      throw new ImportException(List.of(brokenQuoting(file, text, e)), e);
    } catch (IOException e) {
      throw new ImportException(List.of(new ImportProblem(file, 0, 0, "could not be read: " + e.getMessage())), e);
    }
    if (last != null) {
      unclosedQuote(file, text, last);
    }
  }

  /**
   * Hands the records of a UTF-8 file to {@code action} as they are read, each with the line it
   * starts on, never holding the file: how Rapport's own files, which may hold millions of
   * touches, are read. Records read before a problem have been handed over when it is thrown.
   *
   * @throws ImportException when the bytes are no UTF-8, the quoting is broken or the file cannot be read
   */
  static void eachRecord(SourceFile file, Quoting quoting, Consumer<CsvRecord> action) {
    String name = file.name();
    CsvRecord last = null;
    try (InputStream in = new BufferedInputStream(file.open());
        QuoteCountingReader text = new QuoteCountingReader(
            new InputStreamReader(withoutUtf8Mark(name, in), strict(StandardCharsets.UTF_8)));
        CsvReader<CsvRecord> reader = reader(quoting).ofCsvRecord(text)) {
      try {
        for (CsvRecord record : reader) {
          action.accept(record);
          last = record;
        }
      } catch (UncheckedIOException | CsvParseException e) {
        if (Throwables.getCausalChain(e).stream().anyMatch(CharacterCodingException.class::isInstance)) {
          throw new ImportException(List.of(notUtf8(file)), e);
        }
        if (e instanceof UncheckedIOException unreadable) {
          throw unreadable;
        }
        throw new ImportException(List.of(brokenQuoting(file, (CsvParseException) e)), e);
      }
      // a file written by Rapport quotes every field with a quote in it, so quotes come in pairs;
      // an odd count means the last quoted field was never closed, and FastCSV read it to the end
      if (text.quotes() % 2 != 0 && last != null) {
        throw new ImportException(List.of(new ImportProblem(name, last.getStartingLineNumber(), last.getFieldCount(),
            "expected a closing quote for the field that starts here, found the end of the file")));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(List.of(new ImportProblem(name, 0, 0, "could not be read: " + e.getMessage())), e);
    }
  }

  /** The stream past a UTF-8 byte order mark; a UTF-16 one is refused. */
  private static InputStream withoutUtf8Mark(String file, InputStream in) throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return in;
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      throw new ImportException(List.of(new ImportProblem(file, 1, 1, "expected UTF-8 text, found a UTF-16 byte order mark")));
    }
    in.reset();
    return in;
  }

  /** A reader that counts the quotes it passes on. */
  private static final class QuoteCountingReader extends FilterReader {
    private long quotes;

    QuoteCountingReader(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '"') {
          quotes++;
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    long quotes() {
      return quotes;
    }
  }

  /**
   * Where the first byte sequence that is no UTF-8 is, found by decoding the file again: the
   * reader that met it had decoded ahead of the records, so it cannot tell the line.
   */
  private static ImportProblem notUtf8(SourceFile file) throws IOException {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long line = 1;
    int column = 1;
    try (InputStream in = file.open()) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        bytes.position(bytes.position() + Math.max(n, 0));
        bytes.flip();
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, end);
          chars.flip();
          while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\n') {
              line++;
              column = 1;
            } else if (c != '\uFEFF' || line > 1 || column > 1) {
              column++;
            }
          }
          chars.clear();
        } while (result.isOverflow());
        if (result.isError()) {
          return new ImportProblem(file.name(), line, column, "expected UTF-8 text, found a byte sequence that is not");
        }
        bytes.compact();
        if (end) {
          return new ImportProblem(file.name(), line, column, "expected UTF-8 text, found a byte sequence that is not");
        }
      }
    }
  }

  private static CsvReader.CsvReaderBuilder reader(Quoting quoting) {
    return CsvReader.builder()
        .allowExtraCharsAfterClosingQuote(quoting == Quoting.LENIENT)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true);
  }

  private static ImportProblem brokenQuoting(String file, String text, CsvParseException e) {
    String message = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage());
    Matcher m = LINE.matcher(message);
    if (!m.find()) {
      return new ImportProblem(file, 0, 0, "is not valid CSV: " + message);
    }
    long line = Long.parseLong(m.group(1));
    return quotingProblemOnLine(file, text, line)
        .orElse(new ImportProblem(file, line, 0, "is not valid CSV: " + message));
  }

  /** As {@link #brokenQuoting(String, String, CsvParseException)}, reading the file again from the line that broke. */
  private static ImportProblem brokenQuoting(SourceFile file, CsvParseException e) throws IOException {
    String message = e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage());
    Matcher m = LINE.matcher(message);
    if (!m.find()) {
      return new ImportProblem(file.name(), 0, 0, "is not valid CSV: " + message);
    }
    long line = Long.parseLong(m.group(1));
    try (BufferedReader text = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      for (long skipped = 1; skipped < line; skipped++) {
        text.readLine();
      }
      char[] rest = new char[QUOTING_REPLAY_CHARS];
      int n = 0;
      int read;
      while (n < rest.length && (read = text.read(rest, n, rest.length - n)) >= 0) {
        n += read;
      }
      return quotingProblemOnLine(file.name(), new String(rest, 0, n), 1)
          .map(p -> new ImportProblem(p.file(), p.line() + line - 1, p.column(), p.message()))
          .orElse(new ImportProblem(file.name(), line, 0, "is not valid CSV: " + message));
    }
  }

  /** Replays RFC 4180 from the record's first line to find the field whose closing quote is followed by text. */
  private static java.util.Optional<ImportProblem> quotingProblemOnLine(String file, String text, long line) {
    int pos = 0;
    for (long l = 1; l < line && pos >= 0; l++) {
      pos = text.indexOf('\n', pos) + 1;
      if (pos == 0) {
        return java.util.Optional.empty();
      }
    }
    int column = 1;
    boolean quoted = false;
    boolean fieldStart = true;
    long currentLine = line;
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ',';
            if (next != ',' && next != '\r' && next != '\n') {
              return java.util.Optional.of(new ImportProblem(file, currentLine, column,
                  "expected a comma or the end of the line after the closing quote, found '" + next + "'"));
            }
          }
        } else if (c == '\n') {
          currentLine++;
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == ',') {
        column++;
        fieldStart = true;
      } else if (c == '\n' || c == '\r') {
        return java.util.Optional.empty();
      } else {
        fieldStart = false;
      }
    }
    return java.util.Optional.empty();
  }

  /** FastCSV reads an unclosed quote to the end of the file; that is a broken file, not a long field. */
  private static void unclosedQuote(String file, String text, CsvRecord last) {
    int quotes = 0;
    for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
      quotes++;
    }
    if (quotes % 2 == 0 || last.getFieldCount() == 0) {
      return;
    }
    String value = last.getField(last.getFieldCount() - 1);
    boolean swallowedLineEnd = value.endsWith("\n") || value.endsWith("\r");
    if (swallowedLineEnd || (!value.isEmpty() && text.endsWith("\"" + value)) || text.endsWith("\"")) {
      throw new ImportException(List.of(new ImportProblem(file, last.getStartingLineNumber(), last.getFieldCount(),
          "expected a closing quote for the field that starts here, found the end of the file")));
    }
  }
}
