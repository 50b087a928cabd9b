package dev.rapport.shell;

import dev.rapport.core.policy.analysis.ContactCount;
import dev.rapport.core.policy.analysis.QuarterPattern;
import dev.rapport.core.port.in.NetworkAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code patterns}: per quarter, who you spoke with most and who helped you (introductions,
 * resources, results together) — SPEC §5's "helpers and patterns", the latest quarter first.
 */
@Command(name = "patterns", description = "Per quarter: who you spoke with most, and who helped you.")
final class PatternsCommand extends ShellCommand {

  /** The field {@code pattern} of a contact spoken with most in the quarter. */
  static final String SPOKEN_WITH = "spoken-with-most";

  /** The field {@code pattern} of a contact who helped in the quarter. */
  static final String HELPER = "helper";

  PatternsCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    NetworkAnalysis analysis = rapport().analysis().analyse(session.today());
    List<QuarterPattern> latestFirst = new ArrayList<>(analysis.patterns());
    Collections.reverse(latestFirst);
    printer().print(session.options().format() == OutputFormat.TABLE ? table(latestFirst) : rows(latestFirst));
    say(style().dim("How often: touches either way for speaking; for help, the introductions, resources and results from them."));
  }

  /** Two rows a quarter, for people: who you spoke with most, and who helped you. */
  private static Records table(List<QuarterPattern> patterns) {
    Records records = new Records("No touches yet: log what you do (log NAME --kind KIND).")
        .column("QUARTER", "quarter")
        .column("", "pattern")
        .column("WHO (HOW OFTEN)", "who");
    for (QuarterPattern pattern : patterns) {
      Map<String, Object> spoken = records.add();
      spoken.put("quarter", "Q" + pattern.quarter().quarter() + " " + pattern.quarter().year());
      spoken.put("pattern", "spoke with most");
      spoken.put("who", names(pattern.spokenWithMost()));
      Map<String, Object> helped = records.add();
      helped.put("pattern", "helped you");
      helped.put("who", names(pattern.helpers()));
    }
    return records;
  }

  private static String names(List<ContactCount> counts) {
    return counts.isEmpty() ? "nobody"
        : counts.stream().map(c -> c.name() + " (" + c.count() + ")").collect(Collectors.joining(", "));
  }

  /** One row per quarter, pattern and contact, for scripts: the same in CSV and JSON. */
  private static Records rows(List<QuarterPattern> patterns) {
    Records records = new Records("");
    for (QuarterPattern pattern : patterns) {
      add(records, pattern, SPOKEN_WITH, pattern.spokenWithMost());
      add(records, pattern, HELPER, pattern.helpers());
    }
    return records;
  }

  private static void add(Records records, QuarterPattern pattern, String kind, List<ContactCount> counts) {
    int rank = 0;
    for (ContactCount count : counts) {
      Map<String, Object> row = records.add();
      row.put("quarter", pattern.quarter().toString());
      row.put("from", pattern.quarter().start().toString());
      row.put("pattern", kind);
      row.put("rank", ++rank);
      row.put("contact", count.name());
      row.put("contactId", count.contact().value());
      row.put("count", count.count());
    }
  }
}
