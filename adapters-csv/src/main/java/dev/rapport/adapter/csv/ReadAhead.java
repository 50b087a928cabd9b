package dev.rapport.adapter.csv;

import java.util.function.Consumer;

/**
 * Items read on a helper thread and taken, in order, by the thread that started it: the other way
 * round from {@link Handoff}. An import must plan and store its contacts on its own thread (its
 * transaction's), while parsing the file and building each draft needs nothing of the store, so
 * the two overlap on two cores. At most a few batches wait, so memory stays bounded. The reading's
 * failure reaches the taker when it gets there, after the items read before it; the taker's
 * failure stops the reading ({@link #close()}).
 */
final class ReadAhead<T> implements AutoCloseable {

  /** What reads the items, handing each to the consumer it is given, in order. */
  @FunctionalInterface
  interface Reading<T> {
    void read(Consumer<? super T> items);
  }

  private final BatchQueue<T> batches;
  private final Thread reader;
  private final Runnable takerStopped = this::stopIfStopped; // made once: not an object per item
  private volatile Throwable failure;
  private volatile boolean stopped;

  private ReadAhead(String name, int batchSize, int batchesWaiting, Reading<T> reading) {
    this.batches = new BatchQueue<>(batchSize, batchesWaiting);
    this.reader = new Thread(() -> readAll(reading), name);
    reader.setDaemon(true);
  }

  /**
   * Starts a thread named {@code name} that runs {@code reading}; what it reads waits for {@link
   * #drain} in batches of {@code batchSize}, at most {@code batchesWaiting} of them.
   */
  static <T> ReadAhead<T> start(String name, int batchSize, int batchesWaiting, Reading<T> reading) {
    ReadAhead<T> ahead = new ReadAhead<>(name, batchSize, batchesWaiting, reading);
    ahead.reader.start();
    return ahead;
  }

  /**
   * Hands every item read to {@code take}, in order, on the calling thread, until the reading
   * ends; then rethrows the reading's failure, if any. What the reading changed besides its items
   * is visible to the caller when this returns or throws.
   */
  void drain(Consumer<? super T> take) {
    try {
      batches.drain(take);
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the rows being read", e);
    }
    BatchQueue.rethrow(failure);
  }

  /** Stops the reading when {@link #drain} did not get to its end (taking failed), and waits for the thread. */
  @Override
  public void close() {
    stopped = true;
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readAll(Reading<T> reading) {
    try {
      try {
        reading.read(this::give);
      } catch (Stopped e) {
        throw e;
      } catch (RuntimeException | Error e) {
        failure = e; // the items read before it are taken first
      }
      batches.end(takerStopped);
    } catch (Stopped | InterruptedException e) {
      // the taker failed: nobody waits for the rest
    }
  }

  private void give(T item) {
    stopIfStopped();
    try {
      batches.give(item, takerStopped);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private void stopIfStopped() {
    if (stopped) {
      throw new Stopped();
    }
  }

  /** Unwinds the reading once the taker has stopped taking. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
