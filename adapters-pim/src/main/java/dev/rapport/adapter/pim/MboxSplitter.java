package dev.rapport.adapter.pim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Splits an mbox file into its messages' header blocks, in one pass over the bytes (RFC 4155): a
 * message starts at a line beginning {@code From } that opens the file or follows a blank line and
 * carries the envelope's time of day ({@code From - Wed Feb 14 08:00:00 2024}: in an mboxo file a
 * body line may begin {@code From } unescaped, but hardly ever with a time after it), its
 * headers end at the first blank line, and its body is skipped unread, so memory holds one header
 * block at a time whatever the file's size. Escaped lines ({@code >From }, mboxrd) are body lines
 * like any other.
 */
final class MboxSplitter {

  /** One message's header block, as read; valid only during the call that receives it. */
  interface Messages {
    /**
     * Takes a message: the line its {@code From } line is on, its header bytes {@code [0, length)},
     * and whether the block was longer than the limit (then only the first bytes are there).
     */
    void message(long line, byte[] header, int length, boolean oversized);
  }

  /** What makes a file no mbox, or a truncated one: where and what. */
  record Failure(long line, String message) {}

  private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};
  private static final int BUFFER = 1 << 16;
  /** How far into a From_ line its time of day is looked for. */
  private static final int FROM_LINE_SCAN = 256;
  /** Progress is told after about this many bytes. */
  private static final long PROGRESS_EVERY = 1 << 22;

  private final Path file;
  private final int maxHeaderBytes;
  private final LongConsumer bytesRead;

  private InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private long consumed;
  private long toldAt;
  private byte[] header = new byte[4096];
  private int headerLength;
  private boolean oversized;

  /** Reads {@code file}, keeping at most {@code maxHeaderBytes} of a header block, telling {@code bytesRead} as it goes. */
  MboxSplitter(Path file, int maxHeaderBytes, LongConsumer bytesRead) {
    this.file = file;
    this.maxHeaderBytes = maxHeaderBytes;
    this.bytesRead = bytesRead;
  }

  /**
   * Hands each message's header block to {@code messages}, in file order.
   *
   * @return why the file is no mbox or is truncated; empty when it was read to its end
   * @throws IOException when the file cannot be read
   */
  Optional<Failure> split(Messages messages) throws IOException {
    try (InputStream stream = Files.newInputStream(file)) {
      in = stream;
      return splitAll(messages);
    } finally {
      in = null;
    }
  }

  private enum State { BEFORE_FIRST, HEADER, BODY }

  private Optional<Failure> splitAll(Messages messages) throws IOException {
    State state = State.BEFORE_FIRST;
    long line = 0;
    long messageLine = 0;
    boolean afterBlank = true; // the file's start counts as after a blank line
    while (true) {
      if (!fill(FROM.length + 1)) {
        break;
      }
      line++;
      boolean blank = buf[pos] == '\n' || (buf[pos] == '\r' && limit - pos > 1 && buf[pos + 1] == '\n');
      boolean fromLine = afterBlank && startsWithFrom();
      if (state == State.BEFORE_FIRST && !blank && !fromLine) {
        return Optional.of(new Failure(line, "expected an mbox file: a first line starting 'From ' (RFC 4155), found '"
            + printable(firstBytes()) + "'"));
      }
      if (fromLine) {
        state = State.HEADER;
        messageLine = line;
        headerLength = 0;
        oversized = false;
        skipLine(false);
        afterBlank = false;
        continue;
      }
      if (state == State.HEADER) {
        if (blank) {
          messages.message(messageLine, header, headerLength, oversized);
          state = State.BODY;
          skipLine(false);
          afterBlank = true;
        } else {
          skipLine(true);
        }
        continue;
      }
      skipLine(false);
      afterBlank = blank;
    }
    tell();
    if (state == State.BEFORE_FIRST) {
      return Optional.of(new Failure(line, "expected an mbox file: the file has no message (no line starting 'From ')"));
    }
    if (state == State.HEADER) {
      if (headerLength > 0) {
        // the headers of the last message were never closed by a blank line: the file was cut short
        return Optional.of(new Failure(messageLine, "the file ends inside the headers of the message starting on this "
            + "line (line " + line + " is the last): is the file truncated?"));
      }
      messages.message(messageLine, header, 0, false);
    }
    return Optional.empty();
  }

  /** Whether the line at {@code pos} is a From_ line: {@code From }, a sender, and a time of day within its first bytes. */
  private boolean startsWithFrom() throws IOException {
    if (limit - pos < FROM.length + 1) {
      return false;
    }
    for (int i = 0; i < FROM.length; i++) {
      if (buf[pos + i] != FROM[i]) {
        return false;
      }
    }
    byte next = buf[pos + FROM.length];
    if (next == '\n' || next == '\r' || next == ' ') {
      return false;
    }
    fill(FROM_LINE_SCAN);
    int end = Math.min(limit, pos + FROM_LINE_SCAN);
    for (int i = pos + FROM.length; i + 3 < end && buf[i] != '\n'; i++) {
      if (isDigit(buf[i]) && buf[i + 1] == ':' && isDigit(buf[i + 2]) && isDigit(buf[i + 3])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private String firstBytes() {
    int end = pos;
    while (end < limit && end - pos < 40 && buf[end] != '\n' && buf[end] != '\r') {
      end++;
    }
    return new String(buf, pos, end - pos, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }

  /** Moves past the line at {@code pos} and its line feed, copying it into the header block when asked. */
  private void skipLine(boolean keep) throws IOException {
    while (true) {
      int start = pos;
      int end = start;
      while (end < limit && buf[end] != '\n') {
        end++;
      }
      boolean found = end < limit;
      if (found) {
        end++; // the line feed belongs to the line
      }
      if (keep) {
        keepHeader(start, end);
      }
      pos = end;
      if (found || !fill(1)) {
        return;
      }
    }
  }

  private void keepHeader(int start, int end) {
    int length = end - start;
    if (headerLength + length > maxHeaderBytes) {
      oversized = true;
      length = Math.max(0, maxHeaderBytes - headerLength);
    }
    if (headerLength + length > header.length) {
      header = Arrays.copyOf(header, Math.min(maxHeaderBytes, Math.max(header.length * 2, headerLength + length)));
    }
    System.arraycopy(buf, start, header, headerLength, length);
    headerLength += length;
  }

  /** Makes at least {@code wanted} bytes readable at {@code pos} unless the file ends first; false when none is left. */
  private boolean fill(int wanted) throws IOException {
    if (limit - pos >= wanted) {
      return true;
    }
    int left = limit - pos;
    System.arraycopy(buf, pos, buf, 0, left);
    consumed += pos;
    pos = 0;
    limit = left;
    while (limit < wanted) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    if (consumed - toldAt >= PROGRESS_EVERY) {
      tell();
    }
    return limit > 0;
  }

  private void tell() {
    toldAt = consumed + pos;
    bytesRead.accept(toldAt);
  }
}
