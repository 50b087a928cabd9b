package dev.rapport.adapter.jdbc;

import static dev.rapport.core.contract.Samples.HOSTILE_TEXT;
import static dev.rapport.core.contract.Samples.full;
import static dev.rapport.core.contract.Samples.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.port.out.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
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

  /** Contacts with every field, hostile text in each text field and list, for {@code ids}. */
  private static List<Contact> everyField(List<ContactId> ids) {
    List<Contact> contacts = new ArrayList<>();
    for (ContactId id : ids) {
      String hostile = HOSTILE_TEXT.get((int) (id.value() % (HOSTILE_TEXT.size() - 1))); // not the 100,000-char note
      contacts.add(Contact.builder().from(full(id)).displayName(hostile + " " + id).company(hostile)
          .tier(Tier.values()[(int) (id.value() % Tier.values().length)]).archived(id.value() % 3 == 0)
          .untriaged(id.value() % 2 == 0).addTags(hostile).addInterests(hostile + " topic")
          .addChannelProfiles(new ChannelProfile("Mastodon", "@" + hostile)).build());
    }
    return contacts;
  }

  @Test
  void givenManyNewContacts_postgresCopy_storesWhatBatchedInsertsStore() {
    try (JdbcStore copied = TestDatabases.newPostgresStore(); JdbcStore batched = TestDatabases.newPostgresStore()) {
      List<Contact> contacts = everyField(copied.contacts().nextIds(2 * PostgresCopy.COPY_FROM));
      batched.contacts().nextIds(contacts.size());

      copied.transactions().run(() -> copied.contacts().addAll(contacts)); // one write of 2,000: by COPY
      batched.transactions().run(() -> { // writes below the COPY threshold: batched INSERTs
        for (int from = 0; from < contacts.size(); from += PostgresCopy.COPY_FROM - 1) {
          batched.contacts().addAll(contacts.subList(from, Math.min(contacts.size(), from + PostgresCopy.COPY_FROM - 1)));
        }
      });

      assertThat(copied.contacts().findAll()).isEqualTo(contacts).isEqualTo(batched.contacts().findAll());
      assertThat(copied.contacts().relationships()).isEqualTo(batched.contacts().relationships());
      assertThat(copied.contacts().nextId()).isEqualTo(batched.contacts().nextId());
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void givenAClashInABulkWriteOfContactsAndDays_theTransactionFails_andTheStoreIsAsBefore(Store kind) {
    try (JdbcStore store = kind.open.get()) {
      List<ContactId> ids = store.contacts().nextIds(3 * PostgresCopy.COPY_FROM);
      Contact stored = minimal(ids.get(ids.size() - 1), "Stored");
      store.contacts().save(stored);
      SpecialDay storedDay = SpecialDay.builder().contact(stored.id()).kind(SpecialDayKind.BIRTHDAY)
          .date(PartialDate.parse("--04-12")).build();
      store.specialDays().add(storedDay);
      List<Contact> contacts = everyField(ids); // the last has the stored contact's id

      assertThatThrownBy(() -> store.transactions().run(() -> {
        List<SpecialDay> days = new ArrayList<>();
        List<Contact> first = contacts.subList(0, PostgresCopy.COPY_FROM);
        store.contacts().addAll(first);
        first.forEach(c -> days.add(SpecialDay.builder().contact(c.id()).kind(SpecialDayKind.BIRTHDAY)
            .date(PartialDate.parse("--05-01")).title(Optional.of("day of " + c.id())).build()));
        store.specialDays().addAll(days);
        store.contacts().addAll(contacts.subList(PostgresCopy.COPY_FROM, contacts.size()));
      })).isInstanceOf(StorageException.class);

      assertThat(store.contacts().findAll()).containsExactly(stored);
      assertThat(store.specialDays().findAll()).containsExactly(storedDay);
      assertThat(store.contacts().nextId()).isEqualTo(new ContactId(ids.get(ids.size() - 1).value() + 1));
    }
  }
}
