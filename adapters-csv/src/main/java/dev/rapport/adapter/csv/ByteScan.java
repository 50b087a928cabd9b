package dev.rapport.adapter.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What one pass over a file's bytes tells before they are parsed: whether they hold a NUL (then
 * they are no CSV text), whether their quotes pair up (else a quote is left open), whether they are
 * strict UTF-8, and how many line feeds they hold (a bound on their records). It reads every byte
 * of the file, so it takes them eight at a time, in a single pass: made separately, the three
 * checks cost about 2 ms of a 20 ms import.
 */
record ByteScan(boolean nul, boolean quotesPaired, boolean strictUtf8, int lineFeeds) {

  /** The bytes of an array read as little-endian longs, eight at a time. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long EACH_BYTE = 0x0101_0101_0101_0101L;
  private static final long LOW_SEVEN_BITS = EACH_BYTE * 0x7F;
  private static final long HIGH_BITS = EACH_BYTE * 0x80;
  private static final long QUOTES = EACH_BYTE * '"';
  private static final long LINE_FEEDS = EACH_BYTE * '\n';

  // UTF-8 as a state machine over bytes (the RFC 3629 table): a state says what the next byte must be
  private static final int ACCEPT = 0;
  private static final int ONE_MORE = 1;
  private static final int TWO_MORE = 2;
  private static final int THREE_MORE = 3;
  private static final int AFTER_E0 = 4; // A0..BF: no overlong forms
  private static final int AFTER_ED = 5; // 80..9F: no surrogates
  private static final int AFTER_F0 = 6; // 90..BF: no overlong forms
  private static final int AFTER_F4 = 7; // 80..8F: nothing past U+10FFFF
  private static final int REJECT = 8;
  private static final int STATE_BITS = 6;

  /**
   * The machine's moves for each byte, all states in one long: state {@code s} sits at bit
   * {@code s * 6}, and holds the bit offset of the state the byte leads to. A move is then a load
   * that does not wait for the state and a shift that does (a "shift-based DFA"), so a run of
   * accented letters costs little more than ASCII.
   */
  private static final long[] MOVES = new long[256];

  static {
    for (int b = 0; b < 256; b++) {
      for (int state = ACCEPT; state <= REJECT; state++) {
        MOVES[b] |= (long) next(state, b) * STATE_BITS << (state * STATE_BITS);
      }
    }
  }

  private static int next(int state, int b) {
    boolean continuation = b >= 0x80 && b <= 0xBF;
    return switch (state) {
      case ACCEPT -> b < 0x80 ? ACCEPT
          : b >= 0xC2 && b <= 0xDF ? ONE_MORE
          : b == 0xE0 ? AFTER_E0
          : b == 0xED ? AFTER_ED
          : b >= 0xE1 && b <= 0xEF ? TWO_MORE
          : b == 0xF0 ? AFTER_F0
          : b == 0xF4 ? AFTER_F4
          : b >= 0xF1 && b <= 0xF3 ? THREE_MORE
          : REJECT;
      case ONE_MORE -> continuation ? ACCEPT : REJECT;
      case TWO_MORE -> continuation ? ONE_MORE : REJECT;
      case THREE_MORE -> continuation ? TWO_MORE : REJECT;
      case AFTER_E0 -> b >= 0xA0 && b <= 0xBF ? ONE_MORE : REJECT;
      case AFTER_ED -> b >= 0x80 && b <= 0x9F ? ONE_MORE : REJECT;
      case AFTER_F0 -> b >= 0x90 && b <= 0xBF ? TWO_MORE : REJECT;
      case AFTER_F4 -> b >= 0x80 && b <= 0x8F ? TWO_MORE : REJECT;
      default -> REJECT;
    };
  }

  /** Scans the bytes from {@code from} on. */
  static ByteScan of(byte[] bytes, int from) {
    long nuls = 0;
    long quotes = 0;
    long lineFeeds = 0;
    int state = ACCEPT; // as a bit offset into MOVES
    int at = from;
    for (; at <= bytes.length - Long.BYTES; at += Long.BYTES) {
      long word = (long) LONGS.get(bytes, at);
      nuls |= zeroBytes(word);
      quotes += Long.bitCount(zeroBytes(word ^ QUOTES));
      lineFeeds += Long.bitCount(zeroBytes(word ^ LINE_FEEDS));
      if (state != ACCEPT || (word & HIGH_BITS) != 0) { // ASCII leaves ACCEPT as it is
        for (int i = 0; i < Long.BYTES; i++) {
          state = move(state, (int) (word >>> (i * 8)) & 0xFF);
        }
      }
    }
    for (; at < bytes.length; at++) {
      int b = bytes[at] & 0xFF;
      nuls |= b == 0 ? 1 : 0;
      quotes += b == '"' ? 1 : 0;
      lineFeeds += b == '\n' ? 1 : 0;
      state = move(state, b);
    }
    return new ByteScan(nuls != 0, quotes % 2 == 0, state == ACCEPT, (int) lineFeeds);
  }

  private static int move(int state, int b) {
    return (int) (MOVES[b] >>> state) & ((1 << STATE_BITS) - 1);
  }

  /** Parsed from the bytes, they read as the whole text does: no NUL, quotes paired, strict UTF-8. */
  boolean plainUtf8() {
    return !nul && quotesPaired && strictUtf8;
  }

  /** The high bit set in each byte of the word that is zero, and in no other. */
  private static long zeroBytes(long word) {
    // no carry crosses a byte: each byte's low seven bits plus 0x7F stay below 0x100
    return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word | LOW_SEVEN_BITS);
  }
}
