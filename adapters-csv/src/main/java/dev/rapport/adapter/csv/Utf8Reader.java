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
    int from = at; // a local, not the field, in the loop: the compiler then keeps it in a register
    while (to < limit && from < end) {
      if (limit - to >= Long.BYTES && end - from >= Long.BYTES && ((long) LONGS.get(bytes, from) & HIGH_BITS) == 0) {
        for (int i = 0; i < Long.BYTES; i++) {
          chars[to + i] = (char) bytes[from + i];
        }
        from += Long.BYTES;
        to += Long.BYTES;
      } else if (bytes[from] >= 0) {
        chars[to++] = (char) bytes[from++];
      } else {
        int codePoint = codePoint(bytes, from, end);
        if (codePoint < 0) {
          at = from;
          throw new MalformedInputException(1);
        }
        from += length(codePoint);
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          chars[to++] = (char) codePoint;
        } else {
          chars[to++] = Character.highSurrogate(codePoint);
          if (to < limit) {
            chars[to++] = Character.lowSurrogate(codePoint);
          } else {
            pendingLow = Character.lowSurrogate(codePoint);
          }
        }
      }
    }
    at = from;
    return to - offset;
  }

  /** The code point of the two to four bytes from {@code at}, or -1 when they are no strict UTF-8 sequence. */
  private static int codePoint(byte[] bytes, int at, int end) {
    int lead = bytes[at] & 0xFF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      int second = continuation(bytes, at + 1, end, 0x80, 0xBF);
      return second < 0 ? -1 : ((lead & 0x1F) << 6) | second;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      // no overlong forms (E0 needs A0 and up) and no surrogates (ED stops at 9F)
      int second = continuation(bytes, at + 1, end, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
      int third = continuation(bytes, at + 2, end, 0x80, 0xBF);
      return (second | third) < 0 ? -1 : ((lead & 0x0F) << 12) | (second << 6) | third;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      // no overlong forms (F0 needs 90 and up) and nothing past U+10FFFF (F4 stops at 8F)
      int second = continuation(bytes, at + 1, end, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
      int third = continuation(bytes, at + 2, end, 0x80, 0xBF);
      int fourth = continuation(bytes, at + 3, end, 0x80, 0xBF);
      return (second | third | fourth) < 0 ? -1 : ((lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth;
    }
    return -1;
  }

  /** The low six bits of the byte at {@code at}, which must lie in {@code [low, high]}; -1 when it does not. */
  private static int continuation(byte[] bytes, int at, int end, int low, int high) {
    if (at >= end) {
      return -1;
    }
    int b = bytes[at] & 0xFF;
    return b < low || b > high ? -1 : b & 0x3F;
  }

  /** The bytes UTF-8 takes for a code point past ASCII. */
  private static int length(int codePoint) {
    return codePoint < 0x800 ? 2 : codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT ? 3 : 4;
  }

  @Override
  public void close() {
    // nothing to release: the bytes are the caller's
  }
}
