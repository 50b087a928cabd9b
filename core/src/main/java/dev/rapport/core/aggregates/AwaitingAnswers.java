package dev.rapport.core.aggregates;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * "Answered within a window", written once: per contact slot, the owner's touches still waiting
 * for an answer, oldest first. A touch from the contact at second {@code t} answers every waiting
 * touch sent at most the window before {@code t} (at the same second or later counts); after it
 * none waits, since a later answer answers only what is sent after it. A waiting touch carries a
 * tag its user chooses (a kind, a channel's month).
 *
 * <p>Touches must come oldest first. Each slot keeps a few waiting touches inline in one flat
 * array (a million touches over tens of thousands of contacts then cost a cache miss or two each)
 * and moves them to a queue of its own in the rare case that more wait at once.
 */
public final class AwaitingAnswers {

  /** Told of each waiting touch an answer answers. */
  @FunctionalInterface
  public interface Answered {
    void answered(long sentSecond, long tag);
  }

  private static final int INLINE = 8;
  private static final int BLOCK = 1 + 2 * INLINE; // state, then (second, tag) pairs in a ring
  private static final int SPILLED = 1 << 8;

  private final long windowSeconds;
  /** Per slot: head | count << 4 | SPILLED, then the inline ring. */
  private long[] blocks = new long[BLOCK * 16];
  private Queue[] spills = new Queue[16];

  /** Waiting touches answered within {@code windowSeconds}. */
  public AwaitingAnswers(long windowSeconds) {
    checkArgument(windowSeconds >= 0, "the answer window must not be negative: %s", windowSeconds);
    this.windowSeconds = windowSeconds;
  }

  /** The owner's touch at {@code second} now waits for an answer; those too old to be answered by then go. */
  public void add(int slot, long second, long tag) {
    int b = block(slot);
    long state = blocks[b];
    if ((state & SPILLED) != 0) {
      spills[slot].add(second, tag, windowSeconds);
      return;
    }
    int head = (int) (state & 15);
    int count = (int) (state >> 4 & 15);
    while (count > 0 && second - blocks[b + 1 + 2 * head] > windowSeconds) {
      head = (head + 1) % INLINE;
      count--;
    }
    if (count == INLINE) {
      Queue queue = new Queue();
      for (int n = 0; n < count; n++) {
        int at = b + 1 + 2 * ((head + n) % INLINE);
        queue.add(blocks[at], blocks[at + 1], windowSeconds);
      }
      queue.add(second, tag, windowSeconds);
      spills[slot] = queue;
      blocks[b] = SPILLED;
      return;
    }
    int at = b + 1 + 2 * ((head + count) % INLINE);
    blocks[at] = second;
    blocks[at + 1] = tag;
    blocks[b] = head | (long) (count + 1) << 4;
  }

  /** A touch from the contact at {@code second}: tells {@code answered} of each waiting touch it answers; none waits after. */
  public void answer(int slot, long second, Answered answered) {
    int b = block(slot);
    long state = blocks[b];
    if ((state & SPILLED) != 0) {
      spills[slot].answer(second, windowSeconds, answered);
      spills[slot] = null;
    } else {
      int head = (int) (state & 15);
      int count = (int) (state >> 4 & 15);
      for (int n = 0; n < count; n++) {
        int at = b + 1 + 2 * ((head + n) % INLINE);
        if (second - blocks[at] <= windowSeconds) {
          answered.answered(blocks[at], blocks[at + 1]);
        }
      }
    }
    blocks[b] = 0;
  }

  /** How many touches of the slot wait, for a store that keeps them. */
  public int count(int slot) {
    int b = block(slot);
    return (blocks[b] & SPILLED) != 0 ? spills[slot].size : (int) (blocks[b] >> 4 & 15);
  }

  /** The second the slot's {@code n}-th waiting touch (oldest first) was sent. */
  public long sentAt(int slot, int n) {
    return entry(slot, n, 0);
  }

  /** The tag of the slot's {@code n}-th waiting touch (oldest first). */
  public long tag(int slot, int n) {
    return entry(slot, n, 1);
  }

  private long entry(int slot, int n, int field) {
    checkArgument(n >= 0 && n < count(slot), "no waiting touch %s of slot %s", n, slot);
    int b = block(slot);
    if ((blocks[b] & SPILLED) != 0) {
      return spills[slot].get(n, field);
    }
    return blocks[b + 1 + 2 * ((int) ((blocks[b] & 15) + n) % INLINE) + field];
  }

  private int block(int slot) {
    int b = slot * BLOCK;
    if (b >= blocks.length) {
      int slots = Math.max(slot + 1, blocks.length / BLOCK * 2);
      blocks = Arrays.copyOf(blocks, slots * BLOCK);
      spills = Arrays.copyOf(spills, slots);
    }
    return b;
  }

  /** The waiting touches of a slot with more than fit inline: (second, tag) pairs in a ring. */
  private static final class Queue {
    private long[] entries = new long[2 * 2 * INLINE];
    private int head;
    private int size;

    void add(long second, long tag, long window) {
      int capacity = entries.length / 2;
      while (size > 0 && second - entries[2 * head] > window) {
        head = (head + 1) & (capacity - 1);
        size--;
      }
      if (size == capacity) {
        long[] bigger = new long[entries.length * 2];
        for (int n = 0; n < size; n++) {
          int i = (head + n) & (capacity - 1);
          bigger[2 * n] = entries[2 * i];
          bigger[2 * n + 1] = entries[2 * i + 1];
        }
        entries = bigger;
        head = 0;
        capacity *= 2;
      }
      int i = (head + size) & (capacity - 1);
      entries[2 * i] = second;
      entries[2 * i + 1] = tag;
      size++;
    }

    void answer(long second, long window, Answered answered) {
      int capacity = entries.length / 2;
      for (int n = 0; n < size; n++) {
        int i = (head + n) & (capacity - 1);
        if (second - entries[2 * i] <= window) {
          answered.answered(entries[2 * i], entries[2 * i + 1]);
        }
      }
    }

    long get(int n, int field) {
      return entries[2 * ((head + n) & (entries.length / 2 - 1)) + field];
    }
  }
}
