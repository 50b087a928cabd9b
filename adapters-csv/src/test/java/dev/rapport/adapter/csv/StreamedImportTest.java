package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.adapter.csv.ImportFuzzTest.Edit;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.HelperThreads;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * An import that takes each contact as the file is read ({@link CsvImports#importInto}) ends as the
 * import of the batch read whole ({@link CsvImports#read}, then {@link ImportCommand}): the same
 * report, the same network, or the same problems with nothing written. The streamed import reads
 * the file on a helper thread, as the shell's does.
 */
class StreamedImportTest {

  private static final Executor HELPER = HelperThreads.daemons("import-helper");
  private static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "José Núñez", "Zoë Müller"};
  private static final String[] COMPANIES = {"Northwind, Inc.", "Contoso", "\"Fabrikam\" Ltd", "", "contoso"};
  private static final String[] POSITIONS = {"Engineer", "CTO", "\"Chief\" of Staff", ""};
  private static final String[] DATES = {"12 Mar 2021", "01 Feb 2019", "", "31 Foo 2021"};
  private static final String[] EMAILS = {"", "", "ada@example.org", "grace@navy.example", "not-an-address"};

  /** One row of a generated Connections.csv: which of a few people, with which details. */
  record Row(int person, int company, int position, int date, int email, boolean url) {}

  @Provide
  Arbitrary<Row> rows() {
    return Combinators.combine(Arbitraries.integers().between(0, NAMES.length - 1),
        Arbitraries.integers().between(0, COMPANIES.length - 1), Arbitraries.integers().between(0, POSITIONS.length - 1),
        Arbitraries.integers().between(0, DATES.length - 1), Arbitraries.integers().between(0, EMAILS.length - 1),
        Arbitraries.of(true, true, false)).as(Row::new);
  }

  @Property(tries = 150)
  void givenAGeneratedLinkedInFileOverAnEarlierOne_theStreamedImportEndsAsTheBatchImport(
      @ForAll @Size(max = 8) List<@From("rows") Row> earlier, @ForAll @Size(max = 12) List<@From("rows") Row> rows,
      @ForAll boolean dryRun) {
    byte[] before = connections(earlier);
    byte[] file = connections(rows);

    assertSameOutcome(CsvFormat.LINKEDIN, before, file, dryRun);
  }

  @Property(tries = 12)
  void givenALinkedInFileOfManyChunks_theStreamedImportEndsAsTheBatchImport(@ForAll long seed,
      @ForAll @IntRange(min = 500, max = 2600) int size, @ForAll boolean dryRun) {
    // 512 rows a chunk: the helper and the importing thread each make some of them
    Random random = new Random(seed);
    int problemEvery = random.nextBoolean() ? Integer.MAX_VALUE : 400; // half the files import, half have problems
    List<Row> rows = IntStream.range(0, size).mapToObj(i -> new Row(random.nextInt(NAMES.length),
        random.nextInt(COMPANIES.length), random.nextInt(POSITIONS.length),
        random.nextInt(problemEvery) == 0 ? DATES.length - 1 : random.nextInt(DATES.length - 1),
        random.nextInt(problemEvery) == 0 ? EMAILS.length - 1 : random.nextInt(EMAILS.length - 1),
        random.nextBoolean())).toList();

    assertSameOutcome(CsvFormat.LINKEDIN, new byte[0], connections(rows), dryRun);
  }

  @Property(tries = 150)
  void givenAMangledFileOfAnyFormat_theStreamedImportEndsAsTheBatchImport(@ForAll("formats") CsvFormat format,
      @ForAll @Size(min = 1, max = 6) List<@From("edits") Edit> edits, @ForAll boolean dryRun) {
    String valid = ImportFuzzTest.valid(format);
    StringBuilder text = new StringBuilder(valid);
    for (Edit edit : edits) {
      int at = Math.min(edit.at(), text.length());
      text.replace(at, Math.min(text.length(), at + edit.delete()), edit.insert());
    }

    assertSameOutcome(format, valid.getBytes(StandardCharsets.UTF_8), text.toString().getBytes(StandardCharsets.UTF_8),
        dryRun);
  }

  @Property(tries = 30)
  void givenAnExportedNetwork_theStreamedImportEndsAsTheBatchImport(@ForAll long seed,
      @ForAll @IntRange(max = 8) int size) throws java.io.IOException {
    InMemoryStorage network = new InMemoryStorage();
    Rapport original = Rapport.over(network, NativeRoundTripTest.CLOCK);
    new NetworkGenerator(seed, List.of("a", "=b", "c, d")).fill(original, network, size);
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rapport-export");
    try {
      CsvImports.export(original.contacts(), original.activity(), original.profile(), dir);
      Outcome streamed = outcome(new byte[0], CsvFormat.RAPPORT,
          rapport -> CsvImports.importInto(rapport.imports(), CsvFormat.RAPPORT, dir, false));
      Outcome whole = outcome(new byte[0], CsvFormat.RAPPORT, rapport -> rapport.imports()
          .importNetwork(ImportCommand.of(CsvImports.read(CsvFormat.RAPPORT, dir))));

      assertThat(streamed).isEqualTo(whole);
      assertThat(streamed.contacts()).hasSize(size);
    } finally {
      NativeRoundTripTest.delete(dir);
    }
  }

  @Provide
  Arbitrary<CsvFormat> formats() {
    return Arbitraries.of(CsvFormat.LINKEDIN, CsvFormat.GOOGLE, CsvFormat.OUTLOOK, CsvFormat.RAPPORT);
  }

  @Provide
  Arbitrary<Edit> edits() {
    return new ImportFuzzTest().edits();
  }

  /** What an import left: its report or its problems, and the network after it. */
  record Outcome(ImportReport report, List<ImportProblem> problems, List<Contact> contacts, List<List<Note>> notes,
      List<Touch> touches, List<SpecialDay> days) {}

  private static void assertSameOutcome(CsvFormat format, byte[] before, byte[] file, boolean dryRun) {
    // the streamed import reads the file on a helper thread while the caller's thread matches its contacts
    Outcome streamed = outcome(before, format, rapport -> rapport.withHelper(HELPER).imports()
        .importNetwork(CsvImports.source(format, "file.csv", file), dryRun));
    Outcome whole = outcome(before, format, rapport -> rapport.imports()
        .importNetwork(new ImportCommand(CsvImports.read(format, "file.csv", file), dryRun)));

    assertThat(streamed).isEqualTo(whole);
  }

  /** Imports {@code before} into a new network (ignoring its problems), then runs {@code importing} on it. */
  private static Outcome outcome(byte[] before, CsvFormat format, Function<Rapport, ImportReport> importing) {
    InMemoryStorage storage = new InMemoryStorage();
    Rapport rapport = Rapport.over(storage, NativeRoundTripTest.CLOCK);
    if (before.length > 0) {
      try {
        rapport.imports().importNetwork(CsvImports.source(format, "before.csv", before), false);
      } catch (ImportException e) {
        // the earlier file is only there to give the network something to merge into
      }
    }
    ImportReport report = null;
    List<ImportProblem> problems = List.of();
    try {
      report = importing.apply(rapport);
    } catch (ImportException e) {
      problems = e.problems();
    }
    List<Contact> contacts = storage.contacts().findAll();
    return new Outcome(report, problems, contacts,
        contacts.stream().map(c -> storage.contacts().notes(c.id())).toList(), storage.touches().findAll(),
        storage.specialDays().findAll());
  }

  private static byte[] connections(List<Row> rows) {
    StringBuilder csv = new StringBuilder("Notes:\n\"Some e-mail addresses are missing.\"\n\n"
        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (Row row : rows) {
      String[] name = NAMES[row.person()].split(" ");
      String url = row.url() ? "https://www.linkedin.com/in/" + name[0].toLowerCase(java.util.Locale.ROOT) : "";
      csv.append(name[0]).append(',').append(name[1]).append(',').append(url).append(',')
          .append(EMAILS[row.email()]).append(',').append(quoted(COMPANIES[row.company()])).append(',')
          .append(quoted(POSITIONS[row.position()])).append(',').append(DATES[row.date()]).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
