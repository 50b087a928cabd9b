package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.fake.InMemoryStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress bar of long work: drawn on a terminal in table format, never in CSV or JSON or to a pipe. */
class ProgressTest {

  private static String drawn(boolean terminal, OutputFormat format) throws InterruptedException {
    GlobalOptions options = new GlobalOptions();
    options.format = format;
    StringWriter err = new StringWriter();
    try (Session session = new Session(options, Map.of(), location -> new InMemoryStorage(), terminal);
        Progress progress = Progress.start(session, new PrintWriter(err, true), 1)) {
      progress.step("importing Takeout.mbox");
      progress.within(0.25, "importing Takeout.mbox");
      Thread.sleep(120); // the bar is drawn at most ten times a second
      progress.within(0.5, "importing Takeout.mbox");
    }
    return err.toString();
  }

  @Test
  void onATerminal_theShareOfTheStepIsDrawn_andClearedAtTheEnd() throws InterruptedException {
    String drawn = drawn(true, OutputFormat.TABLE);

    assertThat(drawn).contains("importing Takeout.mbox 25%").contains("importing Takeout.mbox 50%").endsWith("\r\u001b[2K");
  }

  @Test
  void inJsonOrCsv_orToAPipe_nothingIsDrawn() throws InterruptedException {
    assertThat(drawn(true, OutputFormat.JSON)).isEmpty();
    assertThat(drawn(true, OutputFormat.CSV)).isEmpty();
    assertThat(drawn(false, OutputFormat.TABLE)).isEmpty();
  }
}
