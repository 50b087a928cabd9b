package dev.rapport.shell;

import java.io.PrintWriter;

/**
 * A progress bar for long work, drawn on one line of the terminal and only there: never when
 * output goes to a pipe or a file, or in CSV or JSON.
 */
final class Progress implements AutoCloseable {

  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean shown;
  private final int steps;
  private int done;

  private Progress(PrintWriter err, boolean shown, int steps) {
    this.err = err;
    this.shown = shown;
    this.steps = steps;
  }

  /** A bar of {@code steps} steps, drawn on {@code err} only when the session is at a terminal in table format. */
  static Progress start(Session session, PrintWriter err, int steps) {
    boolean shown = session.terminal() && session.options().format() == OutputFormat.TABLE;
    return new Progress(err, shown, steps);
  }

  /** Marks the start of the next step, saying what it does. */
  void step(String what) {
    if (shown) {
      String bar = Charts.bar((double) done / steps, WIDTH);
      err.print("\r\u001b[2K" + bar + " " + (done + 1) + "/" + steps + " " + what + "…");
      err.flush();
    }
    done = Math.min(steps, done + 1);
  }

  @Override
  public void close() {
    if (shown) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }
}
