package dev.rapport.adapter.csv;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items passed from one thread to another a batch at a time, at most a few batches waiting, so
 * memory stays bounded whatever their number; the last batch is followed by an end mark. The
 * two sides of {@link Handoff} (the caller gives) and {@link ReadAhead} (the caller takes).
 */
final class BatchQueue<T> {

  private static final Object[] END = new Object[0];
  /** How often a giver waiting for room looks whether the other side has failed. */
  private static final long POLL_MILLIS = 50;

  private final BlockingQueue<Object[]> queue;
  private final int batchSize;
  private Object[] batch;
  private int size;

  BatchQueue(int batchSize, int batchesWaiting) {
    this.queue = new ArrayBlockingQueue<>(batchesWaiting);
    this.batchSize = batchSize;
    this.batch = new Object[batchSize];
  }

  /**
   * Gives an item, passing its batch on when full; while there is no room, runs {@code
   * whileWaiting} now and then. Returns whether a batch was passed on.
   */
  boolean give(T item, Runnable whileWaiting) throws InterruptedException {
    batch[size++] = item;
    if (size < batchSize) {
      return false;
    }
    pass(batch, whileWaiting);
    batch = new Object[batchSize];
    size = 0;
    return true;
  }

  /** Passes on the last items, then the end mark. */
  void end(Runnable whileWaiting) throws InterruptedException {
    if (size > 0) {
      pass(Arrays.copyOf(batch, size), whileWaiting);
      size = 0;
    }
    pass(END, whileWaiting);
  }

  /** Hands every item to {@code take}, in the order given, until the end mark. */
  @SuppressWarnings("unchecked") // only items of T are given
  void drain(Consumer<? super T> take) throws InterruptedException {
    for (Object[] items = queue.take(); items != END; items = queue.take()) {
      for (Object item : items) {
        take.accept((T) item);
      }
    }
  }

  /** Drops what waits, so that a giver waiting for room gets it. */
  void clear() {
    queue.clear();
  }

  /** Throws {@code failure} when it is one (unchecked), as the other side failed with it. */
  static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  private void pass(Object[] items, Runnable whileWaiting) throws InterruptedException {
    while (!queue.offer(items, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      whileWaiting.run();
    }
  }
}
