package dev.rapport.benchmarks;

import dev.rapport.adapter.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated network (30,000 contacts and 1,000,000 touches by default, seed 42) into a
 * new SQLite file, so that the shell's one-shot commands can be timed on it:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.rapport.benchmarks.GeneratedNetworkFile big.db}.
 */
public final class GeneratedNetworkFile {

  private GeneratedNetworkFile() {}

  /** {@code FILE [CONTACTS [TOUCHES [SEED]]]}; refuses a file that exists. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GeneratedNetworkFile FILE [CONTACTS [TOUCHES [SEED]]]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    if (Files.exists(file)) {
      System.err.println(file + " exists; name a new file");
      System.exit(1);
    }
    int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    int touches = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    GeneratedNetwork network = GeneratedNetwork.generate(contacts, touches, seed);
    try (JdbcStore store = JdbcStore.openSqlite(file)) {
      store.transactions().run(() -> {
        store.profile().save(network.profile().loadOrDefaults());
        network.contacts().findAll().forEach(store.contacts()::save);
        network.specialDays().findAll().forEach(store.specialDays()::add);
        network.resources().findAll().forEach(store.resources()::save);
        network.channels().findAll().forEach(store.channels()::save);
      });
      store.touches().addAll(network.allTouches());
    }
    System.out.println(file + ": " + contacts + " contacts, " + touches + " touches, as of " + GeneratedNetwork.AS_OF);
  }
}
