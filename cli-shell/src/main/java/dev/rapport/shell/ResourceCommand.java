package dev.rapport.shell;

import dev.rapport.core.domain.Resource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resource add TITLE --topics a,b [--url U]}: something worth sharing. */
@Command(name = "resource", description = "Record resources worth sharing.", subcommands = ResourceCommand.Add.class)
final class ResourceCommand {

  /** {@code resource add TITLE [--url U] --topics a,b}. */
  @Command(name = "add", description = "Add a resource worth sharing.")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", paramLabel = "TITLE", description = "Its title.")
    String title;

    @Option(names = "--url", paramLabel = "U", description = "Where to find it.")
    String url;

    @Option(names = "--topics", required = true, split = ",", paramLabel = "a,b", description = "What it is about.")
    List<String> topics;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      Set<String> clean = new LinkedHashSet<>();
      topics.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(clean::add);
      Resource resource = rapport().activity().addResource(title.strip(),
          Optional.ofNullable(url).map(String::strip).filter(u -> !u.isEmpty()), clean);
      done("added resource " + resource.id() + ": " + style().bold(resource.title())
          + "; see who would like it with: share " + resource.id(), Map.of("resourceId", resource.id().value(), "title", resource.title()));
    }
  }
}
