package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Every relationship rule with its parameters, in one value: the cadence, health, agenda and
 * special-day policies. {@link #defaults()} holds the SPEC's numbers.
 *
 * @param cadence when contacts are due
 * @param health how healthy a tie is
 * @param agenda how the week's outreach is ranked and budgeted
 * @param specialDays which days to remember and what to send
 */
public record Rules(CadencePolicy cadence, HealthPolicy health, AgendaPolicy agenda, SpecialDayPolicy specialDays) {

  /** @throws NullPointerException when a policy is missing */
  public Rules {
    checkNotNull(cadence, "cadence");
    checkNotNull(health, "health");
    checkNotNull(agenda, "agenda");
    checkNotNull(specialDays, "specialDays");
  }

  /** The SPEC's defaults for every rule. */
  public static Rules defaults() {
    return new Rules(CadencePolicy.defaults(), HealthPolicy.defaults(), AgendaPolicy.defaults(), SpecialDayPolicy.defaults());
  }

  /** These rules with another cadence policy. */
  public Rules withCadence(CadencePolicy policy) {
    return new Rules(policy, health, agenda, specialDays);
  }

  /** These rules with another health policy. */
  public Rules withHealth(HealthPolicy policy) {
    return new Rules(cadence, policy, agenda, specialDays);
  }

  /** These rules with another agenda policy. */
  public Rules withAgenda(AgendaPolicy policy) {
    return new Rules(cadence, health, policy, specialDays);
  }

  /** These rules with another special-day policy. */
  public Rules withSpecialDays(SpecialDayPolicy policy) {
    return new Rules(cadence, health, agenda, policy);
  }
}
