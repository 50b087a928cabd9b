package dev.rapport.shell;

import dev.rapport.core.domain.Resource;
import dev.rapport.core.policy.analysis.Recipient;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code share RESOURCE_REF}: who a resource suits and has not had it yet. */
@Command(name = "share", description = "Who to share a resource with: whose interests or goals it meets.")
final class ShareCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "RESOURCE_REF", description = "The resource's id or part of its title.")
  String ref;

  ShareCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Resource resource = rapport().activity().resolveResource(ref);
    Records records = new Records("Nobody's interests or goals match " + String.join(", ", resource.topics()) + " (or they have it already).")
        .column("CONTACT", "contact", Records.Align.LEFT, (s, row) -> s.bold((String) row.get("contact")))
        .column("TIER", "tier")
        .column("MATCH", "relevance", Records.Align.RIGHT)
        .column("WHY", "reason");
    for (Recipient recipient : rapport().analysis().recipients(resource.id())) {
      Map<String, Object> row = records.add();
      row.put("contact", recipient.name());
      row.put("contactId", recipient.contact().value());
      row.put("tier", recipient.tier());
      row.put("relevance", recipient.relevance());
      row.put("reason", recipient.reason());
      row.put("interests", recipient.interests());
      row.put("goals", recipient.goals());
      row.put("resourceId", resource.id().value());
    }
    say(style().bold(resource.title()) + resource.link().map(l -> "  " + style().dim(l)).orElse(""));
    printer().print(records);
    say(style().dim("Sent it? log NAME --kind resource-shared --resource " + resource.id()
        + " (then neither share nor the agenda suggests it to them again)"));
  }
}
