package dev.rapport.shell;

import dev.rapport.adapter.csv.CsvFormat;
import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.core.port.in.ImportConflict;
import dev.rapport.core.port.in.ImportException;
import dev.rapport.core.port.in.ImportProblem;
import dev.rapport.core.port.in.ImportReport;
import dev.rapport.core.port.in.ImportSource;
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

/** {@code import linkedin|google|outlook|rapport PATH [--dry-run]}: brings a network in, all or nothing. */
@Command(name = "import", description = "Import LinkedIn, Google Contacts, Outlook or Rapport files (all or nothing).")
final class ImportCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String format;

  @Parameters(index = "1", paramLabel = "PATH",
      description = "The file, folder or (LinkedIn) zip as downloaded; a folder written by export for rapport.")
  Path path;

  @Option(names = "--dry-run", description = "Show what would happen; write nothing.")
  boolean dryRun;

  ImportCommand(Session session) {
    super(session);
  }

  /** The formats, for help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("linkedin", "google", "outlook", "rapport").iterator();
    }
  }

  @Override
  void run() {
    CsvFormat source = CsvFormat.parse(format);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("import: no such file or folder: " + path);
    }
    ImportReport report;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 2)) {
      progress.step("reading " + path.getFileName());
      ImportSource file = CsvImports.source(source, path);
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
    err.println("rapport: import failed, nothing was written: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
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
    object.put("conflicts", report.conflicts().stream().map(ImportConflict::toString).toList());
    object.put("problems", problems(report.problems()));
    if (session.options().format() != OutputFormat.TABLE) {
      printer().printObject(object, "");
      return;
    }
    Style s = style();
    PrintWriter out = out();
    out.println((report.dryRun() ? s.yellow("Dry run, nothing written: ") + "would import " : "Imported ")
        + s.bold(report.source()) + ": " + report.added() + " added, " + report.merged() + " merged, "
        + report.unchanged() + " unchanged, " + report.touches() + " touches, " + report.notes() + " notes, "
        + report.specialDays() + " special days" + (report.jobChanges() > 0 ? ", " + report.jobChanges() + " job changes" : "")
        + (report.skipped() > 0 ? ", " + report.skipped() + " rows skipped" : ""));
    if (!report.conflicts().isEmpty()) {
      out.println(s.bold("Kept your values where the file differs") + " (" + report.conflicts().size() + "):");
      report.conflicts().stream().limit(20).forEach(c -> out.println("  " + c));
    }
    if (!report.problems().isEmpty()) {
      out.println(s.red("Problems") + " (" + report.problems().size() + "; an import with problems writes nothing):");
      report.problems().stream().limit(20).forEach(p -> out.println("  " + p));
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
