package dev.rapport.shell;

import dev.rapport.core.policy.analysis.ChannelFigures;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.Recommendation;
import dev.rapport.core.policy.analysis.StartSmallCheck;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code channels}: each channel's results over the window, its monthly trend and what to do with it. */
@Command(name = "channels", description = "Results per channel, with a monthly trend and a recommendation.")
final class ChannelsCommand extends ShellCommand {

  ChannelsCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    ChannelReport report = rapport().channels().channels(session.today());
    Records records = new Records("No channels yet. Add one with: channel add LinkedIn --kind site")
        .column("CHANNEL", "channel")
        .column("STATUS", "status")
        .column("CONN", "connections", Records.Align.RIGHT)
        .column("OUT", "outbound", Records.Align.RIGHT)
        .column("IN", "inbound", Records.Align.RIGHT)
        .column("COLLAB", "collaborations", Records.Align.RIGHT)
        .column("REPLIES", "responseRate", Records.Align.RIGHT,
            (s, row) -> Math.round((double) row.get("responseRate") * 100) + "%")
        .column("TOUCHES/MONTH", "trend", Records.Align.LEFT, (s, row) -> s.cyan((String) row.get("trend")))
        .column("CLASS", "class")
        .column("ADVICE", "recommendation", Records.Align.LEFT, ChannelsCommand::paintAdvice)
        .column("WHY", "reason");
    for (ChannelResult channel : report.channels()) {
      Map<String, Object> row = records.add();
      row.put("channel", channel.channel());
      row.put("kind", channel.kind());
      row.put("status", channel.status().map(Names::of).orElse("unregistered"));
      row.put("connections", channel.connections());
      row.put("outbound", channel.outbound());
      row.put("inbound", channel.inbound());
      row.put("collaborations", channel.collaborations());
      row.put("responseRate", channel.responseRate());
      row.put("class", channel.channelClass());
      row.put("recommendation", channel.recommendation());
      row.put("reason", channel.reason());
      row.put("trend", Charts.sparkline(monthlyTouches(channel, report)));
      row.put("months", months(channel));
    }
    if (session.options().format() != OutputFormat.TABLE) {
      records.rows().forEach(row -> row.remove("trend"));
    }
    printer().print(records);
    startSmall(report.startSmall(), report);
  }

  private static String paintAdvice(Style s, Map<String, Object> row) {
    Recommendation advice = (Recommendation) row.get("recommendation");
    String text = Names.of(advice);
    return switch (advice) {
      case GROW -> s.green(text);
      case SCALE_BACK -> s.yellow(text);
      case DECIDE_TRIAL -> s.red(text);
      case KEEP -> text;
    };
  }

  private static int[] monthlyTouches(ChannelResult channel, ChannelReport report) {
    YearMonth first = YearMonth.from(report.window().from());
    int count = report.window().months();
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      ChannelFigures figures = channel.months().get(first.plusMonths(i));
      values[i] = figures == null ? 0 : figures.touches();
    }
    return values;
  }

  private static List<Map<String, Object>> months(ChannelResult channel) {
    List<Map<String, Object>> months = new ArrayList<>();
    channel.months().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Map<String, Object> month = new LinkedHashMap<>();
      month.put("month", e.getKey().toString());
      month.put("outbound", e.getValue().outbound());
      month.put("inbound", e.getValue().inbound());
      month.put("collaborations", e.getValue().collaborations());
      months.add(month);
    });
    return months;
  }

  private void startSmall(StartSmallCheck check, ChannelReport report) {
    if (session.options().format() != OutputFormat.TABLE) {
      return;
    }
    Style s = style();
    out().println();
    out().println(s.bold("Start small") + s.dim("  (" + report.window().from() + " to " + report.window().to() + ")"));
    out().println("  sites " + check.activeSites() + "/" + check.maxSites() + ", groups " + check.activeGroups() + "/"
        + check.maxGroups() + ", " + check.intendedMinutes() + " of " + check.budgetMinutes() + " minutes a week, "
        + check.outreachLastMonth() + " outreach touches in " + check.lastMonth() + " (at least " + check.minOutreach() + ")");
    if (check.ok()) {
      out().println("  " + s.green("within every limit"));
    }
    check.problems().forEach(p -> out().println("  " + s.yellow("! ") + p));
    out().flush();
  }
}
