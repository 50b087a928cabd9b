package dev.rapport.core.service;

import com.google.common.base.Throwables;
import dev.rapport.core.port.in.ContactDraft;
import dev.rapport.core.port.in.ImportBatch;
import dev.rapport.core.port.in.ImportSource;
import dev.rapport.core.port.in.PendingDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A source read on the helper while the caller takes its contact drafts: parsing a file and
 * matching its contacts then overlap on two cores. The drafts cross in chunks, in the source's
 * order; the caller sees them, and anything the source throws, as if it had read the source itself.
 * Pending drafts cross unmade: the caller makes those that no thread has begun when it comes to them.
 *
 * <p>The helper speeds the import up and is never needed for it: when it refuses the task, or has
 * not begun the reading within {@link #HELPER_GRACE_MILLIS} (it is busy, perhaps with the caller's
 * own task), the caller claims the reading and does it itself.
 */
final class ReadAhead {

  /** Drafts per chunk: enough that handing them over costs nothing next to making them. */
  private static final int CHUNK = 512;

  /** How long the caller waits for the helper to begin: far longer than a thread takes to start. */
  private static final long HELPER_GRACE_MILLIS = 100;

  /** The end of the reading: the rest of the batch, or what the source threw. */
  private record End(ImportBatch rest, Throwable failure) {}

  /** A hint that {@code more} drafts are coming. */
  private record Expect(int more) {}

  private final ImportSource source;
  private final BlockingQueue<Object> handed = new LinkedBlockingQueue<>();
  private final AtomicBoolean claimed = new AtomicBoolean();
  /** Set when the caller gives up (its own work failed): the reading stops at its next draft. */
  private volatile boolean abandoned;

  private ReadAhead(ImportSource source) {
    this.source = source;
  }

  /**
   * Reads {@code source}, on {@code helper} when it is free, handing each contact draft to {@code
   * contacts} on this thread, in order, and returns the rest of the batch.
   */
  static ImportBatch read(ImportSource source, Executor helper, ImportSource.Contacts contacts) {
    ReadAhead reading = new ReadAhead(source);
    try {
      helper.execute(reading::claimAndRead);
    } catch (RejectedExecutionException e) {
      reading.claimAndRead(); // a helper shut down or full: read here
    }
    try {
      return reading.drain(contacts);
    } catch (RuntimeException | Error e) {
      reading.abandoned = true;
      throw e;
    }
  }

  private void claimAndRead() {
    if (claimed.compareAndSet(false, true)) {
      readAll();
    }
  }

  private void readAll() {
    Chunks chunks = new Chunks();
    ImportBatch rest = null;
    Throwable failure = null;
    try {
      rest = source.read(chunks);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    chunks.flush(); // the drafts read before a failure still come first
    handed.add(new End(rest, failure));
  }

  private ImportBatch drain(ImportSource.Contacts contacts) {
    while (true) {
      Object next = next();
      if (next instanceof End end) {
        if (end.failure() != null) {
          Throwables.throwIfUnchecked(end.failure());
        }
        return end.rest();
      }
      if (next instanceof Expect expect) {
        contacts.expect(expect.more());
      } else if (next instanceof PendingDrafts pending) {
        pending.get().forEach(contacts::add);
      } else {
        @SuppressWarnings("unchecked")
        List<ContactDraft> drafts = (List<ContactDraft>) next;
        drafts.forEach(contacts::add);
      }
    }
  }

  /** The next item handed over, once there is one. */
  private Object next() {
    try {
      Object next = handed.poll();
      if (next == null && !claimed.get()) {
        next = handed.poll(HELPER_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        if (next == null && claimed.compareAndSet(false, true)) {
          readAll();
        }
      }
      return next != null ? next : handed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading the import source");
    }
  }

  /** The reader's side: drafts gathered into chunks and handed over whole. */
  private final class Chunks implements ImportSource.Contacts {
    private List<ContactDraft> chunk = new ArrayList<>(CHUNK);

    @Override
    public void add(ContactDraft draft) {
      stopIfAbandoned();
      chunk.add(draft);
      if (chunk.size() == CHUNK) {
        flush();
      }
    }

    @Override
    public void expect(int more) {
      flush();
      handed.add(new Expect(more));
    }

    @Override
    public void addPending(PendingDrafts drafts) {
      stopIfAbandoned();
      flush();
      handed.add(drafts);
    }

    private void stopIfAbandoned() {
      if (abandoned) {
        throw new CancellationException("the import stopped");
      }
    }

    void flush() {
      if (!chunk.isEmpty()) {
        handed.add(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }
  }
}
