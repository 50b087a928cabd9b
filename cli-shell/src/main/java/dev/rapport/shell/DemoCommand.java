package dev.rapport.shell;

import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.ReportRequest;
import dev.rapport.core.service.Rapport;
import dev.rapport.shell.bootstrap.DataFolder;
import dev.rapport.shell.bootstrap.StorageLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo [--contacts N] [--seed N]}: generates a realistic network into a database of its own
 * ({@code demo.db} in the data folder, never the owner's), then shows the week's agenda and writes
 * the network's report beside it ({@code demo-report.html}).
 */
@Command(name = "demo", description = "Generate a realistic demo network in demo.db (not your own data) and show its agenda.")
final class DemoCommand extends ShellCommand {

  @Option(names = "--contacts", converter = Converters.Positive.class, paramLabel = "N", defaultValue = "150", description = "How many contacts (default: ${DEFAULT-VALUE}).")
  int contacts;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed; the same seed gives the same network (default: ${DEFAULT-VALUE}).")
  long seed;

  DemoCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    if (contacts < 1 || contacts > 1_000_000) {
      throw new IllegalArgumentException("--contacts must be between 1 and 1000000: " + contacts);
    }
    boolean own = session.options().db().isEmpty() && session.options().jdbcUrl().isEmpty();
    Path demoFile = DataFolder.demoDatabase(session.env());
    if (own) {
      fresh(demoFile);
    }
    StorageLocation location = session.location(demoFile);
    ImportReport report;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 2)) {
      Rapport rapport = session.rapport(location);
      int existing = rapport.contacts().list().size();
      if (existing > 0) {
        throw new IllegalArgumentException("demo: " + location.describe() + " already holds " + Nouns.CONTACT.count(existing)
            + "; the demo only fills an empty database (leave out --db to use " + demoFile + ")");
      }
      progress.step("generating " + contacts + " contacts");
      ZoneId zone = ZoneId.of("Europe/Berlin");
      ImportBatch batch = DemoNetwork.generate(seed, contacts, session.today(), zone);
      progress.step("saving");
      report = rapport.imports().importNetwork(ImportCommand.of(batch));
    }
    Rapport rapport = session.rapport(location);
    // the whole name: a first name alone may match several contacts, and the hint would fail
    String someone = rapport.contacts().list().get(0).displayName();
    if (session.options().format() == OutputFormat.TABLE) {
      AgendaCommand.print(this, rapport.outreach().agenda(AgendaRequest.asOf(session.today())));
      out().println();
    }
    ReportCommand.Written page = ReportCommand.write(rapport, ReportRequest.asOf(session.today()), demoReport());
    summary(report, location, own, someone, page);
  }

  private void summary(ImportReport report, StorageLocation location, boolean own, String someone,
      ReportCommand.Written page) {
    if (session.options().format() != OutputFormat.TABLE) {
      Records records = new Records("");
      Map<String, Object> row = records.add();
      row.put("database", location.describe());
      row.put("contacts", report.added());
      row.put("touches", report.touches());
      row.put("specialDays", report.specialDays());
      row.put("notes", report.notes());
      row.put("report", page.file().toString());
      printer().print(records);
      return;
    }
    Style s = style();
    out().println(s.bold("A demo network") + " of " + Nouns.CONTACT.count(report.added()) + ", " + Nouns.TOUCH.count(report.touches())
        + " over " + DemoNetwork.MONTHS + " months, " + Nouns.SPECIAL_DAY.count(report.specialDays()) + " and "
        + Nouns.NOTE.count(report.notes()) + ", in " + location.describe());
    String db = own ? "--db " + quoted(location.describe()) + " " : "";
    out().println();
    out().println(s.bold("Try next") + s.dim(" (each works on your own data without --db):"));
    out().println("  ./rapport " + db + "agenda                 who to contact this week, and how");
    out().println("  ./rapport " + db + "health --band at-risk  relationships at risk");
    out().println("  ./rapport " + db + "contact show " + String.format("%-10s", quoted(someone)) + "a contact's file");
    out().println("  ./rapport " + db + "gaps                   what the network lacks for your goals");
    out().println("  ./rapport " + db + "channels               which channels are worth the time");
    out().println("  ./rapport " + db + "report                 the whole network on one page, to keep or print");
    out().println("  ./rapport " + db.strip() + "                        the interactive shell (tab completes)");
    out().println();
    out().println(s.bold("The demo's report") + ": " + page.file() + s.dim(" (one HTML page; open it in a browser)"));
    out().flush();
  }

  private static String quoted(String path) {
    return path.contains(" ") ? "'" + path + "'" : path;
  }

  /** Where the demo's report goes: the data folder, made if need be (with --db it may not exist yet). */
  private Path demoReport() {
    Path page = DataFolder.demoReport(session.env());
    try {
      Files.createDirectories(page.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + page.getParent(), e);
    }
    return page;
  }

  /** The demo database starts empty each time; it is the demo's own, never the owner's. */
  private void fresh(Path demoFile) {
    try {
      Files.createDirectories(demoFile.getParent());
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        Files.deleteIfExists(demoFile.resolveSibling(demoFile.getFileName() + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + demoFile, e);
    }
  }
}
