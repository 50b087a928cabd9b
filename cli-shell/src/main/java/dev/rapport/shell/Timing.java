package dev.rapport.shell;

import java.io.PrintStream;

/**
 * Where a run's time goes, printed to standard error when {@code RAPPORT_TIMING} is set: from
 * {@code main} to the command line built, the database open, and the command done.
 */
final class Timing {

  private static final long START = System.nanoTime();
  private static boolean enabled;

  private Timing() {}

  static void enable(boolean on) {
    enabled = on;
  }

  /** Notes that {@code what} is done, with the milliseconds since {@code main} started. */
  static void mark(String what) {
    if (enabled) {
      PrintStream err = System.err;
      err.printf("rapport: %6.1f ms  %s%n", (System.nanoTime() - START) / 1e6, what);
    }
  }
}
