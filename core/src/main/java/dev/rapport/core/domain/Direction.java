package dev.rapport.core.domain;

/** Who reached out in a touch. */
public enum Direction {
  /** The owner reached out. */
  OUTBOUND,
  /** The contact reached out. */
  INBOUND,
  /** Both took part equally, as in a meeting both asked for. */
  MUTUAL;

  /** Whether this touch counts as the owner reaching out. */
  public boolean fromOwner() {
    return this != INBOUND;
  }

  /** Whether this touch counts as the contact reaching out. */
  public boolean fromContact() {
    return this != OUTBOUND;
  }
}
