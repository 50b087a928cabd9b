package dev.rapport.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Sorts a whole network's results in two steps: by a coarse int key, as primitives, then by the
 * exact order within each run of equal keys. A comparator over 30,000 objects reaches their fields
 * through pointers scattered over the heap, some fifteen times each; a sort of longs does not, and
 * leaves the comparator only the ties.
 */
public final class CoarseKeySort {

  private CoarseKeySort() {}

  /**
   * {@code items} sorted by {@code order}.
   *
   * @param key a key that never contradicts {@code order}: {@code order(a, b) < 0} implies
   *     {@code key(a) <= key(b)}; the coarser it is, the more is left to {@code order}
   */
  public static <T> List<T> sorted(List<T> items, ToIntFunction<? super T> key, Comparator<? super T> order) {
    long[] keys = new long[items.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) key.applyAsInt(items.get(i)) << 32 | i;
    }
    Arrays.sort(keys);
    List<T> sorted = new ArrayList<>(keys.length);
    for (long k : keys) {
      sorted.add(items.get((int) k));
    }
    int run = 0;
    for (int i = 1; i <= keys.length; i++) {
      if (i == keys.length || keys[i] >> 32 != keys[run] >> 32) {
        if (i - run > 1) {
          sorted.subList(run, i).sort(order);
        }
        run = i;
      }
    }
    return sorted;
  }

  /** An int that orders as {@code value} does, for a key: a float's bits, with the negatives' order turned. */
  public static int ordered(float value) {
    int bits = Float.floatToIntBits(value);
    return bits ^ (bits >> 31 & Integer.MAX_VALUE);
  }
}
