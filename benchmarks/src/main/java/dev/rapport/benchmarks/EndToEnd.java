package dev.rapport.benchmarks;

import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.core.service.Rapport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The Java side of {@code benchmarks/e2e.sh}, the end-to-end benchmark of the shell on real
 * stores: {@code generate DIR [CONTACTS TOUCHES]} writes the workloads' files, {@code postgres
 * DIR} runs an embedded PostgreSQL server until its standard input closes.
 */
public final class EndToEnd {

  /** The sizes of the workloads: a full LinkedIn account with years of history. */
  static final int CONTACTS = 30_000;
  static final int TOUCHES = 1_000_000;

  private EndToEnd() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("generate")) {
      int contacts = args.length > 2 ? Integer.parseInt(args[2]) : CONTACTS;
      int touches = args.length > 3 ? Integer.parseInt(args[3]) : TOUCHES;
      generate(Path.of(args[1]), contacts, touches);
    } else if (args.length == 2 && args[0].equals("postgres")) {
      postgres(Path.of(args[1]));
    } else {
      System.err.println("usage: EndToEnd generate DIR [CONTACTS TOUCHES] | postgres DIR");
      System.exit(2);
    }
  }

  /**
   * Writes {@code DIR/Connections.csv} (LinkedIn's export of {@code contacts} connections) and
   * {@code DIR/native/} (a network of {@code contacts} contacts and {@code touches} touches as
   * {@code export} writes it, for {@code import rapport}).
   */
  static void generate(Path dir, int contacts, int touches) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Connections.csv"), CsvImportBenchmark.linkedInConnections(contacts, 42),
        StandardCharsets.UTF_8);
    GeneratedNetwork network = GeneratedNetwork.generate(contacts, touches, 7);
    Rapport rapport = Rapport.over(network, Clock.fixed(GeneratedNetwork.AS_OF.atStartOfDay(ZoneId.of("UTC")).toInstant(),
        ZoneId.of("UTC")));
    Map<String, Integer> rows = CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir.resolve("native"));
    System.out.println("generated " + dir + ": Connections.csv (" + contacts + " rows), native/ " + rows);
  }

  /**
   * Starts an embedded PostgreSQL server with its files in {@code DIR/data}, writes its port to
   * {@code DIR/port}, and stops it when standard input closes (the script holds it open).
   */
  static void postgres(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data"))
        .setCleanDataDirectory(true).start()) {
      Path port = dir.resolve("port");
      Files.writeString(dir.resolve("port.tmp"), Integer.toString(server.getPort()));
      Files.move(dir.resolve("port.tmp"), port);
      InputStream in = System.in;
      while (in.read() >= 0) {
        // wait for the script to close our standard input
      }
    }
  }
}
