package dev.rapport.core.policy.analysis;

import dev.rapport.core.domain.Contact;
import java.util.Locale;
import java.util.Optional;

/** A way to slice the network: by the part of each contact's file it reads. */
public enum Dimension {
  /** Their industry. */
  INDUSTRY,
  /** Their title or role. */
  ROLE,
  /** Their seniority. */
  SENIORITY,
  /** Their employer. */
  COMPANY,
  /** Where they are. */
  LOCATION,
  /** How close they are. */
  TIER,
  /** The channel through which you met. */
  CHANNEL;

  /** The contact's value in this dimension, empty when their file does not say. */
  public Optional<String> of(Contact contact) {
    Optional<String> value = switch (this) {
      case INDUSTRY -> contact.industry();
      case ROLE -> contact.title();
      case SENIORITY -> contact.seniority();
      case COMPANY -> contact.company();
      case LOCATION -> contact.location().isUnknown() ? Optional.empty() : Optional.of(contact.location().toString());
      case TIER -> Optional.of(contact.tier().name().toLowerCase(Locale.ROOT)); // as every table writes a tier
      case CHANNEL -> contact.sourceChannel();
    };
    return value.filter(v -> !v.isBlank());
  }

  /** The lower-case name, as the shell prints it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
