package dev.rapport.benchmarks;

import dev.rapport.adapter.jdbc.JdbcStore;
import dev.rapport.adapter.pim.Mailbox;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.mboxiterator.CharBufferWrapper;
import org.apache.james.mime4j.mboxiterator.MboxIterator;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * The mail import's speed goal, measured side by side in one JVM: a generated mbox (headers as
 * Gmail writes them and a short body, about 1 KB a message) is read by a bare mime4j pass (its mbox
 * iterator, and a token stream reading every header field of every message) and imported into a
 * fresh SQLite file through the import use case, alternately, several rounds. Prints each time,
 * the ratio, and the peak heap in use; run it with {@code -Xmx256m} to hold the heap to the goal.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.rapport.benchmarks.MailImportMeasure DIR [MESSAGES] [ROUNDS]
 * java -Xmx96m -cp benchmarks/target/benchmarks.jar dev.rapport.benchmarks.MailImportMeasure DIR MESSAGES import-only
 * </pre>
 *
 * <p>{@code -Dorder=shuffled} writes the messages out of date order, as Google Takeout does (its
 * order follows labels), into a file of its own. {@code import-only} runs the import once, without the bare pass: how small a heap the import
 * alone needs.
 */
public final class MailImportMeasure {

  static final String OWNER = "ada@owner.example";
  /** People the owner corresponds with; the first half are contacts. */
  static final int CORRESPONDENTS = 2_000;
  private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
  /** The envelope's date as mbox writers put it (asctime), which mime4j's iterator looks for. */
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

  private MailImportMeasure() {}

