package dev.rapport.core.policy.analysis;

/** What sort of gap a finding reports. */
public enum GapKind {
  /** An owner goal with too few healthy contacts. */
  GOAL("goal"),
  /** A close tie that is cooling off. */
  COOLING_TIE("cooling-tie"),
  /** A one-sided relationship. */
  IMBALANCE("imbalance"),
  /** A contact whose file lacks the basics. */
  THIN_FILE("thin-file"),
  /** One company or industry dominating the network. */
  CONCENTRATION("concentration");

  private final String label;

  GapKind(String label) {
    this.label = label;
  }

  /** The name the shell prints: {@code goal}, {@code cooling-tie}, {@code imbalance}, {@code thin-file}, {@code concentration}. */
  public String label() {
    return label;
  }
}
