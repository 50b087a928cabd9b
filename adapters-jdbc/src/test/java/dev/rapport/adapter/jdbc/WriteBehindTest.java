package dev.rapport.adapter.jdbc;

import static dev.rapport.core.contract.Samples.newContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.port.out.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Touches and new contacts written behind, on a transaction's writer thread, on both databases:
 * every one stored in the order given, seen by the transaction's own reads, and none kept when
 * one is refused.
 */
class WriteBehindTest {

  /** More than a batch, and not a multiple of the rows one INSERT writes. */
  private static final int CHUNK = 5_123;

  enum Store {
    SQLITE {
      @Override
      JdbcStore refusing(String summary) {
        var file = TestDatabases.newSqliteFile();
        run("jdbc:sqlite:" + file, "CREATE TRIGGER refuse BEFORE INSERT ON touches WHEN NEW.summary = '" + summary
            + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        return JdbcStore.openSqlite(file);
      }
    },
    POSTGRESQL {
      @Override
      JdbcStore refusing(String summary) {
        String url = TestDatabases.url(TestDatabases.newPostgresDatabase());
        run(url, "SET search_path TO " + JdbcStore.DEFAULT_SCHEMA,
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.summary = '" + summary
                + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse BEFORE INSERT ON touches FOR EACH ROW EXECUTE FUNCTION refuse()");
        return JdbcStore.openPostgres(url, "postgres", "postgres");
      }
    };

    /** A new store whose database refuses a touch with this summary, as a broken row would be. */
    abstract JdbcStore refusing(String summary);

    private static void run(String url, String... statements) {
      try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
          Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** New contacts with their lists and channel profiles, enough to be written behind. */
  private static List<Contact> contacts(List<ContactId> ids) {
    List<Contact> contacts = new ArrayList<>(ids.size());
    for (ContactId id : ids) {
      contacts.add(Contact.builder().from(Samples.minimal(id, "Contact " + id.value()))
          .addEmails("c" + id.value() + "@example.com").addTags("imported")
          .addChannelProfiles(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/c" + id.value())).build());
    }
    return contacts;
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void contactsWrittenBehind_areStored_andSeenByTheTransactionsOwnReads(Store kind) {
    try (JdbcStore store = kind.refusing("never written")) {
      List<Contact> first = contacts(store.contacts().nextIds(1_500));
      List<Contact> second = contacts(store.contacts().nextIds(1_001));

      int seenInTheTransaction = store.transactions().inTransaction(() -> {
        store.contacts().addAll(first);
        int seen = store.contacts().findAll().size();
        store.contacts().addAll(second);
        return seen;
      });

      assertThat(seenInTheTransaction).isEqualTo(first.size());
      List<Contact> all = new ArrayList<>(first);
      all.addAll(second);
      assertThat(store.contacts().findAll()).containsExactlyElementsOf(all);
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void aContactRefusedInAWriteBehind_failsTheTransaction_andNoneOfItsContactsIsKept(Store kind) {
    try (JdbcStore store = kind.refusing("never written")) {
      List<ContactId> ids = store.contacts().nextIds(1_200);
      List<Contact> contacts = new ArrayList<>(contacts(ids));
      contacts.set(700, contacts.get(699)); // a second row with one id: refused by the primary key

      assertThatThrownBy(() -> store.transactions().run(() -> store.contacts().addAll(contacts)))
          .isInstanceOf(StorageException.class);

      assertThat(store.contacts().findAll()).isEmpty();
    }
  }

  private static List<Touch> touches(ContactId contact, int from, int count) {
    List<Touch> touches = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      touches.add(Touch.builder().contact(contact).at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * i))
          .direction(i % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND).kind(InteractionKind.values()[Math.floorMod(i, 5)])
          .channel(i % 3 == 0 ? Optional.of("email") : Optional.empty()).summary("touch " + i)
          .minutes(i % 7 == 0 ? OptionalInt.of(i % 60) : OptionalInt.empty()).build());
    }
    return touches;
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void touchesWrittenBehind_areStoredInOrder_andSeenByTheTransactionsOwnReads(Store kind) {
    try (JdbcStore store = kind.refusing("never written")) {
      ContactId contact = newContact(store, "Ada");
      List<Touch> first = touches(contact, 0, CHUNK);
      List<Touch> second = touches(contact, CHUNK, CHUNK + 1);

      int seenInTheTransaction = store.transactions().inTransaction(() -> {
        store.touches().addAll(first);
        int seen = store.touches().forContact(contact).size();
        store.touches().addAll(second);
        return seen;
      });

      assertThat(seenInTheTransaction).isEqualTo(CHUNK);
      List<Touch> all = new ArrayList<>(first);
      all.addAll(second);
      assertThat(store.touches().forContact(contact)).containsExactlyElementsOf(all);
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void aTouchRefusedInAWriteBehind_failsTheTransaction_andNothingOfItIsKept(Store kind) {
    try (JdbcStore store = kind.refusing("touch " + (CHUNK + 17))) {
      ContactId contact = newContact(store, "Ada");
      Touch before = touches(contact, -1, 1).get(0);
      store.touches().add(before);

      assertThatThrownBy(() -> store.transactions().run(() -> {
        store.touches().addAll(touches(contact, 0, CHUNK));
        store.touches().addAll(touches(contact, CHUNK, CHUNK)); // refused on the writer thread
        // the transaction goes on until its next use of the database, or its commit
      })).isInstanceOf(StorageException.class).hasMessageContaining("refused by the test");

      assertThat(store.touches().forContact(contact)).containsExactly(before);
      TouchSummaryQuery query = Rules.defaults().health().queryAsOf(LocalDate.of(2026, 1, 1), ZoneOffset.UTC);
      assertThat(store.touches().summary(contact, query).lastTouch()).contains(before.at()); // the kept stats too
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void aTransactionFailingWhileAWriteIsBehind_waitsForIt_andKeepsNothingOfIt(Store kind) {
    try (JdbcStore store = kind.refusing("never written")) {
      ContactId contact = newContact(store, "Ada");

      assertThatThrownBy(() -> store.transactions().run(() -> {
        store.touches().addAll(touches(contact, 0, 4 * CHUNK));
        throw new IllegalStateException("the use case fails"); // while the writer thread is still writing
      })).isInstanceOf(IllegalStateException.class).hasMessage("the use case fails");

      assertThat(store.touches().forContact(contact)).isEmpty();
      store.touches().add(touches(contact, 0, 1).get(0)); // the connection was given back clean
      assertThat(store.touches().forContact(contact)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Store.class)
  void fewerTouchesThanABatch_goIn50RowStatementsThenSingleRows_inOrder(Store kind) {
    try (JdbcStore store = kind.refusing("never written")) {
      ContactId contact = newContact(store, "Ada");
      List<Touch> touches = touches(contact, 0, 2 * GroupedInsert.ROWS_PER_INSERT + 37); // under COPY's threshold too

      store.touches().addAll(touches);

      assertThat(store.touches().forContact(contact)).containsExactlyElementsOf(touches);
    }
  }
}
