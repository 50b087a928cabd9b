package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.fake.HelperThreads;
import dev.rapport.core.port.in.ContactDraft;
import dev.rapport.core.port.in.ImportBatch;
import dev.rapport.core.port.in.ImportException;
import dev.rapport.core.port.in.ImportProblem;
import dev.rapport.core.port.in.ImportSource;
import dev.rapport.core.port.in.Origin;
import dev.rapport.core.port.in.PendingDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A source read ahead on a helper hands the caller the same drafts, hints, rest and errors as reading it in place. */
class ReadAheadTest {

  private static final Executor POOL = HelperThreads.daemons("read-ahead-helper");

  private static ContactDraft draft(int i) {
    return new ContactDraft("row-" + i, new Origin("file.csv", i + 2), ContactDraft.details("Contact " + i).build());
  }

  /** Hands over {@code count} drafts, a hint before each 700, then returns the rest; records its thread. */
  private static class CountingSource implements ImportSource {
    final int count;
    volatile Thread readOn;

    CountingSource(int count) {
      this.count = count;
    }

    @Override
    public String source() {
      return "file.csv";
    }

    @Override
    public boolean distinctContacts() {
      return false;
    }

    @Override
    public boolean addressBook() {
      return false;
    }

    @Override
    public ImportBatch read(Contacts contacts) {
      readOn = Thread.currentThread();
      for (int i = 0; i < count; i++) {
        if (i % 700 == 0) {
          contacts.expect(Math.min(700, count - i));
        }
        contacts.add(draft(i));
      }
      return ImportBatch.builder().source(source()).skipped(count).build();
    }
  }

  /** What the caller was handed, in order: drafts' keys and hints, and the threads it was handed them on. */
  private static final class Handed implements ImportSource.Contacts {
    final List<String> events = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    @Override
    public void add(ContactDraft draft) {
      events.add(draft.key());
      threads.add(Thread.currentThread());
    }

    @Override
    public void expect(int more) {
      events.add("expect " + more);
    }
  }

  @Property(tries = 60)
  void givenAnyNumberOfDrafts_theCallerGetsThemInOrderOnItsThread_asIfItReadTheSource(
      @ForAll @IntRange(max = 3000) int count) {
    Handed inPlace = new Handed();
    ImportBatch restInPlace = new CountingSource(count).read(inPlace);
    Handed ahead = new Handed();

    ImportBatch rest = ReadAhead.read(new CountingSource(count), POOL, ahead);

    assertThat(rest).isEqualTo(restInPlace);
    assertThat(ahead.events).isEqualTo(inPlace.events);
    assertThat(ahead.threads).allMatch(Thread.currentThread()::equals);
  }

  /** Hands over its drafts in pending runs of {@code run}, a plain draft between runs. */
  private static class PendingSource extends CountingSource {
    final int run;

    PendingSource(int count, int run) {
      super(count);
      this.run = run;
    }

    @Override
    public ImportBatch read(Contacts contacts) {
      readOn = Thread.currentThread();
      int i = 0;
      while (i < count) {
        int from = i;
        int to = Math.min(count, i + run);
        contacts.addPending(new PendingDrafts(() -> IntStream.range(from, to).mapToObj(ReadAheadTest::draft).toList()));
        i = to;
        if (i < count) {
          contacts.add(draft(i++));
        }
      }
      return ImportBatch.builder().source(source()).skipped(count).build();
    }
  }

  @Property(tries = 60)
  void givenPendingDrafts_theCallerGetsThemInOrderOnItsThread_asIfItReadTheSource(
      @ForAll @IntRange(max = 3000) int count, @ForAll @IntRange(min = 1, max = 600) int run) {
    Handed inPlace = new Handed();
    ImportBatch restInPlace = new PendingSource(count, run).read(inPlace);
    Handed ahead = new Handed();

    ImportBatch rest = ReadAhead.read(new PendingSource(count, run), POOL, ahead);

    assertThat(rest).isEqualTo(restInPlace);
    assertThat(ahead.events).isEqualTo(inPlace.events);
    assertThat(ahead.threads).allMatch(Thread.currentThread()::equals);
  }

