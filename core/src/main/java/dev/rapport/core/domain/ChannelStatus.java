package dev.rapport.core.domain;

/** Where the owner stands with a channel. */
public enum ChannelStatus {
  /** Trying it out until the trial ends. */
  TRIAL,
  /** Present there regularly. */
  ACTIVE,
  /** Still there, with less time. */
  SCALED_BACK,
  /** Gone. */
  LEFT
}
