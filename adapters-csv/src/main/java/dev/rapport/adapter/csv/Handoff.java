package dev.rapport.adapter.csv;

import java.util.function.Consumer;

/**
 * Hands items from the thread that reads them to a second thread that writes them, a batch at a
 * time, so that reading a large table and writing it out overlap on two cores (an export's
 * touches: reading them from storage and writing their rows each take about half its time). At
 * most a few batches wait between the two, so memory stays bounded whatever the table's size.
 * The writer's failure reaches the reader at its next hand-over, and {@link #finish()} rethrows it.
 */
final class Handoff<T> implements Consumer<T>, AutoCloseable {

  private final BatchQueue<T> batches;
  private final Consumer<? super T> write;
  private final Thread writer;
  private final Runnable writerFailed = this::rethrowFailure; // made once: not an object per item
  private volatile Throwable failure;
  private boolean finished;

  private Handoff(String name, int batchSize, int batchesWaiting, Consumer<? super T> write) {
    this.batches = new BatchQueue<>(batchSize, batchesWaiting);
    this.write = write;
    this.writer = new Thread(this::writeAll, name);
    writer.setDaemon(true);
  }

  /**
   * Starts a thread named {@code name} that gives each item handed over to {@code write}, in the
   * order handed over; at most {@code batchesWaiting} batches of {@code batchSize} wait for it.
   */
  static <T> Handoff<T> start(String name, int batchSize, int batchesWaiting, Consumer<? super T> write) {
    Handoff<T> handoff = new Handoff<>(name, batchSize, batchesWaiting, write);
    handoff.writer.start();
    return handoff;
  }

  /** Hands {@code item} over; waits while the writer is behind. @throws RuntimeException the writer's failure */
  @Override
  public void accept(T item) {
    try {
      if (batches.give(item, writerFailed)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing rows to be written", e);
    }
  }

  /** Hands over the last items and waits until all are written. @throws RuntimeException the writer's failure */
  void finish() {
    try {
      batches.end(writerFailed);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rows were being written", e);
    }
    finished = true;
    rethrowFailure();
  }

  /** Stops the writer when {@link #finish()} was not reached (the reading failed): what waits is dropped. */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    writer.interrupt();
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrowFailure() {
    BatchQueue.rethrow(failure);
  }

  private void writeAll() {
    try {
      batches.drain(write);
    } catch (InterruptedException e) {
      // the reading failed: nothing more to write
    } catch (RuntimeException | Error e) {
      failure = e;
      batches.clear(); // the reader may be waiting for room; it sees the failure at its next hand-over
    }
  }
}
