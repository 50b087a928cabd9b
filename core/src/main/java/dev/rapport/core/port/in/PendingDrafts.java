package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Contact drafts still to be made, made once by whichever thread comes to them first: a source
 * reading on a helper hands these over so that the import's thread, when it is free first, makes
 * them itself instead of waiting for the helper to.
 */
public final class PendingDrafts {

  private final FutureTask<List<ContactDraft>> making;

  /** Drafts that {@code making} will make, in order, when they are first asked for. */
  public PendingDrafts(Supplier<List<ContactDraft>> making) {
    checkNotNull(making, "making");
    this.making = new FutureTask<>(making::get);
  }

  /** Makes the drafts unless a thread has begun to; returns at once when one has. */
  public void make() {
    making.run();
  }

  /**
   * The drafts, made now unless a thread has begun to, in which case this one waits for them.
   * Whatever the making threw is thrown here, to every thread that asks.
   */
  public List<ContactDraft> get() {
    making.run();
    try {
      return making.get();
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for contact drafts");
    }
  }
}
