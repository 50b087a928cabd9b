package dev.rapport.shell;

import dev.rapport.adapter.csv.CsvFormat;
import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.adapter.pim.CalendarImport;
import dev.rapport.adapter.pim.Mailbox;
import dev.rapport.adapter.pim.VCards;
import dev.rapport.core.port.in.imports.ImportConflict;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import linkedin|google|outlook|rapport|vcard|mbox|ics PATH [--dry-run] [--add-unknown]}: brings a
 * network (CSV files or an address book of vCards), or the touches of a mailbox or calendar, in, all or nothing.
 */
@Command(name = "import", description = "Import LinkedIn, Google Contacts, Outlook, vCard or Rapport files, or the touches "
    + "of a mailbox (mbox, by header only) or a calendar (.ics) (all or nothing).")
final class ImportCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String format;

  @Parameters(index = "1", paramLabel = "PATH",
      description = "The file, folder or (LinkedIn) zip as downloaded; a folder written by export for rapport; "
          + "a .vcf or a folder of them for vcard; "
          + "an .mbox file (Google Takeout, Thunderbird, Apple Mail); an .ics file.")
  Path path;

  @Option(names = "--add-unknown", description = "mbox: also add as contacts the people you wrote to at least twice.")
  boolean addUnknown;

  @Option(names = "--dry-run", description = "Show what would happen; write nothing.")
  boolean dryRun;

  ImportCommand(Session session) {
    super(session);
  }

  /** The formats, for help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ALL.iterator();
    }
  }

  private static final String VCARD = "vcard";
  private static final String MBOX = "mbox";
  private static final String ICS = "ics";
  private static final List<String> ALL = List.of("linkedin", "google", "outlook", "rapport", VCARD, MBOX, ICS);

  @Override
  void run() {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("import: no such file or folder: " + path);
    }
    String kind = format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!ALL.contains(kind)) {
      throw new IllegalArgumentException("import format must be one of " + String.join(", ", ALL) + ": '" + format + "'");
    }
    if (addUnknown && !kind.equals(MBOX)) {
      throw new IllegalArgumentException("--add-unknown is for import mbox only");
    }
    if (kind.equals(MBOX) || kind.equals(ICS)) {
      importTouches(kind);
      return;
    }
    ImportReport report;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 2)) {
      progress.step("reading " + path.getFileName());
      ImportSource file = kind.equals(VCARD) ? VCards.source(path) : CsvImports.source(CsvFormat.parse(kind), path);
      // each contact is matched as it is read: reading and importing are one step
      progress.step(dryRun ? "checking" : "importing");
      report = rapport().imports().importNetwork(file, dryRun);
    } catch (ImportException e) {
      failed(e.problems());
      return;
    }
    print(report);
    if (!report.problems().isEmpty()) {
      exitCode = ErrorHandler.WRONG_INPUT;
    }
  }

  /** A mailbox or a calendar: touches for the contacts already known, read as the import goes. */
  private void importTouches(String kind) {
    if (Files.isDirectory(path) && !(kind.equals(MBOX) && Files.isRegularFile(path.resolve(Mailbox.APPLE_MAIL_FILE)))) {
      throw new IllegalArgumentException("import " + kind + ": expected a file, found the folder " + path
          + (kind.equals(MBOX) ? " (an Apple Mail export is a folder holding a file named mbox: that folder works)" : ""));
    }
    List<String> owner = rapport().profile().profile().emails();
    ImportReport report;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 1)) {
      String what = (dryRun ? "checking " : "importing ") + path.getFileName();
      progress.step(what);
      ImportSource source;
      if (kind.equals(MBOX)) {
        Mailbox mailbox = Mailbox.of(path, owner).reportingProgress(share -> progress.within(share, what));
        source = (addUnknown ? mailbox.addingUnknown() : mailbox).source();
      } else {
        source = CalendarImport.of(path, owner, session.clock().instant(), rapport().profile().profile().zone()).source();
      }
      report = rapport().imports().importNetwork(source, dryRun);
    } catch (ImportException e) {
      failed(e.problems());
      return;
    }
    print(report);
    if (!report.problems().isEmpty()) {
      exitCode = ErrorHandler.WRONG_INPUT;
    }
  }

  private boolean isTouchSource() {
    String kind = format.strip().toLowerCase(java.util.Locale.ROOT);
    return kind.equals(MBOX) || kind.equals(ICS);
  }

  private void failed(List<ImportProblem> problems) {
    exitCode = ErrorHandler.WRONG_INPUT;
    if (session.options().format() == OutputFormat.JSON) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("added", 0);
      object.put("merged", 0);
      object.put("unchanged", 0);
      object.put("touches", 0);
      object.put("problems", problems(problems));
      object.put("written", false);
      printer().printObject(object, "");
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("rapport: import failed, nothing was written: " + Nouns.PROBLEM.count(problems.size()));
    problems.stream().limit(20).forEach(p -> err.println("  " + p));
    if (problems.size() > 20) {
      err.println("  … and " + (problems.size() - 20) + " more");
    }
    err.flush();
  }

  private void print(ImportReport report) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("source", report.source());
    object.put("dryRun", report.dryRun());
    object.put("added", report.added());
    object.put("merged", report.merged());
    object.put("unchanged", report.unchanged());
    object.put("touches", report.touches());
    object.put("notes", report.notes());
    object.put("specialDays", report.specialDays());
    object.put("jobChanges", report.jobChanges());
    object.put("skipped", report.skipped());
    object.put("skippedFor", session.options().format() == OutputFormat.CSV
        ? report.skippedFor().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
            .collect(java.util.stream.Collectors.joining("; "))
        : report.skippedFor());
    object.put("unknownPeople", report.unknownPeople());
    object.put("conflicts", report.conflicts().stream().map(ImportConflict::toString).toList());
    object.put("problems", problems(report.problems()));
    int untriaged = report.dryRun() ? 0 : rapport().triage().untriagedCount();
    object.put("untriaged", untriaged);
    if (session.options().format() != OutputFormat.TABLE) {
      printer().printObject(object, "");
      return;
    }
    Style s = style();
    PrintWriter out = out();
    out.println((report.dryRun() ? s.yellow("Dry run, nothing written: ") + "would import " : "Imported ")
        + s.bold(report.source()) + ": " + report.added() + " added, " + report.merged() + " merged, "
        + report.unchanged() + " unchanged, " + Nouns.TOUCH.count(report.touches()) + ", " + Nouns.NOTE.count(report.notes())
        + ", " + Nouns.SPECIAL_DAY.count(report.specialDays())
        + (report.jobChanges() > 0 ? ", " + Nouns.JOB_CHANGE.count(report.jobChanges()) : "")
        + (report.skipped() > 0 ? ", " + (isTouchSource() ? Nouns.TOUCH.count(report.skipped()) + " with people not among your contacts"
            : Nouns.ROW_SKIPPED.count(report.skipped())) : ""));
    if (!report.skippedFor().isEmpty()) {
      out.println("Left out: " + report.skippedFor().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")));
    }
    if (report.unknownPeople() > 0) {
      out.println(report.unknownPeople() + (report.unknownPeople() == 1 ? " person" : " people")
          + " you corresponded with " + (report.unknownPeople() == 1 ? "is" : "are") + " not among your contacts"
          + (format.strip().equalsIgnoreCase(MBOX) && !addUnknown
              ? ": import again with --add-unknown to add those you wrote to at least twice" : ""));
    }
    if (!report.conflicts().isEmpty()) {
      out.println(s.bold("Kept your values where the file differs") + " (" + report.conflicts().size() + "):");
      report.conflicts().stream().limit(20).forEach(c -> out.println("  " + c));
    }
    if (!report.problems().isEmpty()) {
      out.println(s.red("Problems") + " (" + report.problems().size() + "; an import with problems writes nothing):");
      report.problems().stream().limit(20).forEach(p -> out.println("  " + p));
    }
    if (untriaged > 0) {
      out.println(AgendaCommand.count(untriaged, "contact") + " without a tier you chose yet: next, "
          + s.bold("triage") + " sorts them, most promising first; then " + s.bold("agenda") + " plans your week.");
    }
    out.flush();
  }

  private static List<Map<String, Object>> problems(List<ImportProblem> problems) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ImportProblem p : problems) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("file", p.file());
      row.put("line", p.line());
      row.put("column", p.column());
      row.put("message", p.message());
      rows.add(row);
    }
    return rows;
  }
}
