package dev.rapport.adapter.pim;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a message's header block that an import reads (From, To, Cc, Bcc, Date,
 * Message-ID, List-Id), unfolded; every other field is passed over without being decoded. Raw
 * 8-bit text is read as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise, as mail
 * clients do with undeclared header bytes.
 */
final class MailHeader {

  private String from;
  private final List<String> recipients = new ArrayList<>(2);
  private String date;
  private String messageId;
  private boolean listId;

  private MailHeader() {}

  /** The first From field, unfolded; null when there is none. */
  String from() {
    return from;
  }

  /** The To, Cc and Bcc fields, unfolded, in order. */
  List<String> recipients() {
    return recipients;
  }

  /** The Date field; null when there is none. */
  String date() {
    return date;
  }

  /** The Message-ID field; null when there is none. */
  String messageId() {
    return messageId;
  }

  /** Whether the message came through a mailing list (it has a List-Id). */
  boolean listId() {
    return listId;
  }

  /** Reads the fields of {@code bytes[0, length)}. */
  static MailHeader parse(byte[] bytes, int length) {
    MailHeader header = new MailHeader();
    int i = 0;
    while (i < length) {
      int end = fieldEnd(bytes, i, length);
      int colon = i;
      while (colon < end && bytes[colon] != ':' && bytes[colon] != '\n') {
        colon++;
      }
      if (colon < end && bytes[colon] == ':') {
        header.take(bytes, i, colon, end);
      }
      i = end;
    }
    return header;
  }

  /** The end of the field starting at {@code start}: past its last continuation line. */
  private static int fieldEnd(byte[] bytes, int start, int length) {
    int i = start;
    while (i < length) {
      while (i < length && bytes[i] != '\n') {
        i++;
      }
      if (i < length) {
        i++;
      }
      if (i >= length || (bytes[i] != ' ' && bytes[i] != '\t')) {
        return i;
      }
    }
    return i;
  }

  private void take(byte[] bytes, int start, int colon, int end) {
    int nameLength = colon - start;
    // trailing blanks before the colon are allowed (obsolete syntax)
    while (nameLength > 0 && (bytes[start + nameLength - 1] == ' ' || bytes[start + nameLength - 1] == '\t')) {
      nameLength--;
    }
    switch (nameLength) {
      case 2 -> {
        if (is(bytes, start, "to") || is(bytes, start, "cc")) {
          recipients.add(value(bytes, colon + 1, end));
        }
      }
      case 3 -> {
        if (is(bytes, start, "bcc")) {
          recipients.add(value(bytes, colon + 1, end));
        }
      }
      case 4 -> {
        if (from == null && is(bytes, start, "from")) {
          from = value(bytes, colon + 1, end);
        } else if (date == null && is(bytes, start, "date")) {
          date = value(bytes, colon + 1, end);
        }
      }
      case 7 -> {
        if (is(bytes, start, "list-id")) {
          listId = true;
        }
      }
      case 10 -> {
        if (messageId == null && is(bytes, start, "message-id")) {
          messageId = value(bytes, colon + 1, end);
        }
      }
      default -> { }
    }
  }

  /** Whether the field name at {@code start} is {@code lowerCaseName}, in any case. */
  private static boolean is(byte[] bytes, int start, String lowerCaseName) {
    for (int i = 0; i < lowerCaseName.length(); i++) {
      if ((bytes[start + i] | 0x20) != lowerCaseName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The unfolded value: line breaks removed (RFC 5322 §2.2.3), surrounding blanks trimmed. */
  private static String value(byte[] bytes, int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    String text = ascii ? new String(bytes, start, end - start, StandardCharsets.ISO_8859_1) : decode(bytes, start, end);
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      text = text.replace("\r", "").replace("\n", "");
    }
    return text.strip();
  }

  private static String decode(byte[] bytes, int start, int end) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, end - start, WINDOWS_1252);
    }
  }

  private static final java.nio.charset.Charset WINDOWS_1252 = windows1252();

  private static java.nio.charset.Charset windows1252() {
    try {
      return java.nio.charset.Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1; // a JDK without it still reads every byte
    }
  }
}
