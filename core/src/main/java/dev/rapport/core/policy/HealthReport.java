package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The health of one relationship (SPEC §3): a score from 0 to 100, its band, the three factors
 * it is made of (each from 0 to 1) and the reasons, each with its share of the score.
 *
 * @param score 0 to 100
 * @param band the band of the score (or NEW)
 * @param strength {@code 1 − e^(−F / saturation)}
 * @param recency {@code 2^(−d / T)}
 * @param reciprocity the mean of balance and responsiveness
 * @param responsiveness the faded share of the owner's touches answered within the window
 * @param reasons why, the largest share first
 */
public record HealthReport(
    double score, HealthBand band, double strength, double recency, double reciprocity,
    double responsiveness, List<HealthReason> reasons) {

  /** @throws IllegalArgumentException when a number is out of its range */
  public HealthReport {
    if (!(score >= 0 && score <= 100)) { // not checkArgument: it would box the score of every contact
      throw new IllegalArgumentException("health score must be within [0, 100]: " + score);
    }
    checkNotNull(band, "band");
    checkArgument(strength >= 0 && strength <= 1, "strength must be within [0, 1]: %s", strength);
    checkArgument(recency >= 0 && recency <= 1, "recency must be within [0, 1]: %s", recency);
    checkArgument(reciprocity >= 0 && reciprocity <= 1, "reciprocity must be within [0, 1]: %s", reciprocity);
    checkArgument(responsiveness >= 0 && responsiveness <= 1, "responsiveness must be within [0, 1]: %s", responsiveness);
    reasons = List.copyOf(reasons);
  }

  /** The reasons as text, the largest share first. */
  public List<String> reasonTexts() {
    return reasons.stream().map(HealthReason::text).toList();
  }
}
