package dev.rapport.shell;

import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.out.Storage;
import dev.rapport.shell.bootstrap.StorageOpener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs shell commands in-process against one in-memory store, as a test would type them. */
final class Harness {

  final Storage storage = new InMemoryStorage();
  /** Opens the store for each run; a test may swap it to make the storage fail. */
  StorageOpener opener = location -> storage;
  final Map<String, String> env = new HashMap<>(Map.of("RAPPORT_HOME", "/nonexistent/rapport-test"));
  String out = "";
  String err = "";

  /** Runs one command line; returns its exit code and keeps what it printed. */
  int run(String... args) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    try (Session session = new Session(new GlobalOptions(), env, opener, false)) {
      CommandLine cmd = RapportMain.commandLine(session);
      cmd.setOut(new PrintWriter(outText, true));
      cmd.setErr(new PrintWriter(errText, true));
      int code = ErrorHandler.execute(cmd, args);
      out = outText.toString();
      err = errText.toString();
      return code;
    }
  }

  /** Runs a command that must succeed, and returns what it printed. */
  String ok(String... args) {
    int code = run(args);
    if (code != 0) {
      throw new AssertionError("exit " + code + " for " + List.of(args) + ": " + err);
    }
    return out;
  }
}
