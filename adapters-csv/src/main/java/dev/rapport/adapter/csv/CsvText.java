package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into CSV rows: finds the encoding (a BOM, else UTF-8, else Windows-1252
 * where the format allows it), reads RFC 4180 records, and reports what is broken by line and column.
 */
final class CsvText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private CsvText() {}

  /** How a file's bytes may be encoded. */
  enum Encoding {
    /** UTF-8 only, with or without a BOM: Rapport's own files. */
    UTF8_ONLY,
    /** A BOM says which (UTF-8, UTF-16); without one UTF-8 when valid, else Windows-1252. */
    DETECT
  }

  /**
   * The file's text.
   *
   * @throws ImportException when the bytes are no text in an allowed encoding
   */
  static String decode(String file, byte[] bytes, Encoding encoding) {
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
    if (encoding == Encoding.UTF8_ONLY && charset != StandardCharsets.UTF_8) {
      throw new ImportException(List.of(new ImportProblem(file, 1, 1, "expected UTF-8 text, found a " + charset + " byte order mark")));
    }
    // the JDK's own decoding is the fast one; it puts U+FFFD for what it cannot decode, so only
    // a text holding one is decoded again strictly, to tell a real U+FFFD from broken bytes
    String text = new String(bytes, skip, bytes.length - skip, charset);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strictly(file, bytes, skip, charset, encoding);
    }
    int nul = encoding == Encoding.DETECT ? text.indexOf('\0') : -1;
    if (nul >= 0) {
      throw new ImportException(List.of(positionOf(file, text.substring(0, nul),
          "expected text, found a NUL character: is this a CSV file" + (skip == 0 ? " (or UTF-16 without a byte order mark)?" : "?"))));
    }
    return text;
  }

  private static String strictly(String file, byte[] bytes, int skip, Charset charset, Encoding encoding) {
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    String text;
    try {
      text = strict(charset).decode(input).toString();
    } catch (CharacterCodingException e) {
      if (charset == StandardCharsets.UTF_8 && skip == 0 && encoding == Encoding.DETECT) {
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
    // through a reader, FastCSV parses from its small buffer; given the String, it copies it whole first
    try (CsvReader<CsvRecord> reader = reader(quoting).ofCsvRecord(new StringReader(text))) {
      for (CsvRecord record : reader) {
        records.add(record);
      }
    } catch (CsvParseException e) {
      throw new ImportException(List.of(brokenQuoting(file, text, e)), e);
    } catch (IOException e) {
      throw new ImportException(List.of(new ImportProblem(file, 0, 0, "could not be read: " + e.getMessage())), e);
    }
    if (!records.isEmpty()) {
      unclosedQuote(file, text, records.get(records.size() - 1));
    }
    return records;
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
