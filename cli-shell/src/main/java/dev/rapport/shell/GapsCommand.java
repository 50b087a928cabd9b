package dev.rapport.shell;

import dev.rapport.core.policy.analysis.Composition;
import dev.rapport.core.policy.analysis.Dimension;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.GapKind;
import dev.rapport.core.policy.analysis.Share;
import dev.rapport.core.port.in.NetworkAnalysis;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code gaps}: what the network lacks for the owner's goals, and which ties need attention. */
@Command(name = "gaps", description = "What your network lacks for your goals, cooling ties, one-way ties, thin files.")
final class GapsCommand extends ShellCommand {

  /** Gaps of one kind a table shows; CSV and JSON list them all. */
  static final int SHOWN_PER_KIND = 10;

  /** Values per dimension the composition chart shows. */
  static final int SHOWN_SHARES = 5;

  private static final Set<Dimension> CHARTED = EnumSet.of(Dimension.INDUSTRY, Dimension.COMPANY, Dimension.LOCATION,
      Dimension.TIER);

  GapsCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    NetworkAnalysis analysis = rapport().analysis().analyse(session.today());
    boolean table = session.options().format() == OutputFormat.TABLE;
    Records records = new Records("No gaps: every goal is met and every tie is well. Add goals with: profile --goal industry:fintech=5")
        .column("KIND", "kind", Records.Align.LEFT, (s, row) -> paint(s, (String) row.get("kind")))
        .column("SUBJECT", "subject")
        .column("HAVE", "have", Records.Align.RIGHT)
        .column("HEALTHY", "healthy", Records.Align.RIGHT)
        .column("WANTED", "wanted", Records.Align.RIGHT)
        .column("DETAIL", "detail");
    for (GapKind kind : GapKind.values()) {
      List<Gap> gaps = analysis.gaps(kind);
      List<Gap> shown = table ? gaps.subList(0, Math.min(SHOWN_PER_KIND, gaps.size())) : gaps;
      for (Gap gap : shown) {
        Map<String, Object> row = records.add();
        row.put("kind", gap.kind().label());
        row.put("subject", gap.subject());
        row.put("detail", gap.detail());
        if (gap instanceof Gap.GoalGap goal) {
          row.put("have", goal.have());
          row.put("healthy", goal.healthy());
          row.put("wanted", goal.wanted());
        } else if (gap instanceof Gap.CoolingTie tie) {
          row.put("contactId", tie.contact().value());
        } else if (gap instanceof Gap.Imbalance imbalance) {
          row.put("contactId", imbalance.contact().value());
        } else if (gap instanceof Gap.ThinFile thin) {
          row.put("contactId", thin.contact().value());
        }
      }
      if (table && gaps.size() > shown.size()) {
        Map<String, Object> row = records.add();
        row.put("kind", kind.label());
        row.put("subject", "…");
        row.put("detail", "and " + (gaps.size() - shown.size()) + " more (gaps --format csv lists them all)");
      }
    }
    printer().print(records);
    if (table) {
      composition(analysis.composition());
    }
  }

  private static String paint(Style s, String kind) {
    return switch (kind) {
      case "goal", "cooling-tie" -> s.red(kind);
      case "imbalance", "concentration" -> s.yellow(kind);
      default -> s.dim(kind);
    };
  }

  private void composition(List<Composition> compositions) {
    PrintWriter out = out();
    Style s = style();
    for (Composition composition : compositions) {
      if (!CHARTED.contains(composition.dimension()) || composition.total() == 0) {
        continue;
      }
      out.println();
      out.println(s.bold("By " + composition.dimension().label()) + s.dim(String.format(java.util.Locale.ROOT,
          "  (%s; concentration %.2f)", Nouns.CONTACT.count(composition.total()), composition.herfindahl())));
      List<Share> shares = composition.shares().stream()
          .sorted((a, b) -> Integer.compare(b.count(), a.count())).limit(SHOWN_SHARES).toList();
      int width = shares.stream().mapToInt(sh -> label(sh).length()).max().orElse(0);
      for (Share share : shares) {
        out.println(String.format(java.util.Locale.ROOT, "  %-" + width + "s %s %4d  %3.0f%%", label(share),
            s.cyan(Charts.bar(share.share(), 20)), share.count(), share.share() * 100));
      }
    }
    out.flush();
  }

  private static String label(Share share) {
    String label = share.label();
    return label.length() > 30 ? label.substring(0, 29) + "…" : label;
  }
}
