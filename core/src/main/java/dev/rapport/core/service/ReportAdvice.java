package dev.rapport.core.service;

import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.QuarterPattern;
import dev.rapport.core.policy.analysis.Recommendation;
import dev.rapport.core.policy.analysis.StartSmallCheck;
import dev.rapport.core.port.in.ContactHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's "what to do about it": one line per section, worded from what the use cases
 * found (the first suggestion, the worst tie, the largest shortfall), never a new rule.
 */
final class ReportAdvice {

  private ReportAdvice() {}

  static String agenda(Agenda agenda) {
    List<Suggestion> planned = agenda.planned();
    if (planned.isEmpty()) {
      return "Nothing is due: log what you did (log NAME --kind KIND) and add the people you meet.";
    }
    Suggestion first = planned.get(0);
    String start = "Start with " + first.contactName() + " (" + first.action().label() + "): " + first.reason() + ".";
    int deferred = agenda.deferred().size();
    return deferred == 0 ? start
        : start + " " + count(deferred, "suggestion waits", "suggestions wait") + " for more time; snooze what can wait.";
  }

  static String health(int contacts, List<ContactHealth> coolingCloseTies) {
    if (contacts == 0) {
      return "No contacts yet: import your LinkedIn or Google export, or add people you know.";
    }
    if (coolingCloseTies.isEmpty()) {
      return "Your inner and close ties are well: keep their cadence.";
    }
    ContactHealth worst = coolingCloseTies.get(0);
    return "Reach out to " + worst.contact() + " first (" + worst.band().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + "): " + count(coolingCloseTies.size(), "close tie is", "close ties are") + " cooling off.";
  }

  static String goals(List<Gap.GoalGap> goals) {
    if (goals.isEmpty()) {
      return "Set a goal to see the network against it: profile --goal industry:fintech=5.";
    }
    Optional<Gap.GoalGap> widest = goals.stream().filter(g -> g.shortfall() > 0)
        .max(Comparator.comparingInt(Gap.GoalGap::shortfall));
    return widest.map(g -> "Grow " + g.goal().value() + " first: " + g.shortfall() + " healthy "
            + (g.shortfall() == 1 ? "contact" : "contacts") + " short; warm up those who match, then meet new ones.")
        .orElse("Every goal is met: keep those ties healthy.");
  }

  static String composition(List<Gap.Concentration> concentrations) {
    if (concentrations.isEmpty()) {
      return "No company or industry dominates: keep meeting people across fields.";
    }
    Gap.Concentration top = concentrations.get(0);
    return "Broaden beyond " + top.value() + " (" + top.dimension().label() + "): meet people in other "
        + (top.dimension().label().equals("company") ? "companies" : top.dimension().label() + " values") + ".";
  }

  static String channels(List<ChannelResult> channels) {
    if (channels.isEmpty()) {
      return "Register the sites and groups you use (channel add NAME --kind site) to measure what they bring.";
    }
    return channels.stream().filter(c -> c.recommendation() != Recommendation.KEEP).findFirst()
        .map(c -> advice(c.recommendation()) + " " + c.channel() + ": " + c.reason() + ".")
        .orElse("Keep your channels as they are: each earns its time.");
  }

  private static String advice(Recommendation recommendation) {
    return switch (recommendation) {
      case KEEP -> "Keep";
      case GROW -> "Spend more time on";
      case SCALE_BACK -> "Scale back";
      case DECIDE_TRIAL -> "Decide on the trial of";
    };
  }

  static String specialDays(List<UpcomingDay> upcoming) {
    if (upcoming.isEmpty()) {
      return "No special days coming: add birthdays you know (day add NAME --kind birthday --date MM-DD).";
    }
    UpcomingDay next = upcoming.get(0);
    return "Next: " + next.contactName().orElse(next.title().orElse(next.kind().name().toLowerCase(Locale.ROOT)))
        + " on " + next.date() + ": " + next.suggestion() + ".";
  }

  static String patterns(List<QuarterPattern> quarters) {
    Optional<QuarterPattern> latest = quarters.stream().filter(q -> !q.helpers().isEmpty())
        .reduce((first, second) -> second);
    return latest.map(q -> "Thank " + q.helpers().get(0).name() + ", who helped you in " + q.quarter()
            + ", and look for a way to help back.")
        .orElse("Nobody has helped you lately: ask for advice, and help others first.");
  }

  static String startSmall(StartSmallCheck check) {
    return check.ok() ? "Within every limit: keep it small and consistent."
        : capitalized(check.problems().get(0)) + (check.problems().size() > 1 ? " (and " + (check.problems().size() - 1) + " more)" : "")
            + ".";
  }

  private static String capitalized(String sentence) {
    return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String count(int n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
