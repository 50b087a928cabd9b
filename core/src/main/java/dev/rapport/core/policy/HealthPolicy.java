package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Relationship health (SPEC §3): a score from 0 to 100 made of strength, recency against the
 * cadence and reciprocity, with the kind weights, half-life, saturation, factor weights and
 * band thresholds as parameters. A pure function of the contact, their cadence and the summary
 * of their touches: the same inputs give the same report in any JVM zone.
 */
@Value.Immutable
public abstract class HealthPolicy {

  private static final InteractionKind[] KINDS = InteractionKind.values();

  /** Starts a policy; every parameter has the SPEC's default. */
  public static ImmutableHealthPolicy.Builder builder() {
    return ImmutableHealthPolicy.builder();
  }

  /** The SPEC's defaults. */
  public static HealthPolicy defaults() {
    return builder().build();
  }

  /** How much one touch of each kind counts before it fades; every kind must have a weight. */
  @Value.Default
  public Map<InteractionKind, Double> kindWeights() {
    return ImmutableMap.<InteractionKind, Double>builder()
        .put(InteractionKind.MEETING, 1.0)
        .put(InteractionKind.COLLABORATION, 1.0)
        .put(InteractionKind.INTRODUCTION, 0.9)
        .put(InteractionKind.CALL, 0.8)
        .put(InteractionKind.CARD, 0.6)
        .put(InteractionKind.RESOURCE_SHARED, 0.6)
        .put(InteractionKind.MESSAGE, 0.5)
        .put(InteractionKind.QUESTION, 0.5)
        .put(InteractionKind.CAREER_UPDATE, 0.4)
        .put(InteractionKind.EVENT, 0.4)
        .put(InteractionKind.GREETING, 0.3)
        .put(InteractionKind.COMMENT, 0.2)
        .build();
  }

  /**
   * Days after which a touch counts half: {@code 2^(−age/30)}; also the interval recency halves
   * with for a contact whose cadence is none.
   */
  @Value.Default
  public double halfLifeDays() {
    return 30;
  }

  /** Share of the score from strength. */
  @Value.Default
  public double strengthWeight() {
    return 0.5;
  }

  /** Share of the score from recency against the cadence. */
  @Value.Default
  public double recencyWeight() {
    return 0.3;
  }

  /** Share of the score from reciprocity. */
  @Value.Default
  public double reciprocityWeight() {
    return 0.2;
  }

  /** Strength is {@code 1 − e^(−F / saturation)}: two recent meaningful touches make a strong tie. */
  @Value.Default
  public double saturation() {
    return 2;
  }

  /** An inbound touch within this many days answers an outbound one. */
  @Value.Default
  public int answerWindowDays() {
    return 14;
  }

  /** The window of "N touches in the last 90 days". */
  @Value.Default
  public int recentWindowDays() {
    return 90;
  }

  /** The window of "N outbound, M inbound in 12 months". */
  @Value.Default
  public int balanceWindowDays() {
    return 365;
  }

  /** Lowest THRIVING score. */
  @Value.Default
  public double thrivingFrom() {
    return 75;
  }

  /** Lowest HEALTHY score. */
  @Value.Default
  public double healthyFrom() {
    return 55;
  }

  /** Lowest COOLING score. */
  @Value.Default
  public double coolingFrom() {
    return 35;
  }

  /** Lowest AT_RISK score. */
  @Value.Default
  public double atRiskFrom() {
    return 15;
  }

