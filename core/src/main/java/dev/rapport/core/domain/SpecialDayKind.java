package dev.rapport.core.domain;

/** The occasions worth remembering. */
public enum SpecialDayKind {
  /** Their birthday. */
  BIRTHDAY,
  /** The anniversary of their start at work. */
  WORK_ANNIVERSARY,
  /** A holiday; with no contact, for everyone. */
  HOLIDAY,
  /** Something in their life: a wedding, a move. */
  PERSONAL_EVENT,
  /** A professional accomplishment, such as a new role. */
  ACCOMPLISHMENT
}
