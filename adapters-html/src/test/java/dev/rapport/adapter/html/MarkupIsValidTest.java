package dev.rapport.adapter.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The page checked by the Nu Html Checker (the W3C's validator), in process and offline. */
class MarkupIsValidTest {

  /** The checker's HTML schema; it ships inside the checker's jar, so nothing is fetched. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @Test
  void theReport_passesTheNuHtmlChecker_withNoErrorOrWarning() throws Exception {
    String html = HtmlReport.render(HostileNetwork.report());

    List<String> problems = check(html);

    assertThat(problems).isEmpty();
  }

  @Test
  void theChecker_isLive_andFindsAnError() throws Exception {
    List<String> problems = check("<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        + "<body><p><div>block in a paragraph</div></p><td>cell outside a table</td></body></html>");

    assertThat(problems).isNotEmpty();
  }

  static List<String> check(String html) throws Exception {
    List<String> problems = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add("warning at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("error at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("fatal at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(HTML_SCHEMA, collect);
    validator.setUpValidatorAndParsers(collect, true, false);
    InputSource source = new InputSource(new StringReader(html));
    source.setSystemId("report.html");
    validator.checkHtmlInputSource(source);
    return problems;
  }
}
