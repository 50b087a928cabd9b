package dev.rapport.core.service;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.AgendaPlanner;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.PlanOutreachUseCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class OutreachService implements PlanOutreachUseCase {

  private final NetworkReader reader;
  private final AgendaPlanner planner;

  OutreachService(NetworkReader reader) {
    this.reader = reader;
    this.planner = new AgendaPlanner(reader.rules(), reader.helper());
  }

  @Override
  public Agenda agenda(AgendaRequest request) {
    OwnerProfile profile = reader.profile();
    int horizon = horizon(request);
    // The profile's budget is weekly; a longer or shorter horizon gets its share of it.
    int budget = request.budgetMinutes().orElse((int) Math.round(profile.weeklyBudgetMinutes() * horizon / 7.0));
    return planner.plan(reader.network(asOf(request, profile), profile, horizon), horizon, budget,
        profile.minOutreachPerMonth());
  }

  @Override
  public Optional<Suggestion> suggestionFor(ContactId contact, AgendaRequest request) {
    OwnerProfile profile = reader.profile();
    // No budget and no monthly minimum: they weigh contacts against each other, and here is only one.
    return planner.plan(reader.networkOf(contact, asOf(request, profile), profile), horizon(request), Integer.MAX_VALUE, 0)
        .suggestions().stream().findFirst();
  }

  @Override
  public List<Suggestion> reconnections(AgendaRequest request) {
    OwnerProfile profile = reader.profile();
    int horizon = horizon(request);
    return planner.reconnections(reader.network(asOf(request, profile), profile, horizon), horizon);
  }

  private LocalDate asOf(AgendaRequest request, OwnerProfile profile) {
    return request.asOf().orElseGet(() -> reader.today(profile));
  }

  private int horizon(AgendaRequest request) {
    return request.horizonDays().orElse(reader.rules().agenda().horizonDays());
  }
}
