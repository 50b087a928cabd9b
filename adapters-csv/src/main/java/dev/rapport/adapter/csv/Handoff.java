package dev.rapport.adapter.csv;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from the thread that reads them to a second thread that writes them, a batch at a
 * time, so that reading a large table and writing it out overlap on two cores (an export's
 * touches: reading them from storage and writing their rows each take about half its time). At
 * most a few batches wait between the two, so memory stays bounded whatever the table's size.
 * The writer's failure reaches the reader at its next hand-over, and {@link #finish()} rethrows it.
 */
final class Handoff<T> implements Consumer<T>, AutoCloseable {

  private static final Object[] END = new Object[0];
  private static final long POLL_MILLIS = 50;

  private final BlockingQueue<Object[]> queue;
  private final Consumer<? super T> write;
  private final int batchSize;
  private final Thread writer;
  private Object[] batch;
  private int size;
  private volatile Throwable failure;
  private boolean finished;

  private Handoff(String name, int batchSize, int batchesWaiting, Consumer<? super T> write) {
    this.queue = new ArrayBlockingQueue<>(batchesWaiting);
    this.write = write;
    this.batchSize = batchSize;
    this.batch = new Object[batchSize];
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
    batch[size++] = item;
    if (size == batchSize) {
      pass(batch);
      batch = new Object[batchSize];
      size = 0;
    }
  }

  /** Hands over the last items and waits until all are written. @throws RuntimeException the writer's failure */
  void finish() {
    if (size > 0) {
      pass(Arrays.copyOf(batch, size));
      size = 0;
    }
    pass(END);
    try {
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

  private void pass(Object[] items) {
    try {
      while (!queue.offer(items, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing rows to be written", e);
    }
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }

  @SuppressWarnings("unchecked") // only items of T are handed over
  private void writeAll() {
    try {
      for (Object[] items = queue.take(); items != END; items = queue.take()) {
        for (Object item : items) {
          write.accept((T) item);
        }
      }
    } catch (InterruptedException e) {
      // the reading failed: nothing more to write
    } catch (RuntimeException | Error e) {
      failure = e;
      queue.clear(); // the reader may be waiting for room; it sees the failure at its next hand-over
    }
  }
}
