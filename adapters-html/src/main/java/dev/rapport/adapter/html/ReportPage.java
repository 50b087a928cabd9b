package dev.rapport.adapter.html;

import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.policy.analysis.ChannelFigures;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.ContactCount;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.QuarterPattern;
import dev.rapport.core.policy.analysis.Share;
import dev.rapport.core.policy.analysis.StartSmallCheck;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.NetworkReport;
import dev.rapport.core.port.in.Shortlist;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the template shows, worded and laid out: the report's facts as rows of text and charts as
 * geometry. The template only places them; every value it prints is escaped by jte.
 */
final class ReportPage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final NetworkReport report;

  ReportPage(NetworkReport report) {
    this.report = report;
  }

  NetworkReport report() {
    return report;
  }

  String title() {
    return "Your network on " + report.asOf().format(LONG_DAY);
  }

  String asOf() {
    return report.asOf().toString();
  }

  // ---- agenda

  String agendaHeading() {
    NetworkReport.AgendaSection a = report.agenda();
    LocalDate last = a.from().plusDays(a.horizonDays() - 1L);
    return "Agenda, " + day(a.from()) + " to " + day(last);
  }

  String agendaSummary() {
    NetworkReport.AgendaSection a = report.agenda();
    return a.plannedMinutes() + " of " + a.budgetMinutes() + " minutes planned; " + count(a.outreachThisMonth(),
        "outreach touch", "outreach touches") + " this month (at least " + a.minOutreachPerMonth() + ").";
  }

  Charts.BarChart budgetChart() {
    NetworkReport.AgendaSection a = report.agenda();
    return Charts.bars("budget", "Minutes planned against the budget", List.of(
        Charts.Entry.of("planned minutes", a.plannedMinutes(), a.plannedMinutes() > a.budgetMinutes() ? "over" : "planned"),
        Charts.Entry.of("budget minutes", a.budgetMinutes(), "budget")), 1);
  }

  /** A line of the agenda as the page prints it. */
  record AgendaRow(int rank, String contact, String action, String due, String dueIso, boolean overdue, int minutes,
      String why) {}

  List<AgendaRow> planned() {
    return agendaRows(report.agenda().planned(), 1);
  }

  int plannedMore() {
    return report.agenda().planned().more();
  }

  List<AgendaRow> deferred() {
    return agendaRows(report.agenda().deferred(), report.agenda().planned().total() + 1);
  }

  /** The lapsed ties beyond this week's reconnections, in a sentence; empty when there are none. */
  String lapsed() {
    int n = report.agenda().lapsedUnplanned();
    return n == 0 ? "" : "… and " + count(n, "lapsed tie", "lapsed ties")
        + " beyond this week's reconnections (the shell's agenda --reconnect lists them)";
  }

  int deferredMore() {
    return report.agenda().deferred().more();
  }

  private List<AgendaRow> agendaRows(Shortlist<Suggestion> suggestions, int firstRank) {
    List<AgendaRow> rows = new ArrayList<>();
    int rank = firstRank;
    for (Suggestion s : suggestions.shown()) {
      String why = s.reason() + (s.otherReasons().isEmpty() ? "" : "; " + String.join("; ", s.otherReasons()))
          + s.deferredReason().map(d -> " (" + d + ")").orElse("");
      rows.add(new AgendaRow(rank++, s.contactName(), s.action().label(), day(s.due()), s.due().toString(),
          s.due().isBefore(report.agenda().from()), s.minutes(), why));
    }
    return rows;
  }

  // ---- health

  Charts.BarChart bandChart() {
    List<Charts.Entry> entries = new ArrayList<>();
    for (HealthBand band : HealthBand.values()) {
      entries.add(Charts.Entry.of(band(band), report.health().bands().get(band), "band-" + Names.css(band)));
    }
    return Charts.bars("bands", "Contacts per health band", entries, 1);
  }

  /** A close tie that is cooling, as the page prints it. */
  record TieRow(String contact, String tier, String band, String bandClass, long score, String reasons) {}

  List<TieRow> coolingTies() {
    return report.health().closeTiesCooling().shown().stream().map(ReportPage::tie).toList();
  }

  private static TieRow tie(ContactHealth h) {
    return new TieRow(h.contact(), Names.word(h.tier()), band(h.band()), "band-" + Names.css(h.band()),
        Math.round(h.score()), String.join("; ", h.reasons()));
  }

  int coolingTiesMore() {
    return report.health().closeTiesCooling().more();
  }

  // ---- goals

  /** A goal against the network, as the page prints it. */
  record GoalRow(String goal, int have, int healthy, int wanted, String status, Charts.BarChart chart) {}

  List<GoalRow> goals() {
    List<GoalRow> rows = new ArrayList<>();
    int i = 0;
    for (Gap.GoalGap g : report.goals().goals()) {
      int scale = Math.max(1, Math.max(g.wanted(), g.have()));
      Charts.BarChart chart = Charts.bars("goal-" + i++, "Goal " + g.subject() + ": wanted, have, healthy", List.of(
          Charts.Entry.of("wanted", g.wanted(), "wanted"),
          Charts.Entry.of("have", g.have(), "have"),
          Charts.Entry.of("healthy", g.healthy(), g.shortfall() == 0 ? "met" : "short")), scale);
      rows.add(new GoalRow(g.subject(), g.have(), g.healthy(), g.wanted(),
          g.shortfall() == 0 ? "met" : g.shortfall() + " short", chart));
    }
    return rows;
  }

  // ---- composition

  /** One dimension's chart and how many values it leaves out. */
  record DimensionView(String heading, Charts.BarChart chart, int more) {}

  List<DimensionView> dimensions() {
    List<DimensionView> views = new ArrayList<>();
    for (NetworkReport.DimensionShares d : report.composition().dimensions()) {
      List<Charts.Entry> entries = new ArrayList<>();
      for (Share share : d.shares().shown()) {
        String label = share.label().length() > 28 ? share.label().substring(0, 27) + "…" : share.label();
        entries.add(new Charts.Entry(label, share.count(), String.format(Locale.ROOT, "%,d (%.0f%%)", share.count(),
            share.share() * 100), share.value().isPresent() ? "share" : "unknown"));
      }
      String heading = "By " + d.dimension().label() + String.format(Locale.ROOT, " (%,d contacts; concentration %.2f)",
          d.contacts(), d.herfindahl());
      views.add(new DimensionView(heading, Charts.bars("by-" + d.dimension().label(), "Contacts by "
          + d.dimension().label(), entries, 1), d.shares().more()));
    }
    return views;
  }

  List<String> concentrations() {
    return report.composition().concentrations().stream().map(Gap::detail).toList();
  }

  // ---- channels

  /** A channel's results as the page prints them. */
  record ChannelRow(String channel, String status, int connections, int outbound, int inbound, int collaborations,
      String responseRate, String channelClass, String recommendation, String reason, Charts.Sparkline trend) {}

  String channelWindow() {
    return "From " + day(report.channels().window().from()) + " " + report.channels().window().from().getYear()
        + " to " + day(report.channels().window().to()) + " " + report.channels().window().to().getYear() + ".";
  }

  List<ChannelRow> channels() {
    List<YearMonth> months = months();
    List<String> monthNames = months.stream().map(MONTH::format).toList();
    List<ChannelRow> rows = new ArrayList<>();
    int i = 0;
    for (ChannelResult c : report.channels().channels().shown()) {
      int[] out = new int[months.size()];
      int[] in = new int[months.size()];
      int[] collab = new int[months.size()];
      for (int m = 0; m < months.size(); m++) {
        ChannelFigures f = c.months().get(months.get(m));
        if (f != null) {
          out[m] = f.outbound();
          in[m] = f.inbound();
          collab[m] = f.collaborations();
        }
      }
      Charts.Sparkline trend = Charts.sparkline("trend-" + i++, c.channel() + ": outbound, inbound and collaborations per month",
          monthNames, List.of("outbound", "inbound", "collaborations"), List.of(out, in, collab),
          List.of("out", "in", "collab"));
      rows.add(new ChannelRow(c.channel(), c.status().map(Names::word).orElse("unregistered"), c.connections(),
          c.outbound(), c.inbound(), c.collaborations(), Math.round(c.responseRate() * 100) + "%",
          Names.word(c.channelClass()), Names.word(c.recommendation()), c.reason(), trend));
    }
    return rows;
  }

  int channelsMore() {
    return report.channels().channels().more();
  }

  private List<YearMonth> months() {
    YearMonth first = YearMonth.from(report.channels().window().from());
    List<YearMonth> months = new ArrayList<>();
    for (int m = 0; m < report.channels().window().months(); m++) {
      months.add(first.plusMonths(m));
    }
    return months;
  }

  // ---- special days

  /** A special day as the page prints it. */
  record DayRow(String date, String dateIso, String who, String kind, String suggestion) {}

  String specialDaysHeading() {
    return "Special days in the next " + report.specialDays().days() + " days";
  }

  List<DayRow> specialDays() {
    return report.specialDays().upcoming().shown().stream().map(ReportPage::day).toList();
  }

  private static DayRow day(UpcomingDay d) {
    String who = d.contactName().orElse("everyone") + d.title().map(t -> " (" + t + ")").orElse("");
    return new DayRow(day(d.date()), d.date().toString(), who, Names.word(d.kind()), d.suggestion());
  }

  int specialDaysMore() {
    return report.specialDays().upcoming().more();
  }

  // ---- patterns

  /** A quarter's patterns as the page prints them. */
  record QuarterRow(String quarter, String spokenWithMost, String helpers) {}

  List<QuarterRow> quarters() {
    List<QuarterRow> rows = new ArrayList<>();
    for (QuarterPattern q : report.patterns().quarters()) {
      rows.add(new QuarterRow(q.quarter().toString(), counts(q.spokenWithMost(), "touch", "touches"),
          counts(q.helpers(), "time", "times")));
    }
    return rows;
  }

  private static String counts(List<ContactCount> counts, String one, String many) {
    return counts.isEmpty() ? "nobody"
        : counts.stream().map(c -> c.name() + " (" + count(c.count(), one, many) + ")").collect(Collectors.joining(", "));
  }

  // ---- start small

  /** One start-small limit: what it is, the figure, and whether it is kept. */
  record LimitRow(String limit, String figure, boolean ok) {}

  List<LimitRow> limits() {
    StartSmallCheck c = report.startSmall().check();
    return List.of(
        new LimitRow("Active sites", c.activeSites() + " of at most " + c.maxSites(), c.activeSites() <= c.maxSites()),
        new LimitRow("Active groups", c.activeGroups() + " of at most " + c.maxGroups(), c.activeGroups() <= c.maxGroups()),
        new LimitRow("Minutes a week the channels ask for", c.intendedMinutes() + " of a budget of " + c.budgetMinutes(),
            c.intendedMinutes() <= c.budgetMinutes()),
        new LimitRow("Outreach touches in " + c.lastMonth().format(MONTH), c.outreachLastMonth() + ", at least "
            + c.minOutreach(), c.outreachLastMonth() >= c.minOutreach()));
  }

  List<String> problems() {
    return report.startSmall().check().problems();
  }

  // ---- words

  static String band(HealthBand band) {
    return Names.word(band);
  }

  static String day(LocalDate date) {
    return date.format(DAY);
  }

  static String count(int n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** "and 12 more", for a list cut short. */
  static String more(int n, String what) {
    return "… and " + String.format(Locale.ROOT, "%,d", n) + " more " + what + " (the shell's "
        + "--format csv lists them all)";
  }
}
