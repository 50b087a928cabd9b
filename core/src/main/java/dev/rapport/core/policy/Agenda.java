package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The outreach agenda for a horizon: suggestions in rank order, the ones over budget marked
 * deferred with the reason.
 *
 * @param asOf the first day
 * @param horizonDays the days covered
 * @param budgetMinutes the minutes available
 * @param outreachThisMonth the owner's outbound touches so far this month
 * @param minOutreachPerMonth the start-small minimum
 * @param suggestions every suggestion, in rank order, deferred ones included
 * @param lapsedUnplanned lapsed contacts beyond the reconnections planned: neither planned nor
 *     deferred, only counted ({@code PlanOutreachUseCase.reconnections} lists them)
 */
public record Agenda(
    LocalDate asOf, int horizonDays, int budgetMinutes, int outreachThisMonth, int minOutreachPerMonth,
    List<Suggestion> suggestions, int lapsedUnplanned) {

  /** Copies the suggestions. @throws IllegalArgumentException for a negative count of lapsed contacts */
  public Agenda {
    checkNotNull(asOf, "asOf");
    checkArgument(lapsedUnplanned >= 0, "lapsedUnplanned must not be negative: %s", lapsedUnplanned);
    suggestions = List.copyOf(suggestions);
  }

  /** An agenda with no lapsed contact left unplanned. */
  public Agenda(LocalDate asOf, int horizonDays, int budgetMinutes, int outreachThisMonth, int minOutreachPerMonth,
      List<Suggestion> suggestions) {
    this(asOf, horizonDays, budgetMinutes, outreachThisMonth, minOutreachPerMonth, suggestions, 0);
  }

  /** The suggestions that fit the budget (or keep the start-small minimum), in rank order. */
  public List<Suggestion> planned() {
    return suggestions.stream().filter(s -> !s.deferred()).toList();
  }

  /** The suggestions over budget, in rank order. */
  public List<Suggestion> deferred() {
    return suggestions.stream().filter(Suggestion::deferred).toList();
  }

  /** The minutes the planned suggestions take. */
  public int plannedMinutes() {
    return planned().stream().mapToInt(Suggestion::minutes).sum();
  }
}
