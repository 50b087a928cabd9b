package dev.rapport.shell;

import dev.rapport.shell.bootstrap.DataFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell: the same commands as one-shot mode, read line by line with history
 * (kept in the data folder) and tab completion of commands, options and contact names.
 */
final class InteractiveShell {

  private final Session session;
  private final Terminal terminal;
  private final Supplier<CommandLine> commandLines;

  InteractiveShell(Session session, Terminal terminal, Supplier<CommandLine> commandLines) {
    this.session = session;
    this.terminal = terminal;
    this.commandLines = commandLines;
  }

  /** A terminal for input from a pipe or a script: reads lines as they come, asks the OS nothing. */
  static Terminal plainTerminal(InputStream in, OutputStream out) throws IOException {
    DumbTerminal terminal = new DumbTerminal("rapport", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
    Attributes attributes = terminal.getAttributes();
    attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    terminal.setAttributes(attributes);
    return terminal;
  }

  /** Reads and runs commands until {@code exit} or end of input; returns 0. */
  int run() {
    GlobalOptions launch = session.options().copy();
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("rapport")
        .parser(new DefaultParser())
        .completer(new ShellCompleter(commandLines.get().getCommandSpec(), session))
        .variable(LineReader.HISTORY_FILE, historyFile())
        .build();
    PrintWriter out = terminal.writer();
    session.useKeys(this::nextKey);
    out.println("Rapport " + VersionProvider.version() + ": type a command (agenda, health, contact show NAME…), "
        + "help, or exit. Tab completes.");
    out.flush();
    while (true) {
      String line;
      try {
        line = reader.readLine("rapport> ");
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
      if (words.isEmpty()) {
        continue;
      }
      if (List.of("exit", "quit", "bye").contains(words.get(0))) {
        break;
      }
      session.options().resetTo(launch);
      CommandLine cmd = commandLines.get();
      cmd.setOut(out);
      cmd.setErr(out);
      ErrorHandler.execute(cmd, words.toArray(String[]::new));
      out.flush();
    }
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      out.println("rapport: could not save the history: " + e.getMessage());
    }
    out.flush();
    return 0;
  }

  /** One key press, without waiting for Enter; white space (the Enter of a scripted line) is skipped. */
  private int nextKey() {
    try {
      Attributes before = terminal.enterRawMode();
      try {
        int key;
        do {
          key = terminal.reader().read();
        } while (key >= 0 && Character.isWhitespace(key));
        return key;
      } finally {
        terminal.setAttributes(before);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a key from the terminal", e);
    }
  }

  private Path historyFile() {
    Path file = DataFolder.history(session.env());
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + file.getParent(), e);
    }
    return file;
  }
}
