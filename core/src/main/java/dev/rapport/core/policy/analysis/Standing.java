package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.HealthReport;
import java.util.List;

/**
 * What the analysis needs to know of a contact's relationship health: its band, score and
 * reasons, whether that counts as healthy or better, and whether the tie is at risk or dormant.
 */
public record Standing(String band, int score, boolean healthyOrBetter, boolean atRiskOrWorse, List<String> reasons) {

  /**
   * The standing a health report gives: healthy or better for HEALTHY and THRIVING, at risk or
   * worse for AT_RISK and DORMANT, the score rounded.
   */
  public static Standing of(HealthReport report) {
    HealthBand band = report.band();
    return new Standing(band.name(), (int) Math.round(report.score()), band.healthyOrBetter(),
        band == HealthBand.AT_RISK || band == HealthBand.DORMANT, report.reasonTexts());
  }

  /** @throws IllegalArgumentException for a score outside 0 to 100, or healthy and at risk at once */
  public Standing {
    checkNotNull(band, "band");
    if (!(score >= 0 && score <= 100)) { // not checkArgument: it would box the score of every contact
      throw new IllegalArgumentException("standing score must be between 0 and 100: " + score);
    }
    checkArgument(!(healthyOrBetter && atRiskOrWorse), "a standing cannot be healthy and at risk at once: %s", band);
    reasons = ImmutableList.copyOf(reasons);
  }
}
