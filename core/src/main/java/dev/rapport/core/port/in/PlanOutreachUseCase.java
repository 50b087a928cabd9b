package dev.rapport.core.port.in;

import dev.rapport.core.policy.Agenda;

/** Use case: who to contact this week, and how (the outreach agenda of SPEC §4). */
public interface PlanOutreachUseCase {

  /** The agenda the request asks for: suggestions in rank order, those over budget deferred with the reason. */
  Agenda agenda(AgendaRequest request);

  /** This week's agenda, from today in the owner's zone, with the profile's budget. */
  default Agenda agenda() {
    return agenda(AgendaRequest.thisWeek());
  }
}
