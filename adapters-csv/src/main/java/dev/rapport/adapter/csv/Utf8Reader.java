package dev.rapport.adapter.csv;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * Strict UTF-8 from a byte array, as the JDK's decoder reads it with {@code REPORT} on malformed
 * input, but with a fast path for ASCII: the JDK's array decoder copies ASCII quickly only until
 * the first other character, and byte by byte after it, which made decoding a third of parsing a
 * contacts export with accented names in it.
 */
final class Utf8Reader extends Reader {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private final byte[] bytes;
  private final int end;
  private int at;
  /** The low half of a surrogate pair whose high half filled the caller's buffer; 0 when none. */
  private char pendingLow;

  Utf8Reader(byte[] bytes, int from) {
    this.bytes = bytes;
    this.at = from;
    this.end = bytes.length;
  }

  @Override
  public int read(char[] chars, int offset, int length) throws MalformedInputException {
    if (length == 0) {
      return 0;
    }
    int to = offset;
    int limit = offset + length;
    if (pendingLow != 0) {
      chars[to++] = pendingLow;
      pendingLow = 0;
    }
    if (to == offset && at >= end) {
      return -1;
    }
    while (to < limit && at < end) {
      if (limit - to >= Long.BYTES && end - at >= Long.BYTES
          && ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0) {
        for (int i = 0; i < Long.BYTES; i++) {
          chars[to + i] = (char) bytes[at + i];
        }
        at += Long.BYTES;
        to += Long.BYTES;
        continue;
      }
      int b1 = bytes[at];
      if (b1 >= 0) {
        chars[to++] = (char) b1;
        at++;
      } else {
        to = decodeSequence(b1 & 0xFF, chars, to, limit);
      }
    }
    return to - offset;
  }

  /** Decodes the sequence of two to four bytes that starts with {@code lead}; returns where the next char goes. */
  private int decodeSequence(int lead, char[] chars, int to, int limit) throws MalformedInputException {
    int codePoint;
    int size;
    if (lead >= 0xC2 && lead <= 0xDF) {
      size = 2;
      codePoint = ((lead & 0x1F) << 6) | continuation(1, 0x80, 0xBF);
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      size = 3;
      // no overlong forms (E0 needs A0 and up) and no surrogates (ED stops at 9F)
      int second = continuation(1, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
      codePoint = ((lead & 0x0F) << 12) | (second << 6) | continuation(2, 0x80, 0xBF);
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      size = 4;
      // no overlong forms (F0 needs 90 and up) and nothing past U+10FFFF (F4 stops at 8F)
      int second = continuation(1, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
      codePoint = ((lead & 0x07) << 18) | (second << 12) | (continuation(2, 0x80, 0xBF) << 6)
          | continuation(3, 0x80, 0xBF);
    } else {
      throw new MalformedInputException(1);
    }
    at += size;
    if (size < 4) {
      chars[to++] = (char) codePoint;
    } else {
      chars[to++] = Character.highSurrogate(codePoint);
      if (to < limit) {
        chars[to++] = Character.lowSurrogate(codePoint);
      } else {
        pendingLow = Character.lowSurrogate(codePoint);
      }
    }
    return to;
  }

  /** The low six bits of the sequence's byte at {@code offset}, which must lie in {@code [low, high]}. */
  private int continuation(int offset, int low, int high) throws MalformedInputException {
    if (at + offset >= end) {
      throw new MalformedInputException(offset);
    }
    int b = bytes[at + offset] & 0xFF;
    if (b < low || b > high) {
      throw new MalformedInputException(offset);
    }
    return b & 0x3F;
  }

  @Override
  public void close() {
    // nothing to release: the bytes are the caller's
  }
}
