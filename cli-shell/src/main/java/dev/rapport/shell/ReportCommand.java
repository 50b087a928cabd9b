package dev.rapport.shell;

import dev.rapport.adapter.html.HtmlReport;
import dev.rapport.core.port.in.NetworkReport;
import dev.rapport.core.port.in.ReportRequest;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report [--out FILE.html] [--days N]}: the network on one self-contained HTML page — the
 * agenda, health, goals, composition, channels, special days, patterns and start-small checks.
 */
@Command(name = "report", description = "Write the network on one HTML page you can keep, print or send (no script, nothing loaded).")
final class ReportCommand extends ShellCommand {

  @Option(names = "--out", paramLabel = "FILE.html",
      description = "Where to write it (default: rapport-report-YYYY-MM-DD.html in the current folder).")
  Path out;

  @Option(names = "--days", paramLabel = "N", description = "Days ahead the agenda covers (default: 7).")
  Integer days;

  ReportCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    if (days != null && days < 1) {
      throw new IllegalArgumentException("--days must be at least 1: " + days);
    }
    LocalDate today = session.today();
    Path file = out != null ? out : Path.of(defaultName(today));
    Written written = write(rapport(), request(today), file);
    Timing.mark("report written");
    done("Wrote the report of " + today + " to " + written.file() + String.format(Locale.ROOT, " (%,d KB); open it in a browser.",
        Math.max(1, written.bytes() / 1024)), Map.of("file", written.file().toString(), "bytes", written.bytes(),
        "asOf", today.toString()));
  }

  private ReportRequest request(LocalDate today) {
    ReportRequest request = ReportRequest.asOf(today);
    return days == null ? request : request.withAgendaDays(days);
  }

  /** {@code rapport-report-2026-12-07.html}. */
  static String defaultName(LocalDate day) {
    return "rapport-report-" + day + ".html";
  }

  /** Where a report went and how large it is. */
  record Written(Path file, long bytes) {}

  /**
   * Renders the report {@code request} asks for into {@code file}, through a temporary file beside
   * it, so that a failed write leaves no half page.
   */
  static Written write(Rapport rapport, ReportRequest request, Path file) {
    NetworkReport report = rapport.report().report(request);
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--out: the folder " + folder + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("--out: " + target + " is a folder; name a file such as "
          + target.resolve(defaultName(report.asOf())));
    }
    try {
      Path partial = Files.createTempFile(folder, ".rapport-report-", ".html.part");
      try {
        Files.writeString(partial, HtmlReport.render(report), StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return new Written(target, Files.size(target));
    } catch (IOException e) {
      throw new IllegalArgumentException("--out: cannot write the report to " + target + ": " + e, e);
    }
  }
}