  @Test
  @Timeout(30) // a hand-over that goes wrong waits for ever
  void givenPendingDraftsTheHelperLeaves_theCallerMakesThem() {
    CompletableFuture<Thread> madeOn = new CompletableFuture<>();
    ImportSource leaving = new CountingSource(0) {
      @Override
      public ImportBatch read(Contacts contacts) {
        contacts.addPending(new PendingDrafts(() -> {
          madeOn.complete(Thread.currentThread());
          return List.of(draft(0));
        }));
        madeOn.join(); // the helper goes on only once the caller has made them
        return ImportBatch.builder().source(source()).build();
      }
    };
    Handed handed = new Handed();

    ReadAhead.read(leaving, POOL, handed);

    assertThat(madeOn.join()).isSameAs(Thread.currentThread());
    assertThat(handed.events).containsExactly("row-0");
  }

  @Test
  @Timeout(30)
  void givenPendingDraftsThatFail_theCallerGetsTheError() {
    IllegalArgumentException failure = new IllegalArgumentException("blank key");
    ImportSource failing = new CountingSource(0) {
      @Override
      public ImportBatch read(Contacts contacts) {
        contacts.add(draft(0));
        contacts.addPending(new PendingDrafts(() -> {
          throw failure;
        }));
        return ImportBatch.builder().source(source()).build();
      }
    };
    Handed handed = new Handed();

    assertThatThrownBy(() -> ReadAhead.read(failing, POOL, handed)).isSameAs(failure);
    assertThat(handed.events).containsExactly("row-0");
  }

  @Test
  @Timeout(30) // a hand-over that goes wrong waits for ever
  void givenAFreeHelper_theSourceIsReadOnIt() {
    CountingSource source = new CountingSource(2000);
    Handed handed = new Handed();
    CompletableFuture<Thread> helperThread = new CompletableFuture<>();

    ReadAhead.read(source, task -> POOL.execute(() -> {
      helperThread.complete(Thread.currentThread());
      task.run();
    }), handed);

    assertThat(handed.events).hasSize(2000 + 3);
    assertThat(source.readOn).isSameAs(helperThread.join()).isNotSameAs(Thread.currentThread());
  }

  @Test
  @Timeout(30) // a hand-over that goes wrong waits for ever
  void givenAHelperThatNeverRunsTheTask_theCallerReadsTheSourceItself() {
    assertTheCallerReadsTheSource(task -> {});
  }

  @Test
  @Timeout(30)
  void givenAHelperThatRefusesTheTask_theCallerReadsTheSourceItself() {
    assertTheCallerReadsTheSource(task -> {
      throw new RejectedExecutionException("shut down");
    });
  }

  private static void assertTheCallerReadsTheSource(Executor helper) {
    CountingSource source = new CountingSource(1500);
    Handed handed = new Handed();

    ImportBatch rest = ReadAhead.read(source, helper, handed);

    assertThat(source.readOn).isSameAs(Thread.currentThread());
    assertThat(handed.events).hasSize(1500 + 3);
    assertThat(rest.skipped()).isEqualTo(1500);
  }

  @Test
  @Timeout(30) // a hand-over that goes wrong waits for ever
  void givenASourceThatFailsAfterSomeDrafts_theCallerGetsTheSameErrorAfterThem() {
    ImportException failure = new ImportException(List.of(new ImportProblem("file.csv", 900, 3, "broken quoting")));
    ImportSource failing = new CountingSource(0) {
      @Override
      public ImportBatch read(Contacts contacts) {
        IntStream.range(0, 800).forEach(i -> contacts.add(draft(i)));
        throw failure;
      }
    };
    Handed handed = new Handed();

    assertThatThrownBy(() -> ReadAhead.read(failing, POOL, handed)).isSameAs(failure);
    assertThat(handed.events).hasSize(800);
  }

  @Test
  @Timeout(30) // a hand-over that goes wrong waits for ever
  void givenACallerThatFails_theReadingStopsAtItsNextDraft() throws Exception {
    CompletableFuture<Throwable> readerStopped = new CompletableFuture<>();
    Thread caller = Thread.currentThread();
    ImportSource endless = new CountingSource(0) {
      @Override
      public ImportBatch read(Contacts contacts) {
        assertThat(Thread.currentThread()).as("an endless source read on the caller's thread").isNotSameAs(caller);
        try {
          for (int i = 0; ; i++) {
            contacts.add(draft(i));
          }
        } catch (RuntimeException e) {
          readerStopped.complete(e);
          throw e;
        }
      }
    };
    IllegalStateException callerFailure = new IllegalStateException("storage gone");
    ImportSource.Contacts failingCaller = draft -> {
      throw callerFailure;
    };

    assertThatThrownBy(() -> ReadAhead.read(endless, POOL, failingCaller)).isSameAs(callerFailure);
    assertThat(readerStopped.get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
  }
}
