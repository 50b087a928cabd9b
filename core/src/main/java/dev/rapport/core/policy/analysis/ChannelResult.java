package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * One networking channel's results over the window, month by month, its class, and the
 * recommendation with its reason. Kind and status are empty for a channel seen in the data but
 * not registered by the owner.
 */
public record ChannelResult(String channel, Optional<ChannelKind> kind, Optional<ChannelStatus> status,
    ChannelFigures figures, Map<YearMonth, ChannelFigures> months, ChannelClass channelClass,
    Recommendation recommendation, String reason) {

  public ChannelResult {
    checkNotNull(channel, "channel");
    checkNotNull(kind, "kind");
    checkNotNull(status, "status");
    checkNotNull(figures, "figures");
    checkNotNull(channelClass, "channelClass");
    checkNotNull(recommendation, "recommendation");
    checkNotNull(reason, "reason");
    months = ImmutableMap.copyOf(months);
  }

  /** Connections on it. */
  public int connections() {
    return figures.connections();
  }

  /** Touches you made there in the window. */
  public int outbound() {
    return figures.outbound();
  }

  /** Touches they made there in the window. */
  public int inbound() {
    return figures.inbound();
  }

  /** Collaborations that came through it in the window. */
  public int collaborations() {
    return figures.collaborations();
  }

  /** The share of your touches there that were answered. */
  public double responseRate() {
    return figures.responseRate();
  }
}
