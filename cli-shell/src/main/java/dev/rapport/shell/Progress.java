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
  /** When the bar of a step's share was last drawn, in nanoseconds: drawing it for every megabyte would flicker. */
  private long drawnAt;

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
  synchronized void step(String what) {
    if (shown) {
      String bar = Charts.bar((double) done / steps, WIDTH);
      err.print("\r\u001b[2K" + bar + " " + (done + 1) + "/" + steps + " " + what + "…");
      err.flush();
    }
    done = Math.min(steps, done + 1);
  }

  /**
   * Shows how far the current step is ({@code share} of it, 0 to 1), at most ten times a second;
   * safe to call from the thread doing the work.
   */
  synchronized void within(double share, String what) {
    long now = System.nanoTime();
    if (!shown || now - drawnAt < 100_000_000L) {
      return;
    }
    drawnAt = now;
    double step = Math.max(0, Math.min(1, share));
    double whole = (Math.max(0, done - 1) + step) / steps;
    err.print("\r\u001b[2K" + Charts.bar(whole, WIDTH) + " " + Math.max(1, done) + "/" + steps + " " + what + " "
        + Math.round(step * 100) + "%");
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (shown) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }
}
