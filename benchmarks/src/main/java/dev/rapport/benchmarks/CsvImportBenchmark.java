package dev.rapport.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.adapter.csv.CsvFormat;
import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.adapter.jdbc.JdbcStore;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 30,000-row LinkedIn Connections.csv: FastCSV's bare parse of the file (the limit),
 * reading it into an import batch, importing it into memory, and into a new SQLite file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, touched before the first iteration: otherwise the page faults of a growing heap,
// not the code, decide an allocating benchmark's time (on the 2-core VM the same import ran
// 90 to 600 ms from one iteration to the next, while the bare parse held steady).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class CsvImportBenchmark {

  /** Rows in the file: a large LinkedIn network. */
  public static final int ROWS = 30_000;

  /**
   * Rows in the file, {@link #ROWS} unless {@code -p rows=N} says otherwise: how the import's rate
   * against the bare parse changes with the file's size (the bare parse keeps nothing; the import
   * keeps the whole batch and network in memory).
   */
  @Param({"30000"})
  public int rows;

  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Barbara", "Edsger", "Frances", "Donald", "Margaret",
      "Ken", "Radia", "José", "Zoë", "Søren", "Chloé"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Liskov", "Dijkstra", "Allen", "Knuth",
      "Hamilton", "Thompson", "Perlman", "Núñez", "Müller"};
  private static final String[] COMPANIES = {"Northwind Analytics, Inc.", "Contoso", "Fabrikam", "Initech", "Globex",
      "Umbrella Health", "Hooli", "Vandelay Industries"};
  private static final String[] POSITIONS = {"Software Engineer", "\"Chief\" of Staff", "Head of Data", "CTO",
      "Product Manager", "Recruiter", "Founder"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
      "Dec"};

  private Path dir;
  private Path connections;
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("rapport-bench");
    connections = dir.resolve("Connections.csv");
    Files.writeString(connections, linkedInConnections(rows, 42), StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void removeFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** A Connections.csv as LinkedIn writes it: the Notes preamble, quoted commas and quotes, hidden profiles. */
  public static String linkedInConnections(int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder(rows * 140);
    csv.append("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are"
        + " missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < rows; i++) {
      if (random.nextInt(200) == 0) {
        csv.append(",,,,,,21 Feb 2026\n");
        continue;
      }
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String slug = (first + "-" + last).toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(i);
      csv.append(first).append(',').append(last).append(",https://www.linkedin.com/in/").append(slug).append(',');
      if (random.nextInt(10) == 0) {
        csv.append(slug).append("@example.org");
      }
      csv.append(',').append(quoted(COMPANIES[random.nextInt(COMPANIES.length)]))
          .append(',').append(quoted(POSITIONS[random.nextInt(POSITIONS.length)]))
          .append(',').append(1 + random.nextInt(28)).append(' ').append(MONTHS[random.nextInt(12)]).append(' ')
          .append(2008 + random.nextInt(18)).append('\n');
    }
    return csv.toString();
  }

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** The limit: FastCSV reading every record of the file, doing nothing with it. */
  @Benchmark
  public long bareParse() throws IOException {
    long fields = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
        .ofCsvRecord(connections, StandardCharsets.UTF_8)) {
      for (CsvRecord record : reader) {
        fields += record.getFieldCount();
      }
    }
    return fields;
  }

  /** Reading the file into an import batch: decoding, finding the header, mapping rows to drafts. */
  @Benchmark
  public ImportBatch readBatch() {
    return CsvImports.read(CsvFormat.LINKEDIN, connections);
  }

  /** The whole import into an empty in-memory network: reading, matching, merging, storing, each contact as it is read. */
  @Benchmark
  public ImportReport importIntoMemory() {
    Rapport rapport = Rapport.over(new MemoryStorage(), clock);
    return CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, connections, false);
  }

  /**
   * The same import from the batch read whole first ({@link CsvImports#read}), as the shell did
   * before the import took each contact as it was read: the contacts are matched only once all
   * 30,000 are read, and no longer in the cache.
   */
  @Benchmark
  public ImportReport importBatchIntoMemory() {
    Rapport rapport = Rapport.over(new MemoryStorage(), clock);
    return rapport.imports().importNetwork(ImportCommand.of(CsvImports.read(CsvFormat.LINKEDIN, connections)));
  }

  /** Importing a batch already read ({@link ReadBatch}): the matching, merging and storing alone. */
  @Benchmark
  public ImportReport importReadBatchIntoMemory(ReadBatch read) {
    Rapport rapport = Rapport.over(new MemoryStorage(), clock);
    return rapport.imports().importNetwork(ImportCommand.of(read.batch));
  }

  /** The file read into a batch once. */
  @State(Scope.Benchmark)
  public static class ReadBatch {
    ImportBatch batch;

    @Setup(Level.Trial)
    public void read(CsvImportBenchmark benchmark) {
      batch = CsvImports.read(CsvFormat.LINKEDIN, benchmark.connections);
    }
  }

  /** The whole import into a new SQLite file, in one transaction. */
  @Benchmark
  public ImportReport importIntoSqlite(FreshSqlite fresh) {
    Rapport rapport = Rapport.over(fresh.store, clock);
    return CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, connections, false);
  }

  /** A new, empty SQLite file for every import. */
  @State(Scope.Thread)
  public static class FreshSqlite {
    JdbcStore store;
    private Path file;

    @Setup(Level.Invocation)
    public void open(CsvImportBenchmark benchmark) throws IOException {
      file = Files.createTempFile(benchmark.dir, "rapport", ".db");
      Files.delete(file);
      store = JdbcStore.openSqlite(file);
    }

    @TearDown(Level.Invocation)
    public void close() throws IOException {
      store.close();
      try (Stream<Path> files = Files.list(file.getParent())) {
        for (Path path : files.filter(p -> p.getFileName().toString().startsWith(file.getFileName().toString())).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** Re-importing the same file into the network it built: everything is matched and unchanged. */
  @Benchmark
  public ImportReport reimportIntoMemory(Populated populated) {
    return CsvImports.importInto(populated.rapport.imports(), CsvFormat.LINKEDIN, connections, false);
  }

  /** A network that already holds the file's contacts. */
  @State(Scope.Benchmark)
  public static class Populated {
    Rapport rapport;

    @Setup(Level.Trial)
    public void importOnce(CsvImportBenchmark benchmark) {
      rapport = Rapport.over(new MemoryStorage(), benchmark.clock);
      CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, benchmark.connections, false);
    }
  }
}
