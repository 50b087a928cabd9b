package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.analysis.TriageCandidate;
import dev.rapport.core.port.in.SetTierCommand;
import dev.rapport.core.port.in.TriageQueueRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triage [--limit N]}: the contacts an import brought in, most promising first, to give each
 * a tier. In the interactive shell one at a time, one key each; elsewhere a ranked list.
 */
@Command(name = "triage", description = "Sort imported contacts into tiers, most promising first: one key each in "
    + "the interactive shell (i/c/a/w/q for the tier, s to skip, x to stop), a ranked list otherwise.")
final class TriageCommand extends ShellCommand {

  /** The keys of the tiers: i, c, a, w, and q for acquaintance. */
  private static final Map<Character, Tier> TIER_KEYS = Map.of(
      'i', Tier.INNER, 'c', Tier.CLOSE, 'a', Tier.ACTIVE, 'w', Tier.WIDER, 'q', Tier.ACQUAINTANCE);

  @Option(names = "--limit", paramLabel = "N", description = "At most N contacts (default: all).")
  Integer limit;

  TriageCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    TriageQueueRequest request = TriageQueueRequest.asOf(session.today());
    if (limit != null) {
      request = request.withLimit(limit);
    }
    List<TriageCandidate> queue = rapport().triage().queue(request);
    Optional<Session.Keys> keys = session.keys();
    if (keys.isPresent() && session.options().format() == OutputFormat.TABLE && !queue.isEmpty()) {
      oneKeyEach(queue, keys.get());
    } else {
      list(queue);
    }
  }

  private void list(List<TriageCandidate> queue) {
    Records records = new Records("Nothing to triage: every contact has a tier you chose.")
        .column("#", "rank", Records.Align.RIGHT)
        .column("CONTACT", "contact", Records.Align.LEFT, (s, row) -> s.bold((String) row.get("contact")))
        .column("COMPANY", "company")
        .column("TITLE", "title")
        .column("SIGNALS", "why");
    int rank = 0;
    for (TriageCandidate candidate : queue) {
      Contact c = candidate.contact();
      Map<String, Object> row = records.add();
      row.put("rank", ++rank);
      row.put("contact", c.displayName());
      row.put("contactId", c.id().value());
      row.put("tier", c.tier());
      row.put("company", c.company().orElse(""));
      row.put("title", c.title().orElse(""));
      row.put("connectedOn", c.connectedOn().map(Object::toString));
      row.put("score", candidate.score());
      row.put("signals", candidate.signals());
      if (session.options().format() == OutputFormat.TABLE) {
        row.put("why", candidate.signals().isEmpty() ? "no signal yet" : String.join("; ", candidate.signals()));
      }
    }
    printer().print(records);
    if (!queue.isEmpty()) {
      say("");
      say(style().dim("Give each a tier: contact edit NAME --tier inner|close|active|wider|acquaintance, "
          + "or run triage in the interactive shell (rapport) to sort them one key at a time."));
    }
  }

  private void oneKeyEach(List<TriageCandidate> queue, Session.Keys keys) {
    PrintWriter out = out();
    Style s = style();
    out.println(s.bold("Triage") + s.dim("  (" + AgendaCommand.count(queue.size(), "contact")
        + ", most promising first; i inner, c close, a active, w wider, q acquaintance, s skip, x stop)"));
    List<String> sorted = new ArrayList<>();
    int skipped = 0;
    int shown = 0;
    for (TriageCandidate candidate : queue) {
      Contact c = candidate.contact();
      out.println();
      out.println((++shown) + "/" + queue.size() + "  " + s.bold(c.displayName()) + describe(c));
      out.println("   " + s.dim(candidate.signals().isEmpty() ? "no signal yet" : String.join("; ", candidate.signals())));
      out.print("   tier? [i/c/a/w/q, s skip, x stop] ");
      out.flush();
      int key = keys.next();
      while (key >= 0 && key != 's' && key != 'x' && !TIER_KEYS.containsKey((char) key)) {
        out.print("\n   i, c, a, w or q for the tier, s to skip, x to stop: ");
        out.flush();
        key = keys.next();
      }
      if (key < 0 || key == 'x') {
        out.println(key < 0 ? "" : "stop");
        break;
      }
      if (key == 's') {
        out.println("skipped");
        skipped++;
        continue;
      }
      Tier tier = TIER_KEYS.get((char) key);
      rapport().triage().setTier(new SetTierCommand(c.id(), tier));
      out.println(s.green(Names.of(tier)));
      sorted.add(c.displayName());
    }
    int left = rapport().triage().untriagedCount();
    out.println();
    out.println("Sorted " + sorted.size() + ", skipped " + skipped + "; "
        + (left == 0 ? "nothing left to triage." : AgendaCommand.count(left, "contact") + " still without a tier you chose."));
    out.flush();
  }

  private static String describe(Contact c) {
    String role = c.title().map(t -> t + c.company().map(co -> " at " + co).orElse("")).orElse(c.company().orElse(""));
    return role.isEmpty() ? "" : " — " + role;
  }
}
