package dev.rapport.shell;

import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.adapter.pim.CalendarExport;
import dev.rapport.adapter.pim.VCards;
import dev.rapport.core.service.Rapport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export DIR} (the whole network as a folder of CSV files, which {@code import rapport DIR}
 * reads back), {@code export vcard FILE [--vcard-version 3.0|4.0]} (every contact as one .vcf) and
 * {@code export ics FILE [--days N]} (special days and the agenda as a calendar).
 */
@Command(name = "export", description = {
    "Export the whole network as CSV files into a folder (export DIR),",
    "every contact as one vCard file (export vcard FILE),",
    "or special days and the agenda as an iCalendar file (export ics FILE)."})
final class ExportCommand extends ShellCommand {

  private static final List<String> FORMATS = List.of("vcard", "ics");

  @Parameters(arity = "1..2", paramLabel = "[vcard|ics] PATH",
      description = "DIR for the native CSV folder (created when missing; its files replaced), or vcard FILE, or ics FILE.")
  List<String> arguments;

  @Option(names = "--vcard-version", paramLabel = "3.0|4.0",
      description = "With vcard: the vCard version to write (default: 4.0; 3.0 for older clients).")
  String vcardVersion;

  @Option(names = "--days", paramLabel = "N",
      description = "With ics: days of the agenda to write as to-dos (default: the agenda's, 7).")
  Integer days;

  ExportCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    String format = arguments.size() == 2 ? arguments.get(0).toLowerCase(Locale.ROOT) : "";
    if (arguments.size() == 2 && !FORMATS.contains(format)) {
      throw new IllegalArgumentException("export: expected vcard or ics before the file, found '" + arguments.get(0) + "'");
    }
    if (arguments.size() == 1 && FORMATS.contains(arguments.get(0).toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("export " + arguments.get(0) + ": expected the FILE to write after " + arguments.get(0));
    }
    if (vcardVersion != null && !format.equals("vcard")) {
      throw new IllegalArgumentException("--vcard-version applies to export vcard FILE only");
    }
    if (days != null && !format.equals("ics")) {
      throw new IllegalArgumentException("--days applies to export ics FILE only");
    }
    Path path = Path.of(arguments.get(arguments.size() - 1));
    switch (format) {
      case "vcard" -> vcard(path);
      case "ics" -> ics(path);
      default -> csvFolder(path);
    }
  }

  private void vcard(Path file) {
    VCards.Version version = vcardVersion == null ? VCards.Version.V4_0 : VCards.Version.parse(vcardVersion);
    int cards;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 1)) {
      progress.step("exporting");
      Rapport rapport = rapport();
      cards = VCards.export(rapport.contacts(), rapport.activity(), file, version);
    }
    Records records = new Records("Nothing to export.")
        .column("FILE", "file")
        .column("CARDS", "cards", Records.Align.RIGHT)
        .column("VERSION", "version");
    Map<String, Object> row = records.add();
    row.put("file", file.toString());
    row.put("cards", cards);
    row.put("version", version.toString());
    printer().print(records);
    say(style().dim("read it back with: import vcard " + file));
  }

  private void ics(Path file) {
    if (days != null && days < 1) {
      throw new IllegalArgumentException("--days must be at least 1: " + days);
    }
    CalendarExport.Request request = CalendarExport.Request.from(session.today());
    if (days != null) {
      request = request.withAgendaDays(days);
    }
    CalendarExport.Written written;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 1)) {
      progress.step("exporting");
      Rapport rapport = rapport();
      written = CalendarExport.export(rapport.outreach(), rapport.specialDays(), rapport.activity(), file, request);
    }
    Records records = new Records("Nothing to export.")
        .column("FILE", "file")
        .column("EVENTS", "events", Records.Align.RIGHT)
        .column("TODOS", "todos", Records.Align.RIGHT);
    Map<String, Object> row = records.add();
    row.put("file", file.toString());
    row.put("events", written.events());
    row.put("todos", written.todos());
    printer().print(records);
    say(style().dim("special days for the coming year as events, the agenda as to-dos; import it into any calendar"));
  }

  private void csvFolder(Path dir) {
    Map<String, Integer> written;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 1)) {
      progress.step("exporting");
      Rapport rapport = rapport();
      written = CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    }
    Records records = new Records("Nothing to export.")
        .column("FILE", "file")
        .column("ROWS", "rows", Records.Align.RIGHT);
    written.forEach((file, rows) -> {
      Map<String, Object> row = records.add();
      row.put("file", dir.resolve(file).toString());
      row.put("rows", rows);
    });
    printer().print(records);
    say(style().dim("read it back with: import rapport " + dir));
  }
}
