package dev.rapport.core.policy.analysis;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Goal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The owner's goals against the network: for each, how many contacts match, how many of those
 * are healthy or better, and the shortfall against the number wanted. Goals nobody matches come
 * first, then the largest shortfalls, then the profile's order.
 */
public final class GoalGapAnalysis {

  private GoalGapAnalysis() {}

  /**
   * One gap per goal, met goals included (with no shortfall).
   *
   * @param healthyOrBetter whether a contact's relationship is HEALTHY or THRIVING
   */
  public static List<Gap.GoalGap> gaps(List<Goal> goals, List<Contact> contacts, Predicate<Contact> healthyOrBetter) {
    Function<String, String> normalize = Terms.memo();
    List<GoalMatcher> matchers = goals.stream().map(goal -> new GoalMatcher(goal, normalize)).toList();
    int[] have = new int[goals.size()];
    int[] healthy = new int[goals.size()];
    for (Contact contact : contacts) {
      if (contact.archived()) {
        continue;
      }
      Boolean isHealthy = null;
      for (int i = 0; i < matchers.size(); i++) {
        if (matchers.get(i).matches(contact)) {
          have[i]++;
          if (isHealthy == null) {
            isHealthy = healthyOrBetter.test(contact);
          }
          healthy[i] += isHealthy ? 1 : 0;
        }
      }
    }
    List<Gap.GoalGap> gaps = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      gaps.add(new Gap.GoalGap(goals.get(i), have[i], healthy[i]));
    }
    gaps.sort(Comparator.comparing((Gap.GoalGap g) -> g.have() > 0)
        .thenComparing(Comparator.comparingInt(Gap.GoalGap::shortfall).reversed()));
    return ImmutableList.copyOf(gaps);
  }
}
