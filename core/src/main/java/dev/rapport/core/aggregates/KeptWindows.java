package dev.rapport.core.aggregates;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.HealthPolicy;

/**
 * The windows a store keeps its {@link TouchStats} for, taken from the rules it serves: the
 * half-life the faded sums use and the window within which a touch answers another. Summaries
 * asked for with other windows cannot come from the kept stats; a store opened with other windows
 * than its stats were kept for rebuilds them.
 *
 * @param halfLifeDays days after which a touch counts half
 * @param answerWindowDays days within which an inbound touch answers an outbound one
 */
public record KeptWindows(double halfLifeDays, int answerWindowDays) {

  /** @throws IllegalArgumentException when the half-life is not positive or the answer window negative */
  public KeptWindows {
    checkArgument(halfLifeDays > 0 && Double.isFinite(halfLifeDays), "halfLifeDays must be positive: %s", halfLifeDays);
    checkArgument(answerWindowDays >= 0, "answerWindowDays must not be negative: %s", answerWindowDays);
  }

  /** The windows of a health policy. */
  public static KeptWindows of(HealthPolicy health) {
    checkNotNull(health, "health");
    return new KeptWindows(health.halfLifeDays(), health.answerWindowDays());
  }

  /** The windows of the default health policy. */
  public static KeptWindows defaults() {
    return of(HealthPolicy.defaults());
  }

  /** Whether stats kept for these windows answer the query: it fades and answers with the same windows. */
  public boolean serve(TouchSummaryQuery query) {
    return Double.compare(query.halfLifeDays(), halfLifeDays) == 0 && query.answerWindowDays() == answerWindowDays;
  }

  /** The fading rate: {@code ln 2 / (halfLifeDays · 86 400)} per second of age, as {@link TouchSummaryQuery#decayPerSecond}. */
  double decayPerSecond() {
    return Math.log(2) / (halfLifeDays * 86_400);
  }

  long answerWindowSeconds() {
    return answerWindowDays * 86_400L;
  }
}
