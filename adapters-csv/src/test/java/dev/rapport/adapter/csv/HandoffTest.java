package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Items read on one thread and written on another: all of them, in order, and either side's failure ends both. */
@Timeout(10)
class HandoffTest {

  @Test
  void everyItem_isWritten_inTheOrderHandedOver_byTheTimeFinishReturns() {
    List<Integer> written = new ArrayList<>();
    try (Handoff<Integer> handoff = Handoff.start("test-writer", 7, 2, written::add)) {
      for (int i = 0; i < 1000; i++) {
        handoff.accept(i);
      }
      handoff.finish();
    }
    assertThat(written).hasSize(1000).isSorted().startsWith(0).endsWith(999);
  }

  @Test
  void givenTheWriterFails_theReader_getsItsFailure_andStops() {
    UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));
    try (Handoff<Integer> handoff = Handoff.start("test-writer", 10, 2, item -> {
      if (item == 25) {
        throw full;
      }
    })) {
      assertThatThrownBy(() -> {
        for (int i = 0; i < 1_000_000; i++) {
          handoff.accept(i);
        }
        handoff.finish();
      }).isSameAs(full);
    }
  }

  @Test
  void givenTheReadingFails_close_stopsTheWriter_withoutWaitingForMore() throws InterruptedException {
    CountDownLatch writing = new CountDownLatch(1);
    Thread[] writer = new Thread[1];
    try (Handoff<Integer> handoff = Handoff.start("test-writer", 1, 1, item -> {
      writer[0] = Thread.currentThread();
      writing.countDown();
    })) {
      handoff.accept(1);
      assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
      // the reading fails here: finish() is never reached
    }
    writer[0].join(TimeUnit.SECONDS.toMillis(5));
    assertThat(writer[0].isAlive()).isFalse();
  }
}
