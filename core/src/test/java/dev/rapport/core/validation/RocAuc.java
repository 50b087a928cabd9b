package dev.rapport.core.validation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** ROC AUC of a score against a label, for the validations on real message networks (SPEC §3). */
public final class RocAuc {

  private RocAuc() {}

  /** The AUC by the Mann–Whitney statistic; tied scores share their mean rank. */
  public static <T> double of(List<T> items, ToDoubleFunction<T> score, Predicate<T> live) {
    double[] values = items.stream().mapToDouble(score).toArray();
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double positiveRankSum = 0;
    long positives = 0;
    for (int i = 0; i < order.length; ) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double meanRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (live.test(items.get(order[k]))) {
          positiveRankSum += meanRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = values.length - positives;
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
