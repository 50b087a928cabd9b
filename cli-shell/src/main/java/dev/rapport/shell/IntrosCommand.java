package dev.rapport.shell;

import dev.rapport.core.policy.analysis.Introduction;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code intros}: pairs worth introducing — one is after what the other offers. */
@Command(name = "intros", description = "Suggested introductions: one contact's goals against another's offers.")
final class IntrosCommand extends ShellCommand {

  IntrosCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Records records = new Records("No introductions to suggest. Record what people want and offer: contact edit NAME --goals a --offers b")
        .column("INTRODUCE", "seeker", Records.Align.LEFT, (s, row) -> s.bold((String) row.get("seeker")))
        .column("TO", "helper", Records.Align.LEFT, (s, row) -> s.bold((String) row.get("helper")))
        .column("TOPICS", "topics")
        .column("WHY", "reason");
    for (Introduction intro : rapport().analysis().introductions()) {
      Map<String, Object> row = records.add();
      row.put("seeker", intro.seekerName());
      row.put("seekerId", intro.seeker().value());
      row.put("helper", intro.helperName());
      row.put("helperId", intro.helper().value());
      row.put("topics", intro.topics());
      row.put("reason", intro.reason());
    }
    printer().print(records);
    say(style().dim("Made one? log NAME --kind introduction --introduced-to OTHER"));
  }
}
