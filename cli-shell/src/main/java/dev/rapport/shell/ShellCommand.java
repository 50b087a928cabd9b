package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.service.Rapport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command has: the session, the output, and a way to name a contact. */
abstract class ShellCommand implements Callable<Integer> {

  protected final Session session;

  @Spec
  protected CommandSpec spec;

  ShellCommand(Session session) {
    this.session = session;
  }

  /** The exit code when {@link #run} returns; a command sets 1 when it reported wrong input itself. */
  protected int exitCode;

  @Override
  public final Integer call() {
    run();
    return exitCode;
  }

  /** Does the command's work; throws to fail with a message. */
  abstract void run();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  Style style() {
    return session.style();
  }

  Printer printer() {
    return new Printer(out(), session.options().format(), style());
  }

  Rapport rapport() {
    return session.rapport();
  }

  /** The one contact {@code ref} names: an id, an e-mail address or a fragment of a name. */
  Contact contact(String ref) {
    return rapport().contacts().resolve(ref);
  }

  /**
   * Reports what a command that changes the network did: a line for people, and in CSV or JSON
   * one record with the message and {@code fields} (ids a script may want next).
   */
  void done(String line, Map<String, Object> fields) {
    if (session.options().format() == OutputFormat.TABLE) {
      say(line);
      return;
    }
    Records records = new Records("");
    Map<String, Object> row = records.add();
    row.put("message", line.replaceAll("\u001b\\[[0-9;]*m", ""));
    row.putAll(new java.util.TreeMap<>(fields));
    printer().print(records);
  }

  /** A line for people, left out of CSV and JSON output so programs can read it. */
  void say(String line) {
    if (session.options().format() == OutputFormat.TABLE) {
      out().println(line);
      out().flush();
    }
  }
}