  public static void main(String[] args) throws IOException, MimeException {
    Path dir = Path.of(args[0]);
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    boolean importOnly = args.length > 2 && args[2].equals("import-only");
    int rounds = importOnly ? 1 : args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Files.createDirectories(dir);
    boolean shuffled = "shuffled".equals(System.getProperty("order"));
    Path mbox = dir.resolve("generated-" + messages + (shuffled ? "-shuffled" : "") + ".mbox");
    if (!Files.exists(mbox)) {
      long start = System.nanoTime();
      generate(mbox, messages, shuffled);
      System.out.printf(Locale.ROOT, "generated %s: %,d messages, %,d bytes in %.1f s%n", mbox, messages, Files.size(mbox),
          (System.nanoTime() - start) / 1e9);
    }
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long fields = importOnly ? 0 : bareMime4jPass(mbox);
      double bare = (System.nanoTime() - start) / 1e9;
      double[] importSeconds = new double[1];
      ImportReport report = importIntoSqlite(mbox, dir.resolve("round-" + round + ".db"), importSeconds);
      double imported = importSeconds[0];
      ratios.add(imported / bare);
      System.out.printf(Locale.ROOT, "round %d: bare mime4j %.2f s (%,d fields); import into SQLite %.2f s (%,d touches, "
          + "left out %s, %d unknown); ratio %.2f; peak heap so far %,d MB%n", round, bare, fields, imported,
          report.touches(), report.skippedFor(), report.unknownPeople(), imported / bare, peakHeapMegabytes());
      Files.deleteIfExists(dir.resolve("round-" + round + ".db"));
      Files.deleteIfExists(dir.resolve("round-" + round + ".db-wal"));
      Files.deleteIfExists(dir.resolve("round-" + round + ".db-shm"));
    }
    System.out.printf(Locale.ROOT, "ratios %s; max heap %,d MB%n", ratios, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Every header field of every message, by mime4j alone: the floor an import by header cannot go under. */
  static long bareMime4jPass(Path mbox) throws IOException, MimeException {
    long fields = 0;
    MimeConfig config = new MimeConfig.Builder().setMaxHeaderLen(-1).setMaxLineLen(-1).setMaxHeaderCount(-1).build();
    MimeTokenStream stream = new MimeTokenStream(config);
    try (MboxIterator messages = MboxIterator.fromFile(mbox).charset(StandardCharsets.UTF_8).build()) {
      for (CharBufferWrapper message : messages) {
        try (InputStream in = message.asInputStream(StandardCharsets.UTF_8)) {
          stream.parse(in);
          for (EntityState state = stream.getState(); state != EntityState.T_END_HEADER
              && state != EntityState.T_END_OF_STREAM; state = stream.next()) {
            if (state == EntityState.T_FIELD) {
              Field field = stream.getField();
              if (field.getBody() != null) {
                fields++;
              }
            }
          }
        }
      }
    }
    return fields;
  }

  /**
   * The file imported into a new SQLite store whose network knows half the correspondents; the
   * import alone is timed (into {@code seconds}), not the making of the network.
   */
  static ImportReport importIntoSqlite(Path mbox, Path db, double[] seconds) {
    try (JdbcStore store = JdbcStore.openSqlite(db)) {
      Rapport rapport = Rapport.over(store, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
      rapport.profile().update(ProfileChanges.none().clearEmails(true).addEmails(OWNER));
      for (int i = 0; i < CORRESPONDENTS / 2; i++) {
        int person = i;
        rapport.contacts().add(NewContact.named("Person " + person).emails(List.of(address(person))));
      }
      long start = System.nanoTime();
      ImportReport report = rapport.imports().importNetwork(Mailbox.of(mbox, List.of(OWNER)).source(), false);
      seconds[0] = (System.nanoTime() - start) / 1e9;
      return report;
    }
  }

  static String address(int person) {
    return "person" + person + "@mail" + (person % 7) + ".example";
  }

  /**
   * An owner's mailbox over two years, oldest first (or shuffled): a third sent, the rest received; one in ten
   * from a mailing list, one in fifty a broadcast; Gmail's headers and a short body.
   */
  static void generate(Path mbox, int messages, boolean shuffled) throws IOException {
    Random random = new Random(20);
    int[] order = new int[messages];
    for (int i = 0; i < messages; i++) {
      order[i] = i;
    }
    if (shuffled) {
      Random shuffle = new Random(21);
      for (int i = messages - 1; i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
    }
    long start = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    long step = Math.max(1, 2L * 365 * 86_400 / messages);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 20)) {
      StringBuilder m = new StringBuilder(2048);
      for (int i = 0; i < messages; i++) {
        Instant at = Instant.ofEpochSecond(start + order[i] * step + random.nextInt((int) step));
        String date = RFC_5322.format(at.atOffset(ZoneOffset.UTC));
        int person = random.nextInt(CORRESPONDENTS);
        boolean sent = random.nextInt(3) == 0;
        boolean list = !sent && random.nextInt(10) == 0;
        m.setLength(0);
        m.append("From ").append(sent ? OWNER : address(person)).append(' ')
            .append(ASCTIME.format(at.atOffset(ZoneOffset.UTC))).append('\n');
        m.append("X-GM-THRID: ").append(1_700_000_000_000_000_000L + i).append('\n');
        m.append("X-Gmail-Labels: ").append(sent ? "Sent" : "Inbox,Important").append('\n');
        m.append("Delivered-To: ").append(OWNER).append('\n');
        m.append("Received: by 2002:a05:6a10:aa07:b0:4c7:1b4e:2f1c with SMTP id x").append(i).append(";\n        ")
            .append(date).append('\n');
        m.append("MIME-Version: 1.0\n");
        m.append("From: Person ").append(person).append(" <").append(sent ? OWNER : address(person)).append(">\n");
        m.append("Date: ").append(date).append('\n');
        m.append("Message-ID: <CA+").append(Long.toHexString(random.nextLong())).append('.').append(i)
            .append("@mail.gmail.com>\n");
        m.append("Subject: =?UTF-8?Q?Re=3A_our_conversation_no=2E_").append(i % 1000).append("?=\n");
        if (sent) {
          m.append("To: Person ").append(person).append(" <").append(address(person)).append(">");
          if (random.nextInt(50) == 0) {
            for (int r = 0; r < 12; r++) {
              m.append(",\n  ").append(address(random.nextInt(CORRESPONDENTS)));
            }
          } else if (random.nextInt(5) == 0) {
            m.append(",\n  Person ").append(person + 1).append(" <").append(address((person + 1) % CORRESPONDENTS)).append('>');
          }
          m.append('\n');
        } else {
          m.append("To: Ada <").append(OWNER).append(">\n");
        }
        if (list) {
          m.append("List-Id: Engines <engines.lists.example>\n");
        }
        m.append("Content-Type: text/plain; charset=\"UTF-8\"\n\n");
        m.append("Thanks for your note about the engine. Here is what I think, in a few lines of plain text\n")
            .append("so that the body is about as long as a short real reply; the import never reads it.\n")
            .append(">From the archives: the difference engine, 1822.\n\n")
            .append("-- \nPerson ").append(person).append("\n\n");
        out.write(m.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
