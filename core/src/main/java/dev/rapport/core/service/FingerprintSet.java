package dev.rapport.core.service;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A set of entries (a number and a text, or any parts put into a {@link Hasher}) kept as 128-bit fingerprints in two arrays of longs, open
 * addressed: a mailbox's million Message-IDs take 32 MB here, where the strings in a hash set took
 * several times that. Two different pairs share a fingerprint with a chance of about n²/2¹²⁹
 * (10⁻²⁶ for a million), far below any failure of the disk the keys came from.
 */
final class FingerprintSet {

  private static final HashFunction MURMUR = Hashing.murmur3_128();

  private long[] high = new long[1024];
  private long[] low = new long[1024];
  private int size;

  /** Adds the pair; false when it was there already. */
  boolean add(int number, String text) {
    return add(entry().putInt(number).putString(text, StandardCharsets.UTF_8));
  }

  /** A fingerprint to put an entry's parts into, then {@linkplain #add(Hasher) add}: no text made first. */
  static Hasher entry() {
    return MURMUR.newHasher();
  }

  /** Adds the entry whose parts {@code entry} holds; false when it was there already. */
  boolean add(Hasher entry) {
    ByteBuffer bytes = ByteBuffer.wrap(entry.hash().asBytes()).order(ByteOrder.LITTLE_ENDIAN);
    long h = bytes.getLong();
    long l = bytes.getLong();
    if (h == 0 && l == 0) {
      l = 1; // (0, 0) marks an empty slot
    }
    if ((size + 1) * 2 > high.length) {
      grow();
    }
    return insert(high, low, h, l);
  }

  int size() {
    return size;
  }

  private boolean insert(long[] highs, long[] lows, long h, long l) {
    int mask = highs.length - 1;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (highs[slot] != 0 || lows[slot] != 0) {
      if (highs[slot] == h && lows[slot] == l) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    highs[slot] = h;
    lows[slot] = l;
    size++;
    return true;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    high = new long[oldHigh.length * 2];
    low = new long[oldLow.length * 2];
    size = 0;
    for (int i = 0; i < oldHigh.length; i++) {
      if (oldHigh[i] != 0 || oldLow[i] != 0) {
        insert(high, low, oldHigh[i], oldLow[i]);
      }
    }
  }
}
