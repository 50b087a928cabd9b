package dev.rapport.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pending drafts are made once, by the first thread to come to them; the others wait for them or move on. */
class PendingDraftsTest {

  private static final List<ContactDraft> DRAFTS = List.of(
      new ContactDraft("a", new Origin("f.csv", 2), ContactDraft.details("Ada").build()));

  @Test
  @Timeout(30) // a wait that goes wrong waits for ever
  void givenAThreadMakingThem_anotherWaitsForTheSameDrafts_andTheyAreMadeOnce() throws Exception {
    AtomicInteger makings = new AtomicInteger();
    CountDownLatch begun = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    PendingDrafts pending = new PendingDrafts(() -> {
      makings.incrementAndGet();
      begun.countDown();
      await(finish);
      return DRAFTS;
    });
    CompletableFuture<List<ContactDraft>> maker = CompletableFuture.supplyAsync(pending::get);
    begun.await();

    CompletableFuture<List<ContactDraft>> waiter = CompletableFuture.supplyAsync(pending::get);
    pending.make(); // returns at once: another thread has begun
    finish.countDown();

    assertThat(waiter.get(10, TimeUnit.SECONDS)).isSameAs(maker.get(10, TimeUnit.SECONDS)).isSameAs(DRAFTS);
    assertThat(pending.get()).isSameAs(DRAFTS);
    assertThat(makings).hasValue(1);
  }

  @Test
  void whatTheMakingThrowsIsThrownToEveryoneWhoAsks() {
    IllegalArgumentException failure = new IllegalArgumentException("blank key");
    PendingDrafts pending = new PendingDrafts(() -> {
      throw failure;
    });

    pending.make();

    assertThatThrownBy(pending::get).isSameAs(failure);
    assertThatThrownBy(pending::get).isSameAs(failure);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
