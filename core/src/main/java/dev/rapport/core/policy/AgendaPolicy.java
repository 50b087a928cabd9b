package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the outreach agenda (SPEC §4): horizon, tier weights for ranking due
 * touches, minutes per action for the budget, and when to suggest a meeting, a card or a
 * change of tone.
 */
@Value.Immutable
public abstract class AgendaPolicy {

  /** Starts a policy; every parameter has the SPEC's default. */
  public static ImmutableAgendaPolicy.Builder builder() {
    return ImmutableAgendaPolicy.builder();
  }

  /** The SPEC's defaults. */
  public static AgendaPolicy defaults() {
    return builder().build();
  }

  /** Days the agenda covers, the as-of day included. */
  @Value.Default
  public int horizonDays() {
    return 7;
  }

  /** Weight of each tier in {@code tierWeight × (1 + overdueRatio) × (0.5 + responsiveness)}. */
  @Value.Default
  public Map<Tier, Double> tierWeights() {
    return ImmutableMap.of(Tier.INNER, 5.0, Tier.CLOSE, 4.0, Tier.ACTIVE, 3.0, Tier.WIDER, 2.0, Tier.ACQUAINTANCE, 1.0);
  }

  /** The base of the responsiveness factor: silent contacts still get this much. */
  @Value.Default
  public double responsivenessBase() {
    return 0.5;
  }

  /** Minutes each action takes, for the budget. */
  @Value.Default
  public Map<OutreachAction, Integer> actionMinutes() {
    return ImmutableMap.<OutreachAction, Integer>builder()
        .put(OutreachAction.GREETING, 5)
        .put(OutreachAction.COMMENT, 5)
        .put(OutreachAction.MESSAGE, 10)
        .put(OutreachAction.QUESTION, 10)
        .put(OutreachAction.CAREER_UPDATE, 15)
        .put(OutreachAction.RESOURCE_SHARED, 10)
        .put(OutreachAction.CARD, 15)
        .put(OutreachAction.CALL, 30)
        .put(OutreachAction.MEETING, 60)
        .put(OutreachAction.REPLY, 10)
        .put(OutreachAction.MEET, 60)
        .build();
  }

  /** The action of a due touch when no other rule picks one. */
  @Value.Default
  public OutreachAction dueAction() {
    return OutreachAction.MESSAGE;
  }

  /** Tiers that get "set up a time to talk individually" after {@link #meetAfterDays()} without a meeting or call. */
  @Value.Default
  public Set<Tier> meetTiers() {
    return ImmutableSet.of(Tier.INNER, Tier.CLOSE);
  }

  /** Days without a MEETING or CALL after which a meeting is suggested. */
  @Value.Default
  public int meetAfterDays() {
    return 90;
  }

  /** The "business" kinds: when the last few outbound touches were all of them, vary the tone. */
  @Value.Default
  public Set<InteractionKind> businessKinds() {
    return ImmutableSet.of(InteractionKind.CAREER_UPDATE, InteractionKind.MESSAGE);
  }

  /** How many of the last outbound touches must be business ones to vary the tone. */
  @Value.Default
  public int varietyAfter() {
    return 3;
  }

  /** Tiers close enough to "ask them about themselves"; others get "just say hi". */
  @Value.Default
  public Set<Tier> questionTiers() {
    return ImmutableSet.of(Tier.INNER, Tier.CLOSE, Tier.ACTIVE);
  }

  /** Days after connecting during which a contact with no touch yet gets a welcome (SPEC §4 rule 7). */
  @Value.Default
  public int welcomeWithinDays() {
    return 14;
  }

  /** What a welcome suggests: "follow up on your new connection". */
  @Value.Default
  public OutreachAction welcomeAction() {
    return OutreachAction.MESSAGE;
  }

  /**
   * Places a week that lapsed contacts may take as reconnections (SPEC §4 rule 8); a longer or
   * shorter horizon gets its share, rounded up. The other lapsed contacts are only counted.
   */
  @Value.Default
  public int reconnectsPerWeek() {
    return 2;
  }

  @Value.Check
  protected void check() {
    checkArgument(horizonDays() >= 1, "horizonDays must be positive: %s", horizonDays());
    for (Tier tier : Tier.values()) {
      checkArgument(tierWeights().getOrDefault(tier, -1.0) >= 0, "tierWeights must hold a non-negative weight for %s", tier);
    }
    for (OutreachAction action : OutreachAction.values()) {
      checkArgument(actionMinutes().getOrDefault(action, -1) >= 0, "actionMinutes must hold non-negative minutes for %s", action);
    }
    checkArgument(responsivenessBase() >= 0, "responsivenessBase must not be negative: %s", responsivenessBase());
    checkArgument(meetAfterDays() >= 1, "meetAfterDays must be positive: %s", meetAfterDays());
    checkArgument(varietyAfter() >= 1 && varietyAfter() <= 3, "varietyAfter must be 1 to 3: %s", varietyAfter());
    checkArgument(welcomeWithinDays() >= 0, "welcomeWithinDays must not be negative: %s", welcomeWithinDays());
    checkArgument(reconnectsPerWeek() >= 0, "reconnectsPerWeek must not be negative: %s", reconnectsPerWeek());
  }

  /** The reconnections an agenda of {@code horizonDays} days may plan: its share of the week's places, rounded up. */
  public int reconnectPlaces(int horizonDays) {
    return (int) Math.ceil(reconnectsPerWeek() * horizonDays / 7.0);
  }

  /** The minutes of an action. */
  public int minutes(OutreachAction action) {
    return actionMinutes().get(action);
  }

  /** The rank of a due touch: {@code tierWeight × (1 + overdueRatio) × (responsivenessBase + responsiveness)}. */
  public double dueRank(Tier tier, double overdueRatio, double responsiveness) {
    return tierWeights().get(tier) * (1 + overdueRatio) * (responsivenessBase() + responsiveness);
  }
}
