package dev.rapport.core.domain;

/**
 * How close a contact is, after Dunbar's layers; each tier has a default cadence and a
 * weight in the agenda (see {@code dev.rapport.core.policy}).
 */
public enum Tier {
  /** About five people: weekly. */
  INNER,
  /** About fifteen: every two weeks. */
  CLOSE,
  /** About fifty: monthly. */
  ACTIVE,
  /** About a hundred and fifty: quarterly. */
  WIDER,
  /** Everyone else: twice a year. */
  ACQUAINTANCE
}
