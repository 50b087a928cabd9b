package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A broken Aside waits forever: the timeout turns that into a failure. */
@Timeout(10)
class AsideTest {

  @Test
  void workTheHelperNeverBegins_isDoneByTheCaller_once() {
    AtomicInteger runs = new AtomicInteger();
    Aside<String> aside = Aside.start(() -> {
      runs.incrementAndGet();
      return Thread.currentThread().getName();
    }, task -> {}); // a helper that never gets to it

    assertThat(aside.join()).isEqualTo(Thread.currentThread().getName());
    assertThat(aside.join()).isEqualTo(Thread.currentThread().getName());
    assertThat(runs).hasValue(1);
  }

  @Test
  void workTheHelperRefuses_isDoneByTheCaller() {
    Aside<Integer> aside = Aside.start(() -> 42, task -> {
      throw new RejectedExecutionException("full");
    });

    assertThat(aside.join()).isEqualTo(42);
  }

  @Test
  void whatTheWorkThrows_theJoinThrows() {
    Aside<Integer> aside = Aside.start(() -> {
      throw new IllegalArgumentException("no such contact");
    }, Runnable::run);

    assertThatThrownBy(aside::join).isInstanceOf(IllegalArgumentException.class).hasMessage("no such contact");
  }

  @Test
  void workOnAOneThreadHelper_thatHandsWorkToItInTurn_neverWaitsOnItself() throws Exception {
    ExecutorService helper = Executors.newSingleThreadExecutor();
    try {
      Aside<Integer> outer = Aside.start(() -> Aside.start(() -> 20, helper).join() + 22, helper);

      assertThat(outer.join()).isEqualTo(42);
    } finally {
      helper.shutdown();
      assertThat(helper.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
