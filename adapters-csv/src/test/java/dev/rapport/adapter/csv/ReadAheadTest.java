package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Items read on a helper thread and taken by the caller: all of them, in order, and either side's failure ends both. */
@Timeout(10)
class ReadAheadTest {

  @Test
  void everyItem_isTaken_onTheCallingThread_inTheOrderRead() {
    List<Integer> taken = new ArrayList<>();
    AtomicReference<Thread> readingThread = new AtomicReference<>();
    Thread caller = Thread.currentThread();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 7, 2, items -> {
      readingThread.set(Thread.currentThread());
      for (int i = 0; i < 1000; i++) {
        items.accept(i);
      }
    })) {
      ahead.drain(item -> {
        assertThat(Thread.currentThread()).isSameAs(caller);
        taken.add(item);
      });
    }
    assertThat(taken).hasSize(1000).isSorted().startsWith(0).endsWith(999);
    assertThat(readingThread.get()).isNotSameAs(caller);
  }

  @Test
  void givenTheReadingFails_theItemsBeforeAreTaken_thenItsFailureIsThrown_withWhatItChangedVisible() {
    ImportException broken = new ImportException(List.of(new ImportProblem("Connections.csv", 12, 3, "broken")));
    List<String> problemsSeenByReading = new ArrayList<>();
    List<Integer> taken = new ArrayList<>();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 4, 2, items -> {
      for (int i = 0; i < 10; i++) {
        items.accept(i);
      }
      problemsSeenByReading.add("line 12");
      throw broken;
    })) {
      assertThatThrownBy(() -> ahead.drain(taken::add)).isSameAs(broken);
    }
    assertThat(taken).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(problemsSeenByReading).containsExactly("line 12");
  }

  @Test
  void givenTakingFails_close_stopsTheReading_withoutReadingTheRest() throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    AtomicReference<Thread> reader = new AtomicReference<>();
    IllegalStateException storageDown = new IllegalStateException("storage failed");
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 1, 1, items -> {
      reader.set(Thread.currentThread());
      for (int i = 0; i < 1_000_000_000; i++) {
        items.accept(i);
        read.incrementAndGet();
      }
    })) {
      assertThatThrownBy(() -> ahead.drain(item -> {
        throw storageDown;
      })).isSameAs(storageDown);
    }
    reader.get().join(TimeUnit.SECONDS.toMillis(5));
    assertThat(reader.get().isAlive()).isFalse();
    assertThat(read.get()).isLessThan(1_000);
  }
}
