package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.Transactions} must do: all or nothing. */
public abstract class TransactionsContract extends StorageContract {

  @Test
  void givenWorkThatSucceeds_inTransaction_keepsItsWrites_andReturnsItsResult() {
    ContactId id = storage.transactions().inTransaction(() -> Samples.newContact(storage, "Kept"));
    assertThat(storage.contacts().find(id)).isPresent();
  }

  @Test
  void givenWorkThatFails_inTransaction_keepsNothingOfIt_acrossRepositories() {
    ContactId before = Samples.newContact(storage, "Before");
    assertThatThrownBy(() -> storage.transactions().run(() -> {
      ContactId id = Samples.newContact(storage, "Doomed");
      storage.contacts().addNote(before, new Note(LocalDate.EPOCH, "doomed note"));
      storage.touches().add(Samples.message(id, "2026-01-01T00:00:00Z"));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(storage.contacts().findAll()).extracting(c -> c.displayName()).containsExactly("Before");
    assertThat(storage.contacts().notes(before)).isEmpty();
    assertThat(storage.touches().findAll()).isEmpty();
  }

  @Test
  void givenNestedTransactions_anOuterFailure_rollsBackTheInnerWork() {
    assertThatThrownBy(() -> storage.transactions().run(() -> {
      storage.transactions().run(() -> Samples.newContact(storage, "Inner"));
      throw new IllegalArgumentException("outer fails");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(storage.contacts().findAll()).isEmpty();
  }
}
