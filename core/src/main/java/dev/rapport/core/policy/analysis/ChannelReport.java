package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ActivityWindow;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The results of every networking channel, best first, and the start-small check. */
public record ChannelReport(ActivityWindow window, List<ChannelResult> channels, StartSmallCheck startSmall) {

  public ChannelReport {
    checkNotNull(window, "window");
    checkNotNull(startSmall, "startSmall");
    channels = ImmutableList.copyOf(channels);
  }
}
