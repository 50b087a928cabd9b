package dev.rapport.shell;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands of SPEC §9, by name. A one-shot run builds only the command it runs: picocli reads
 * every command's annotations when it is added, and that would cost each run a good part of its start-up.
 */
final class Commands {

  /** Every command in the order help lists them. */
  static final Map<String, Class<?>> ALL = all();

  /** Global options that take a value, so that the value is not read as a command name. */
  private static final Set<String> VALUED_OPTIONS = Set.of("--db", "--jdbc-url", "--jdbc-user", "--jdbc-schema", "--as-of", "--format");

  private Commands() {}

  private static Map<String, Class<?>> all() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("agenda", AgendaCommand.class);
    all.put("contact", ContactCommand.class);
    all.put("note", NoteCommand.class);
    all.put("log", LogCommand.class);
    all.put("snooze", SnoozeCommand.class);
    all.put("triage", TriageCommand.class);
    all.put("health", HealthCommand.class);
    all.put("gaps", GapsCommand.class);
    all.put("patterns", PatternsCommand.class);
    all.put("day", DayCommand.class);
    all.put("special-days", SpecialDaysCommand.class);
    all.put("channel", ChannelCommand.class);
    all.put("channels", ChannelsCommand.class);
    all.put("resource", ResourceCommand.class);
    all.put("share", ShareCommand.class);
    all.put("collab", CollabCommand.class);
    all.put("intros", IntrosCommand.class);
    all.put("report", ReportCommand.class);
    all.put("profile", ProfileCommand.class);
    all.put("import", ImportCommand.class);
    all.put("export", ExportCommand.class);
    all.put("forget", ForgetCommand.class);
    all.put("demo", DemoCommand.class);
    all.put("help", HelpCommand.class);
    return all;
  }

  /** The shell's command line over {@code session}, with only the command {@code args} names when it names one. */
  static CommandLine commandLine(Session session, String... args) {
    CommandFactory factory = new CommandFactory(session);
    CommandLine root = new CommandLine(RapportCommand.class, factory);
    Optional<String> invoked = invoked(args).filter(name -> ALL.containsKey(name) && !name.equals("help"));
    boolean versionOnly = invoked(args).isEmpty() && (Arrays.asList(args).contains("--version") || Arrays.asList(args).contains("-V"));
    if (versionOnly) {
      return root;
    }
    for (Map.Entry<String, Class<?>> command : ALL.entrySet()) {
      if (invoked.isEmpty() || invoked.get().equals(command.getKey())) {
        CommandLine sub = new CommandLine(command.getValue(), factory);
        withHelpOptions(sub);
        root.addSubcommand(command.getKey(), sub);
      }
    }
    return root;
  }

  /**
   * Gives {@code command} and every subcommand below it {@code -h}/{@code --help}, unless it
   * declares its own: one place, so a command added to {@link #ALL} answers {@code --help} without
   * asking for it.
   */
  static void withHelpOptions(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
      spec.addOption(OptionSpec.builder("-h", "--help")
          .usageHelp(true)
          .description("Show this command's usage and options, and exit.")
          .build());
    }
    // A subcommand is listed once under each of its names (aliases): visit it once.
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CommandLine sub : command.getSubcommands().values()) {
      if (seen.add(sub)) {
        withHelpOptions(sub);
      }
    }
  }

  /** The first word of {@code args} that is neither a global option nor its value. */
  static Optional<String> invoked(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        return Optional.of(arg);
      }
      if (VALUED_OPTIONS.contains(arg)) {
        i++;
      }
    }
    return Optional.empty();
  }
}
