package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/** Completes commands, options and option values from picocli, and contact names where a REF goes. */
final class ShellCompleter implements Completer {

  /** Commands whose first argument names a contact. */
  private static final Set<String> REF_COMMANDS = Set.of("contact", "note", "log", "snooze", "day", "forget");

  /** Options whose value names a contact. */
  private static final Set<String> REF_OPTIONS = Set.of("--with", "--introduced-to");

  private final CommandSpec spec;
  private final Completer picocli;
  private final Session session;

  ShellCompleter(CommandSpec spec, Session session) {
    this.spec = spec;
    this.picocli = new PicocliJLineCompleter(spec);
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    picocli.complete(reader, line, candidates);
    if (wantsContact(line)) {
      try {
        for (Contact c : session.rapport().contacts().list()) {
          candidates.add(new Candidate(c.displayName(), c.displayName(), "contacts", null, null, null, true));
        }
      } catch (RuntimeException e) {
        // No database yet, or it cannot be read: complete without names rather than fail the line.
      }
    }
  }

  private boolean wantsContact(ParsedLine line) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0 || words.isEmpty() || line.word().startsWith("-")) {
      return false;
    }
    String previous = words.get(index - 1);
    if (REF_OPTIONS.contains(previous)) {
      return true;
    }
    if (!REF_COMMANDS.contains(words.get(0)) || takesValue(previous)) {
      return false;
    }
    // The REF is the first word that is neither a subcommand nor an option or its value.
    for (int i = 1; i < index; i++) {
      String word = words.get(i);
      boolean subcommand = i == 1 && List.of("add", "edit", "show").contains(word);
      if (!subcommand && !word.startsWith("-") && !takesValue(words.get(i - 1))) {
        return false;
      }
    }
    return !(index == 1 && List.of("contact", "note", "day").contains(words.get(0)));
  }

  private boolean takesValue(String word) {
    if (!word.startsWith("-")) {
      return false;
    }
    return spec.subcommands().values().stream()
        .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getSubcommands().values().stream()))
        .map(c -> c.getCommandSpec().findOption(word))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(OptionSpec::arity)
        .map(arity -> arity.max() > 0)
        .orElse(spec.findOption(word) != null && spec.findOption(word).arity().max() > 0);
  }
}
