package dev.rapport.shell;

import dev.rapport.adapter.csv.CsvImports;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export DIR}: the whole network as a folder of CSV files, which {@code import rapport DIR} reads back. */
@Command(name = "export", description = "Export the whole network as CSV files into a folder.")
final class ExportCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder (created when missing; its files replaced).")
  Path dir;

  ExportCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Map<String, Integer> written;
    try (Progress progress = Progress.start(session, spec.commandLine().getErr(), 1)) {
      progress.step("exporting");
      written = CsvImports.export(rapport(), dir);
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
