package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rapport's tables in a schema of their own on PostgreSQL: beside an application's, and one schema per owner. */
class PostgresSchemaTest {

  private static final int OWNERS = 50;
  private static final int CONTACTS_EACH = 3;

  @Test
  void givenAnApplicationsTablesInPublic_openPostgres_keepsRapportInItsOwnSchema_andLeavesThemAlone() throws SQLException {
    String url = TestDatabases.url(TestDatabases.newEmptyPostgresDatabase());
    try (Connection app = DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = app.createStatement()) {
      statement.execute("CREATE TABLE public.orders (id BIGINT PRIMARY KEY, contacts TEXT)");
      statement.execute("INSERT INTO public.orders VALUES (1, 'the application''s own row')");
    }

    try (JdbcStore store = JdbcStore.openPostgres(url, "postgres", "postgres")) {
      Samples.newContact(store, "Ada Lovelace");
    }
    try (JdbcStore reopened = JdbcStore.openPostgres(url, "postgres", "postgres")) {
      assertThat(reopened.contacts().findAll()).extracting(Contact::displayName).containsExactly("Ada Lovelace");
    }

    assertThat(tables(url, "public")).containsExactly("orders");
    assertThat(tables(url, JdbcStore.DEFAULT_SCHEMA)).contains("contacts", "touches", Schema.HISTORY_TABLE);
    try (Connection app = DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = app.createStatement();
        ResultSet rows = statement.executeQuery("SELECT contacts FROM public.orders")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("the application's own row");
    }
  }

  @Test
  void givenFiftyOwners_writtenFromSeveralThreadsAtOnce_eachSchemaHoldsOnlyItsOwnersNetwork() throws Exception {
    String url = TestDatabases.url(TestDatabases.newEmptyPostgresDatabase());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int owner = 0; owner < OWNERS; owner++) {
        int o = owner;
        writes.add(threads.submit(() -> {
          try (JdbcStore store = JdbcStore.openPostgres(url, "postgres", "postgres", "owner_" + o)) {
            for (int c = 0; c < CONTACTS_EACH; c++) {
              ContactId id = Samples.newContact(store, "Owner " + o + " contact " + c);
              store.touches().add(Samples.message(id, "2026-0" + (1 + c) + "-1" + (o % 10) + "T09:00:00Z"));
            }
          }
          return null;
        }));
      }
      for (Future<?> write : writes) {
        write.get(5, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }

    for (int owner = 0; owner < OWNERS; owner++) {
      try (JdbcStore store = JdbcStore.openPostgres(url, "postgres", "postgres", "owner_" + owner)) {
        int o = owner;
        assertThat(store.contacts().findAll()).extracting(Contact::displayName)
            .containsExactlyElementsOf(IntStream.range(0, CONTACTS_EACH).mapToObj(c -> "Owner " + o + " contact " + c).toList());
        assertThat(store.touches().findAll()).hasSize(CONTACTS_EACH)
            .allSatisfy(t -> assertThat(t.at().toString()).contains("-1" + (o % 10) + "T09:00:00Z"));
      }
    }
    assertThat(tables(url, "public")).isEmpty();
    assertThat(tables(url, JdbcStore.DEFAULT_SCHEMA)).isEmpty();
  }

  @Test
  void givenASchemaNameThatIsNotAPlainLowerCaseIdentifier_openPostgres_refusesIt_beforeConnecting() {
    for (String bad : List.of("", "Owner", "1owner", "owner-1", "owner; DROP SCHEMA public", "\"quoted\"")) {
      assertThatThrownBy(() -> JdbcStore.openPostgres("jdbc:postgresql://localhost:1/none", null, null, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("schema must be a lower-case SQL name");
    }
  }

  private static List<String> tables(String url, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
            + schema + "' ORDER BY table_name")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
