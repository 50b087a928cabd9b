package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A channel's numbers over a period (the seed's "measure your results"): its connections, the
 * touches you made, the touches they made, the collaborations it brought and your response rate.
 */
public record ChannelFigures(int connections, int outbound, int inbound, int collaborations, int answered) {

  /** @throws IllegalArgumentException for a negative count or more answered than outbound */
  public ChannelFigures {
    checkArgument(connections >= 0 && outbound >= 0 && inbound >= 0 && collaborations >= 0,
        "channel figures must not be negative: %s, %s, %s, %s", connections, outbound, inbound, collaborations);
    checkArgument(answered >= 0 && answered <= outbound, "answered must be between 0 and outbound (%s): %s",
        outbound, answered);
  }

  /** Touches either way. */
  public int touches() {
    return outbound + inbound;
  }

  /** The share of your touches answered within the response days; zero when you made none. */
  public double responseRate() {
    return outbound == 0 ? 0 : (double) answered / outbound;
  }
}
