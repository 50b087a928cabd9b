package dev.rapport.shell.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** Where Rapport keeps its files: {@code ~/.rapport}, or the folder {@code RAPPORT_HOME} names. */
public final class DataFolder {

  private DataFolder() {}

  /** The data folder for this environment; it may not exist yet. */
  public static Path of(Map<String, String> env) {
    String home = env.get("RAPPORT_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".rapport");
  }

  /** The owner's own database in the data folder. */
  public static Path defaultDatabase(Map<String, String> env) {
    return of(env).resolve("rapport.db");
  }

  /** The demo's database, kept apart from the owner's own. */
  public static Path demoDatabase(Map<String, String> env) {
    return of(env).resolve("demo.db");
  }

  /** The demo network's report, beside the demo's database. */
  public static Path demoReport(Map<String, String> env) {
    return of(env).resolve("demo-report.html");
  }

  /** The interactive shell's history. */
  public static Path history(Map<String, String> env) {
    return of(env).resolve("history");
  }
}
