package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Touch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers that share one SQLite file, and one that dies in the middle of a write. */
class SqliteConcurrencyTest {

  @TempDir
  Path folder;

  @Test
  void twoWritersOnOneFile_fromSeparateConnections_loseNothing_andSeeNoBusyError() throws Exception {
    Path file = folder.resolve("shared.db");
    JdbcStore.openSqlite(file).close();
    int useCases = 60;
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> writers = new ArrayList<>();
    for (String name : List.of("left", "right")) {
      writers.add(new Thread(() -> {
        try (JdbcStore store = JdbcStore.openSqlite(file)) {
          start.await();
          for (int i = 0; i < useCases; i++) {
            int n = i;
            // One use case: read the next id, write a contact and its touches; then a bulk import now and then.
            store.transactions().run(() -> {
              ContactId id = Samples.newContact(store, name + " " + n);
              store.touches().addAll(touches(id, n % 10 == 0 ? 2_000 : 3));
            });
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }, name));
    }
    writers.forEach(Thread::start);
    start.countDown();
    for (Thread writer : writers) {
      writer.join(TimeUnit.MINUTES.toMillis(3));
    }

    assertThat(failures).isEmpty();
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(store.contacts().findAll()).hasSize(2 * useCases);
      int expectedTouches = 2 * (6 * 2_000 + (useCases - 6) * 3);
      assertThat(store.touches().findAll()).hasSize(expectedTouches);
    }
  }

  private static List<Touch> touches(ContactId contact, int count) {
    List<Touch> touches = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      touches.add(Samples.message(contact, Instant.parse("2020-01-01T00:00:00Z").plusSeconds(60L * i).toString()));
    }
    return touches;
  }

  @Test
  void aProcessKilledInTheMiddleOfALargeImport_leavesAValidFile_withNoneOfThatImport() throws Exception {
    Path file = folder.resolve("killed.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KilledImport.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int chunks = 0;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("chunk") && ++chunks == 3) {
          break; // the import transaction has written 30,000 touches and is still going
        }
      }
      assertThat(chunks).as("the child reached the middle of its import").isEqualTo(3);
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      assertThat(single(s, "PRAGMA integrity_check")).isEqualTo("ok");
    }
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      assertThat(store.contacts().findAll()).extracting(c -> c.displayName()).containsExactly("committed before");
      assertThat(store.touches().findAll()).hasSize(1);
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /** The child process: commits a contact, then imports touches in one transaction until it is killed. */
  static final class KilledImport {
    public static void main(String[] args) throws IOException {
      try (JdbcStore store = JdbcStore.openSqlite(Path.of(args[0]))) {
        ContactId before = Samples.newContact(store, "committed before");
        store.touches().add(Samples.message(before, "2026-01-01T00:00:00Z"));
        store.transactions().run(() -> {
          ContactId doomed = Samples.newContact(store, "never committed");
          for (int chunk = 0; chunk < 1_000; chunk++) {
            store.touches().addAll(touches(doomed, 10_000));
            System.out.println("chunk " + chunk);
            System.out.flush();
          }
        });
      }
    }
  }
}
