package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.OwnerProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The seed's "measure your results" per networking channel: connections, touches each way,
 * collaborations and response rate over the window and month by month; a class
 * (COLLABORATIVE, CONVERSATIONAL, QUIET); a recommendation (KEEP, GROW, SCALE_BACK,
 * DECIDE_TRIAL) with its reason; and the start-small check against the owner's profile.
 */
public final class ChannelResults {

  /** Best first: class, then collaborations, touches, response rate, then name. */
  public static final Comparator<ChannelResult> RANK = Comparator.comparing(ChannelResult::channelClass)
      .thenComparing(Comparator.comparingInt(ChannelResult::collaborations).reversed())
      .thenComparing(Comparator.comparingInt((ChannelResult r) -> r.figures().touches()).reversed())
      .thenComparing(Comparator.comparingDouble(ChannelResult::responseRate).reversed())
      .thenComparing(r -> r.channel().toLowerCase(Locale.ROOT));

  private final AnalysisPolicy policy;

  /** The results under {@code policy}. */
  public ChannelResults(AnalysisPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * Every channel the owner registered (except those LEFT) or that appears on a contact, a touch
   * or a collaboration, with its results, best first; and the start-small check.
   */
  public ChannelReport report(List<Channel> channels, List<Contact> contacts, List<Collaboration> collaborations,
      NetworkActivity activity, OwnerProfile profile) {
    ActivityWindow window = activity.window();
    Map<String, Channel> registered = new HashMap<>();
    Set<String> left = new HashSet<>();
    Map<String, String> names = new TreeMap<>();
    for (Channel channel : channels) {
      String key = Terms.normalize(channel.name());
      if (channel.status() == ChannelStatus.LEFT) {
        left.add(key);
      } else {
        registered.put(key, channel);
        names.put(key, channel.name());
      }
    }
    Map<String, Map<YearMonth, int[]>> extra = new HashMap<>();
    Map<String, Integer> connections = new HashMap<>();
    for (Contact contact : contacts) {
      if (contact.archived()) {
        continue;
      }
      Set<String> on = new HashSet<>();
      contact.sourceChannel().filter(s -> !s.isBlank()).ifPresent(source -> {
        String key = Terms.normalize(source);
        on.add(key);
        names.putIfAbsent(key, source.strip());
        contact.connectedOn().filter(window::inWindow).ifPresent(day -> newIn(extra, key, day)[0]++);
      });
      for (ChannelProfile cp : contact.channelProfiles()) {
        String key = Terms.normalize(cp.channel());
        on.add(key);
        names.putIfAbsent(key, cp.channel().strip());
      }
      on.forEach(key -> connections.merge(key, 1, Integer::sum));
    }
    for (Collaboration collaboration : collaborations) {
      if (collaboration.channel().isPresent() && window.inWindow(collaboration.on())) {
        String key = Terms.normalize(collaboration.channel().get());
        names.putIfAbsent(key, collaboration.channel().get().strip());
        newIn(extra, key, collaboration.on())[1]++;
      }
    }
    activity.channels().forEach((key, a) -> names.putIfAbsent(key, a.name()));
    names.keySet().removeAll(left);

    List<ChannelResult> results = new ArrayList<>();
    names.forEach((key, name) -> results.add(result(name, Optional.ofNullable(registered.get(key)),
        connections.getOrDefault(key, 0), extra.getOrDefault(key, Map.of()),
        Optional.ofNullable(activity.channels().get(key)), window)));
    results.sort(RANK);
    return new ChannelReport(window, results, startSmall(channels, activity, profile));
  }

  private static int[] newIn(Map<String, Map<YearMonth, int[]>> extra, String key, LocalDate day) {
    return extra.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(YearMonth.from(day), m -> new int[2]);
  }

  private ChannelResult result(String name, Optional<Channel> channel, int connections,
      Map<YearMonth, int[]> extra, Optional<NetworkActivity.ChannelActivity> activity, ActivityWindow window) {
    Map<YearMonth, ChannelFigures> months = new LinkedHashMap<>();
    int outbound = 0;
    int inbound = 0;
    int answered = 0;
    int collaborations = 0;
    for (YearMonth m = YearMonth.from(window.from()); !m.isAfter(YearMonth.from(window.to())); m = m.plusMonths(1)) {
      YearMonth month = m;
      NetworkActivity.MonthActivity a = activity.map(c -> c.month(month)).orElse(NetworkActivity.MonthActivity.NONE);
      int[] e = extra.getOrDefault(m, new int[2]);
      months.put(m, new ChannelFigures(e[0], a.outbound(), a.inbound(), e[1], a.answered()));
      outbound += a.outbound();
      inbound += a.inbound();
      answered += a.answered();
      collaborations += e[1];
    }
    ChannelFigures figures = new ChannelFigures(connections, outbound, inbound, collaborations, answered);
    ChannelClass channelClass = classify(figures);
    Verdict verdict = recommend(channel, figures, channelClass, window);
    return new ChannelResult(channel.map(Channel::name).orElse(name), channel.map(Channel::kind),
        channel.map(Channel::status), figures, months, channelClass, verdict.recommendation, verdict.reason);
  }

  /** COLLABORATIVE with enough collaborations, else CONVERSATIONAL with enough touches, else QUIET. */
  public ChannelClass classify(ChannelFigures figures) {
    if (figures.collaborations() >= policy.collaborativeMinCollaborations()) {
      return ChannelClass.COLLABORATIVE;
    }
    if (figures.touches() >= policy.conversationalMinTouches()) {
      return ChannelClass.CONVERSATIONAL;
    }
    return ChannelClass.QUIET;
  }

  private record Verdict(Recommendation recommendation, String reason) {}

  private Verdict recommend(Optional<Channel> channel, ChannelFigures f, ChannelClass channelClass, ActivityWindow window) {
    LocalDate asOf = window.to();
    String months = window.months() + " months";
    String figures = String.format(Locale.ROOT, "%d %s, %d touches, response rate %.0f%% in %s",
        f.collaborations(), f.collaborations() == 1 ? "collaboration" : "collaborations", f.touches(),
        100 * f.responseRate(), months);
    Optional<LocalDate> trialEnds = channel.filter(c -> c.status() == ChannelStatus.TRIAL).flatMap(Channel::trialEnds);
    if (trialEnds.isPresent() && !trialEnds.get().isAfter(asOf.plusDays(policy.trialDecisionDays()))) {
      long days = ChronoUnit.DAYS.between(asOf, trialEnds.get());
      String when = days < 0 ? "ended " + (-days) + " days ago" : days == 0 ? "ends today" : "ends in " + days + " days";
      String lean = switch (channelClass) {
        case COLLABORATIVE -> "it brought results: worth keeping";
        case CONVERSATIONAL -> "talk but no results yet";
        case QUIET -> "little happened: consider leaving";
      };
      return new Verdict(Recommendation.DECIDE_TRIAL, "trial " + when + " (" + trialEnds.get() + "): " + figures + "; " + lean);
    }
    switch (channelClass) {
      case COLLABORATIVE:
        if (f.collaborations() >= policy.growMinCollaborations()) {
          return new Verdict(Recommendation.GROW, "collaborative: " + figures + "; worth more of your time");
        }
        return new Verdict(Recommendation.KEEP, "collaborative: " + figures + "; it brings results");
      case CONVERSATIONAL:
        return new Verdict(Recommendation.KEEP,
            "conversational: " + figures + "; talk without results: keep it if conversation is what you want there");
      default:
        Optional<LocalDate> joined = channel.map(Channel::joinedOn);
        if (joined.isPresent() && joined.get().isAfter(asOf.minusDays(policy.newChannelGraceDays()))) {
          return new Verdict(Recommendation.KEEP, "quiet: " + figures + "; joined " + joined.get() + ", too early to judge");
        }
        return new Verdict(Recommendation.SCALE_BACK, "quiet: " + figures + "; scale back, it is not working");
    }
  }

  private StartSmallCheck startSmall(List<Channel> channels, NetworkActivity activity, OwnerProfile profile) {
    int sites = 0;
    int groups = 0;
    int minutes = 0;
    for (Channel channel : channels) {
      boolean active = channel.status() == ChannelStatus.ACTIVE || channel.status() == ChannelStatus.TRIAL;
      sites += active && channel.kind() == ChannelKind.SITE ? 1 : 0;
      groups += active && channel.kind() == ChannelKind.GROUP ? 1 : 0;
      minutes += channel.status() == ChannelStatus.LEFT ? 0 : channel.minutesPerWeek();
    }
    YearMonth lastMonth = YearMonth.from(activity.window().to()).minusMonths(1);
    int outreach = activity.outreach().getOrDefault(lastMonth, 0);
    List<String> problems = new ArrayList<>();
    if (sites > profile.maxSites()) {
      problems.add(sites + " active sites, more than the " + profile.maxSites() + " to start with: focus on a few");
    }
    if (groups > profile.maxGroups()) {
      problems.add(groups + " active groups, more than the " + profile.maxGroups() + " to start with: focus on a few");
    }
    if (minutes > profile.weeklyBudgetMinutes()) {
      problems.add("the channels ask for " + minutes + " minutes a week, above the budget of "
          + profile.weeklyBudgetMinutes());
    }
    boolean lastMonthInWindow = !lastMonth.atEndOfMonth().isBefore(activity.window().from());
    if (lastMonthInWindow && outreach < profile.minOutreachPerMonth()) {
      problems.add(outreach + " outreach " + (outreach == 1 ? "touch" : "touches") + " in " + lastMonth
          + ", fewer than the " + profile.minOutreachPerMonth() + " a month to keep the habit");
    }
    return new StartSmallCheck(sites, profile.maxSites(), groups, profile.maxGroups(), minutes,
        profile.weeklyBudgetMinutes(), lastMonth, outreach, profile.minOutreachPerMonth(), problems);
  }
}
