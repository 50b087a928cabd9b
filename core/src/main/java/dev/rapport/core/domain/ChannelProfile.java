package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

/** Where a contact can be found on a channel: the channel's name and their URL or handle there. */
public record ChannelProfile(String channel, String handle) {

  /** @throws IllegalArgumentException when the channel or handle is blank */
  public ChannelProfile {
    checkArgument(channel != null && !channel.isBlank(), "channel profile: channel must not be blank: '%s'", channel);
    checkArgument(handle != null && !handle.isBlank(), "channel profile: handle must not be blank: '%s'", handle);
  }
}
