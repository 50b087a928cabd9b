package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.port.out.StorageException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work on a helper gives the same answers as work on the caller's thread, and the same errors. */
class WithHelperTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Set<String> threads = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private Rapport networkOf(Storage storage) {
    Rapport rapport = Rapport.over(storage, clock);
    for (int i = 0; i < 30; i++) {
      Tier tier = Tier.values()[i % Tier.values().length];
      Contact contact = rapport.contacts().add(NewContact.named("Contact " + i).tier(tier));
      Direction direction = i % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND;
      rapport.activity().log(LogTouch.of(contact.id(), direction, InteractionKind.MESSAGE)
          .at(Instant.parse("2026-10-01T10:00:00Z").plusSeconds(86_400L * i)));
    }
    return rapport;
  }

  @Test
  void givenAPool_healthAndTheAgenda_areThoseOfReadsOneAfterTheOther() {
    Rapport rapport = networkOf(new InMemoryStorage());
    Rapport pooled = rapport.withHelper(task -> pool.execute(() -> {
      threads.add(Thread.currentThread().getName());
      task.run();
    }));

    assertThat(pooled.outreach().agenda(AgendaRequest.asOf(AS_OF))).isEqualTo(rapport.outreach().agenda(AgendaRequest.asOf(AS_OF)));
    assertThat(pooled.health().all(AS_OF, Optional.empty())).isEqualTo(rapport.health().all(AS_OF, Optional.empty()));
    assertThat(threads).isNotEmpty().doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void givenAReadThatFailsOnThePool_theUseCase_throwsItsError() {
    Storage storage = spy(new InMemoryStorage());
    networkOf(storage);
    ContactRepository contacts = spy(storage.contacts());
    doThrow(new StorageException("disk gone")).when(contacts).relationships();
    when(storage.contacts()).thenReturn(contacts);

    assertThatThrownBy(() -> Rapport.over(storage, clock).withHelper(pool).outreach().agenda(AgendaRequest.asOf(AS_OF)))
        .isInstanceOf(StorageException.class).hasMessage("disk gone");
  }
}
