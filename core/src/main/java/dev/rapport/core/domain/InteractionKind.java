package dev.rapport.core.domain;

/** What happened in a touch, in the seed's vocabulary. */
public enum InteractionKind {
  /** "Just say hi". */
  GREETING,
  /** A message about anything. */
  MESSAGE,
  /** You told them where you are in your career. */
  CAREER_UPDATE,
  /** You asked about them. */
  QUESTION,
  /** A comment on their update or post. */
  COMMENT,
  /** Something worth reading, sent with them in mind. */
  RESOURCE_SHARED,
  /** A card or an e-card. */
  CARD,
  /** A call. */
  CALL,
  /** One-to-one: a dinner, a coffee, a meeting. */
  MEETING,
  /** Met at a group event. */
  EVENT,
  /** You referred them, or they referred you. */
  INTRODUCTION,
  /** A result generated together. */
  COLLABORATION
}