  @Value.Check
  protected void check() {
    for (InteractionKind kind : InteractionKind.values()) {
      Double w = kindWeights().get(kind);
      checkArgument(w != null, "kindWeights must hold every kind, missing: %s", kind);
      checkArgument(w >= 0 && Double.isFinite(w), "kindWeights %s must be a non-negative number: %s", kind, w);
    }
    checkArgument(halfLifeDays() > 0, "halfLifeDays must be positive: %s", halfLifeDays());
    checkArgument(saturation() > 0, "saturation must be positive: %s", saturation());
    checkArgument(strengthWeight() >= 0 && recencyWeight() >= 0 && reciprocityWeight() >= 0,
        "factor weights must not be negative: %s %s %s", strengthWeight(), recencyWeight(), reciprocityWeight());
    double sum = strengthWeight() + recencyWeight() + reciprocityWeight();
    checkArgument(Math.abs(sum - 1) < 1e-9, "factor weights must add up to 1: %s", sum);
    checkArgument(atRiskFrom() <= coolingFrom() && coolingFrom() <= healthyFrom() && healthyFrom() <= thrivingFrom(),
        "band thresholds must rise from AT_RISK to THRIVING: %s %s %s %s", atRiskFrom(), coolingFrom(), healthyFrom(), thrivingFrom());
  }

  /** The kind weights by ordinal, for the hot path. */
  @Value.Derived
  @Value.Auxiliary
  KindWeights weightsByKind() {
    double[] w = new double[KINDS.length];
    for (InteractionKind kind : KINDS) {
      w[kind.ordinal()] = kindWeights().getOrDefault(kind, 0.0);
    }
    return new KindWeights(w);
  }

  /** The weights in an array, held in a class of its own: Immutables copies an array attribute on every read. */
  static final class KindWeights {
    private final double[] byOrdinal;

    private KindWeights(double[] byOrdinal) {
      this.byOrdinal = byOrdinal;
    }
  }

  /** The summary query these parameters need, as of {@code asOf} in the owner's {@code zone}. */
  public TouchSummaryQuery queryAsOf(LocalDate asOf, ZoneId zone) {
    return new TouchSummaryQuery(asOf, zone, halfLifeDays(), answerWindowDays(), recentWindowDays(), balanceWindowDays());
  }

  /** The weighted faded sums of the summary: [outbound side (OUTBOUND + MUTUAL), inbound side, all, answered]. */
  private double[] weightedSums(TouchSummary summary) {
    double[] w = weightsByKind().byOrdinal;
    double out = 0;
    double in = 0;
    double mutual = 0;
    double answered = 0;
    for (InteractionKind kind : KINDS) {
      double weight = w[kind.ordinal()];
      out += weight * summary.faded(Direction.OUTBOUND, kind);
      in += weight * summary.faded(Direction.INBOUND, kind);
      mutual += weight * summary.faded(Direction.MUTUAL, kind);
      answered += weight * summary.answeredFaded(kind);
    }
    return new double[] {out + mutual, in + mutual, out + in + mutual, answered};
  }

  /**
   * The faded share of the owner's touches answered within the answer window: 0 to 1, and 0
   * when the owner has made none.
   */
  public double responsiveness(TouchSummary summary) {
    double[] sums = weightedSums(summary);
    return responsiveness(sums[0], sums[3]);
  }

  private static double responsiveness(double outbound, double answered) {
    return outbound > 0 ? Math.min(1, answered / outbound) : 0;
  }

  /**
   * The health of the relationship with {@code contact} on the summary's as-of day, its
   * reasons worded as for a tie that has not lapsed.
   *
   * @param cadence the contact's cadence (their own or their tier's)
   * @throws IllegalArgumentException when the summary is another contact's
   */
  public HealthReport assess(Relationship contact, Cadence cadence, TouchSummary summary) {
    return assess(contact, cadence, false, summary);
  }

  /**
   * The health of the relationship with {@code contact} on the summary's as-of day, where its
   * cadence stands as {@code status} says: a lapsed tie's recency reason names the day it is
   * measured from ("lapsed: last touch 2019-03-02") instead of thousands of days.
   *
   * @throws IllegalArgumentException when the summary is another contact's
   */
  public HealthReport assess(Relationship contact, CadenceStatus status, TouchSummary summary) {
    return assess(contact, status.cadence(), status.lapsed(), summary);
  }

