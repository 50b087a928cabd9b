package dev.rapport.adapter.html;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.NetworkReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * The network report as one self-contained HTML page: inline CSS and SVG charts, no script, no
 * font, image or link from elsewhere, and a Content-Security-Policy that forbids them. Every
 * value from the user's data is escaped (jte's HTML content type); the templates are compiled
 * when Rapport is built, so nothing is compiled at run time.
 */
public final class HtmlReport {

  /** The templates compiled into this module, found by its class loader. */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
      HtmlReport.class.getClassLoader(), "dev.rapport.adapter.html");

  private HtmlReport() {}

  /** The page for {@code report}, as text. */
  public static String render(NetworkReport report) {
    StringOutput output = new StringOutput(256 * 1024);
    TEMPLATES.render("report.jte", new ReportPage(checkNotNull(report, "report")), output);
    return output.toString();
  }

  /**
   * Writes the page for {@code report} to {@code out} (not closed).
   *
   * @throws gg.jte.TemplateException when writing fails; its cause is the writer's
   */
  public static void write(NetworkReport report, Writer out) {
    TEMPLATES.render("report.jte", new ReportPage(checkNotNull(report, "report")), new WriterOutput(out));
  }
}
