package dev.rapport.shell;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.ImmutableChannel;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code channel add NAME --kind K ...}: a networking site or group the owner is in. */
@Command(name = "channel", description = "Record networking channels.", subcommands = ChannelCommand.Add.class)
final class ChannelCommand {

  /** {@code channel add NAME --kind site|group|event-series [...]}. */
  @Command(name = "add", description = "Add or change a channel (by name).")
  static final class Add extends ShellCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Its name.")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
        completionCandidates = Candidates.ChannelKinds.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "active",
        completionCandidates = Candidates.ChannelStatuses.class,
        description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--trial-ends", paramLabel = "DATE", converter = Converters.Day.class,
        description = "When a trial ends.")
    LocalDate trialEnds;

    @Option(names = "--minutes-per-week", converter = Converters.NonNegative.class, paramLabel = "N", defaultValue = "0",
        description = "Minutes a week you mean to spend there.")
    int minutesPerWeek;

    @Option(names = "--joined-on", paramLabel = "DATE", converter = Converters.Day.class,
        description = "When you joined (default: today).")
    LocalDate joinedOn;

    Add(Session session) {
      super(session);
    }

    @Override
    void run() {
      ChannelStatus channelStatus = Names.parse(ChannelStatus.class, status, "--status");
      ImmutableChannel.Builder channel = Channel.builder()
          .name(name.strip())
          .kind(Names.parse(ChannelKind.class, kind, "--kind"))
          .status(channelStatus)
          .joinedOn(joinedOn == null ? session.today() : joinedOn)
          .minutesPerWeek(minutesPerWeek);
      if (trialEnds != null) {
        channel.trialEnds(trialEnds);
      }
      Channel saved = channel.build();
      rapport().activity().saveChannel(saved);
      done("saved channel " + style().bold(saved.name()) + " (" + Names.of(saved.kind()) + ", "
          + Names.of(saved.status()) + saved.trialEnds().map(d -> " until " + Dates.of(d, session.today())).orElse("") + ")", Map.of("channel", saved.name()));
    }
  }
}
