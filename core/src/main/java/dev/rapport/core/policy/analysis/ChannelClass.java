package dev.rapport.core.policy.analysis;

/** What a networking channel brings: results, talk, or little. */
public enum ChannelClass {
  /** Collaborations came through it. */
  COLLABORATIVE,
  /** Talk, few results. */
  CONVERSATIONAL,
  /** Little happens there. */
  QUIET
}
