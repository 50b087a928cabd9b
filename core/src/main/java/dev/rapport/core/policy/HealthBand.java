package dev.rapport.core.policy;

/** How a relationship is doing, from its health score; NEW for a fresh connection not yet touched. */
public enum HealthBand {
  /** Score at or above the thriving threshold (75). */
  THRIVING,
  /** Score at or above the healthy threshold (55). */
  HEALTHY,
  /** Score at or above the cooling threshold (35). */
  COOLING,
  /** Score at or above the at-risk threshold (15). */
  AT_RISK,
  /** Score below the at-risk threshold. */
  DORMANT,
  /** Connected within one cadence interval, with no touches yet. */
  NEW;

  /** Whether this band is HEALTHY or better (NEW counts as neither). */
  public boolean healthyOrBetter() {
    return this == THRIVING || this == HEALTHY;
  }
}