  private HealthReport assess(Relationship contact, Cadence cadence, boolean lapsed, TouchSummary summary) {
    checkArgument(summary.contact().equals(contact.id()), "summary of %s given for contact %s", summary.contact(), contact.id());
    LocalDate asOf = summary.query().asOf();
    double[] sums = weightedSums(summary);
    double fo = sums[0];
    double fi = sums[1];

    double strength = 1 - Math.exp(-sums[2] / saturation());

    // With no cadence, recency halves with the fade's half-life: a tie untouched for months is not recent.
    double interval = cadence.nominalDays() > 0 ? cadence.nominalDays() : halfLifeDays();
    Optional<LocalDate> lastTouch = summary.lastTouch().map(summary.query()::dayOf);
    // Connecting is itself a touch: the later of the two counts, so an old touch logged after
    // the fact can never make a tie look staler than its connection.
    Optional<LocalDate> since = later(lastTouch, contact.connectedOn());
    long days = since.map(d -> Math.max(0, ChronoUnit.DAYS.between(d, asOf))).orElse(-1L);
    double recency = days < 0 ? 0 : Math.pow(2, -days / interval);

    double balance = fo + fi > 0 ? 2 * Math.min(fo, fi) / (fo + fi) : 0;
    double responsiveness = responsiveness(fo, sums[3]);
    double reciprocity = (balance + responsiveness) / 2;

    double strengthShare = 100 * strengthWeight() * strength;
    double recencyShare = 100 * recencyWeight() * recency;
    double reciprocityShare = 100 * reciprocityWeight() * reciprocity;
    double score = Math.min(100, Math.max(0, strengthShare + recencyShare + reciprocityShare));

    boolean isNew = summary.touchCount() == 0 && contact.connectedOn().isPresent() && days < interval;
    HealthBand band = isNew ? HealthBand.NEW : band(score);

    List<HealthReason> reasons = largestShareFirst(
        new HealthReason.Recency(clamp(recencyShare), since(lastTouch, contact.connectedOn()), days, cadence,
            lapsed && since.isPresent() ? since : Optional.empty()),
        new HealthReason.Strength(clamp(strengthShare), summary.recentCount(), recentWindowDays()),
        new HealthReason.Reciprocity(clamp(reciprocityShare), summary.outboundCount(), summary.inboundCount(),
            balanceWindowDays()));
    return new HealthReport(score, band, strength, recency, reciprocity, responsiveness, reasons);
  }

  /** The band of a score (never NEW, which depends on the touches). */
  public HealthBand band(double score) {
    if (score >= thrivingFrom()) {
      return HealthBand.THRIVING;
    } else if (score >= healthyFrom()) {
      return HealthBand.HEALTHY;
    } else if (score >= coolingFrom()) {
      return HealthBand.COOLING;
    } else if (score >= atRiskFrom()) {
      return HealthBand.AT_RISK;
    }
    return HealthBand.DORMANT;
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
  }

  /**
   * The reasons, the largest share first, equal ones in the order given: an insertion sort of
   * three, as a list sort through a comparator cost a quarter of assessing a whole network.
   */
  private static List<HealthReason> largestShareFirst(HealthReason... reasons) {
    for (int i = 1; i < reasons.length; i++) {
      for (int j = i; j > 0 && reasons[j].share() > reasons[j - 1].share(); j--) {
        HealthReason larger = reasons[j];
        reasons[j] = reasons[j - 1];
        reasons[j - 1] = larger;
      }
    }
    return List.of(reasons);
  }

  private static HealthReason.Since since(Optional<LocalDate> lastTouch, Optional<LocalDate> connected) {
    if (lastTouch.isEmpty()) {
      return connected.isEmpty() ? HealthReason.Since.NOTHING : HealthReason.Since.CONNECTED_NEVER_TOUCHED;
    }
    return connected.isPresent() && connected.get().isAfter(lastTouch.get())
        ? HealthReason.Since.CONNECTED_AFTER_TOUCH : HealthReason.Since.LAST_TOUCH;
  }

  private static double clamp(double share) {
    return Math.min(100, Math.max(0, share));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "HealthPolicy{halfLife=%s, weights=%s/%s/%s}",
        halfLifeDays(), strengthWeight(), recencyWeight(), reciprocityWeight());
  }
}
