package dev.rapport.shell;

import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.in.ProfileChanges;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code profile [...]}: shows the owner's profile, changing what the options give first. */
@Command(name = "profile", description = "Show or change your profile: budget, zone, style, goals, limits, your e-mail addresses.")
final class ProfileCommand extends ShellCommand {

  private static final Pattern GOAL = Pattern.compile("(\\w+):(.+)=(\\d+)");

  @Option(names = "--budget", converter = Converters.NonNegative.class, paramLabel = "MINUTES", description = "Minutes a week for networking.")
  Integer budget;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, such as Europe/Paris.")
  String zone;

  @Option(names = "--style", paramLabel = "STYLE", completionCandidates = Candidates.Styles.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String networkingStyle;

  @Option(names = "--goal", paramLabel = "KIND:VALUE=WANTED",
      description = "A goal, such as industry:fintech=5 (kinds: industry, role, location, topic); repeatable; "
          + "replaces a goal of the same kind and value.")
  List<String> goals;

  @Option(names = "--clear-goals", description = "Remove every goal first.")
  boolean clearGoals;

  @Option(names = "--max-sites", converter = Converters.NonNegative.class, paramLabel = "N", description = "At most this many sites at a time.")
  Integer maxSites;

  @Option(names = "--max-groups", converter = Converters.NonNegative.class, paramLabel = "N", description = "At most this many groups at a time.")
  Integer maxGroups;

  @Option(names = "--min-outreach", converter = Converters.NonNegative.class, paramLabel = "N", description = "At least this many outreach touches a month.")
  Integer minOutreach;

  @Option(names = "--email", paramLabel = "ADDRESS",
      description = "One of your own e-mail addresses, added to those kept; repeatable. Mail and calendar imports "
          + "tell by them what you sent from what you received.")
  List<String> emails;

  @Option(names = "--clear-emails", description = "Forget your e-mail addresses first.")
  boolean clearEmails;

  ProfileCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    OwnerProfile profile = changes() ? rapport().profile().update(changesGiven()) : rapport().profile().profile();
    Records records = new Records("")
        .column("SETTING", "setting")
        .column("VALUE", "value");
    if (session.options().format() == OutputFormat.TABLE) {
      put(records, "zone", profile.zone().getId());
      put(records, "budget", profile.weeklyBudgetMinutes() + " minutes a week");
      put(records, "style", Names.of(profile.style()));
      put(records, "limits", profile.maxSites() + " sites, " + profile.maxGroups() + " groups, at least "
          + profile.minOutreachPerMonth() + " outreach touches a month");
      for (Goal goal : profile.goals()) {
        put(records, "goal", Names.of(goal.kind()) + ": " + goal.value() + " (want " + goal.wanted() + " healthy)");
      }
      if (profile.goals().isEmpty()) {
        put(records, "goals", "none yet: add one with profile --goal industry:fintech=5");
      }
      put(records, "emails", profile.emails().isEmpty()
          ? "none yet: add yours with profile --email you@example.org (for mail and calendar imports)"
          : String.join(", ", profile.emails()));
    } else {
      Map<String, Object> row = records.add();
      row.put("zone", profile.zone().getId());
      row.put("budget", profile.weeklyBudgetMinutes());
      row.put("style", profile.style());
      row.put("maxSites", profile.maxSites());
      row.put("maxGroups", profile.maxGroups());
      row.put("minOutreach", profile.minOutreachPerMonth());
      List<Map<String, Object>> goalRows = new ArrayList<>();
      for (Goal goal : profile.goals()) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("kind", Names.of(goal.kind()));
        g.put("value", goal.value());
        g.put("wanted", goal.wanted());
        goalRows.add(g);
      }
      row.put("goals", goalRows);
      row.put("emails", profile.emails());
    }
    printer().print(records);
  }

  private static void put(Records records, String setting, String value) {
    Map<String, Object> row = records.add();
    row.put("setting", setting);
    row.put("value", value);
  }

  private boolean changes() {
    return budget != null || zone != null || networkingStyle != null || goals != null || clearGoals
        || maxSites != null || maxGroups != null || minOutreach != null || emails != null || clearEmails;
  }

  private ProfileChanges changesGiven() {
    ProfileChanges changes = ProfileChanges.none();
    if (budget != null) {
      changes = changes.weeklyBudgetMinutes(budget);
    }
    if (zone != null) {
      changes = changes.zone(zone());
    }
    if (networkingStyle != null) {
      changes = changes.style(Names.parse(NetworkingStyle.class, networkingStyle, "--style"));
    }
    if (maxSites != null) {
      changes = changes.maxSites(maxSites);
    }
    if (maxGroups != null) {
      changes = changes.maxGroups(maxGroups);
    }
    if (minOutreach != null) {
      changes = changes.minOutreachPerMonth(minOutreach);
    }
    List<Goal> newGoals = goals == null ? List.of() : goals.stream().map(ProfileCommand::parseGoal).toList();
    List<String> newEmails = emails == null ? List.of() : emails.stream().map(ProfileCommand::parseEmail).toList();
    return changes.clearGoals(clearGoals).addGoals(newGoals).clearEmails(clearEmails).addEmails(newEmails);
  }

  private ZoneId zone() {
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone is not a time zone (try Europe/Paris or UTC): '" + zone + "'", e);
    }
  }

  /** Reads an address such as {@code ada@example.org}, or {@code Ada <ada@example.org>} as mail clients copy it. */
  static String parseEmail(String text) {
    String address = text.strip();
    int open = address.lastIndexOf('<');
    if (open >= 0 && address.endsWith(">")) {
      address = address.substring(open + 1, address.length() - 1).strip();
    }
    int at = address.indexOf('@');
    if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1 || address.chars().anyMatch(c ->
        Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>')) {
      throw new IllegalArgumentException("--email must be an address such as ada@example.org: '" + text + "'");
    }
    return address;
  }

  /** Reads {@code industry:fintech=5}. */
  static Goal parseGoal(String text) {
    Matcher m = GOAL.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--goal must be KIND:VALUE=WANTED, such as industry:fintech=5: '" + text + "'");
    }
    int wanted;
    try {
      wanted = Integer.parseInt(m.group(3));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--goal: WANTED is too large: " + m.group(3) + " in '" + text + "'", e);
    }
    return Converters.named("--goal", () -> Goal.of(Names.parse(GoalKind.class, m.group(1), "kind"), m.group(2).strip(), wanted));
  }
}
