package dev.rapport.core.domain;

/** How the owner likes to network, in the seed's words. */
public enum NetworkingStyle {
  /** Shares stories and ideas with many, stimulates discussions. */
  BROADCASTER,
  /** Connects with people individually. */
  ONE_TO_ONE,
  /** Some of both. */
  MIXED
}
