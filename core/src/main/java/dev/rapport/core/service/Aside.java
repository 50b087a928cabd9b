package dev.rapport.core.service;

import com.google.common.base.Throwables;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Work handed to the helper while the caller does its own, side by side on two cores. When the
 * caller needs the result and the helper has not begun the work (a busy helper, one thread, a
 * refusal), the caller does it itself: a use case run on the helper can hand work to it in turn
 * without ever waiting on itself.
 */
final class Aside<T> {

  private final FutureTask<T> work;

  private Aside(Supplier<T> work) {
    this.work = new FutureTask<>(work::get);
  }

  /** Starts {@code work} on {@code helper}, or leaves it for {@link #join} if the helper refuses it. */
  static <T> Aside<T> start(Supplier<T> work, Executor helper) {
    Aside<T> aside = new Aside<>(work);
    try {
      helper.execute(aside.work);
    } catch (RejectedExecutionException e) {
      // joined on the caller's thread instead
    }
    return aside;
  }

  /** The work's result, done here if the helper has not begun it; throws what it threw. */
  T join() {
    work.run(); // does nothing when the helper has begun it
    try {
      return work.get();
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for work on the helper");
    }
  }
}
