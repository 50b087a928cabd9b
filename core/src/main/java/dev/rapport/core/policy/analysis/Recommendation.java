package dev.rapport.core.policy.analysis;

/** What to do with a networking channel. */
public enum Recommendation {
  /** It works: keep the time there. */
  KEEP,
  /** It brings results: worth more time. */
  GROW,
  /** It is not working: spend less time there. */
  SCALE_BACK,
  /** Its trial ends soon: decide whether to stay. */
  DECIDE_TRIAL
}
