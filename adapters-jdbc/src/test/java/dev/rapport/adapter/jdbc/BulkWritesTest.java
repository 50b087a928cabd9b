package dev.rapport.adapter.jdbc;

import static dev.rapport.core.contract.Samples.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.port.out.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bulk writes of the JDBC store on both databases: many rows at once, all or nothing. */
class BulkWritesTest {

  enum Store {
    SQLITE(TestDatabases::newSqliteStore),
    POSTGRESQL(TestDatabases::newPostgresStore);

    final Supplier<JdbcStore> open;

    Store(Supplier<JdbcStore> open) {
      this.open = open;
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void addAll_ofManyContacts_inBatches_storesEveryOne(Store kind) {
    try (JdbcStore store = kind.open.get()) {
      List<ContactId> ids = store.contacts().nextIds(5_001); // more than two batches
      List<Contact> contacts = new ArrayList<>();
      for (ContactId id : ids) {
        contacts.add(Contact.builder().from(minimal(id, "Contact " + id)).addEmails(id + "@example.org").build());
      }
      store.transactions().run(() -> store.contacts().addAll(contacts));

      assertThat(store.contacts().findAll()).isEqualTo(contacts);
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void givenAStoredContact_addAllOfItsId_failsTheTransaction_andWritesNothing(Store kind) {
    try (JdbcStore store = kind.open.get()) {
      List<ContactId> ids = store.contacts().nextIds(2);
      Contact stored = minimal(ids.get(0), "Stored");
      store.contacts().save(stored);

      assertThatThrownBy(() -> store.transactions().run(() -> store.contacts().addAll(
          List.of(minimal(ids.get(1), "New"), minimal(ids.get(0), "Clash")))))
          .isInstanceOf(StorageException.class);

      assertThat(store.contacts().findAll()).containsExactly(stored);
    }
  }
}
