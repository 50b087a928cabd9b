package dev.rapport.core.port.in;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.Suggestion;
import java.util.List;
import java.util.Optional;

/** Use case: who to contact this week, and how (the outreach agenda of SPEC §4). */
public interface PlanOutreachUseCase {

  /** The agenda the request asks for: suggestions in rank order, those over budget deferred with the reason. */
  Agenda agenda(AgendaRequest request);

  /**
   * What the agenda of {@code request} suggests for one contact, budget aside: the same
   * suggestion the whole agenda would rank, never deferred, worked out from that contact alone.
   * Empty when nothing is due for them over the request's horizon.
   *
   * @throws ContactNotFoundException when there is no such contact
   */
  Optional<Suggestion> suggestionFor(ContactId contact, AgendaRequest request);

  /**
   * The lapsed ties (more than two intervals overdue) the agenda of {@code request} would offer
   * as reconnections, every one of them, in the order they get its few places: by tier, then the
   * latest of connecting and the last touch, then responsiveness. Those with a reply, special day
   * or welcome due are on the agenda for that instead.
   */
  List<Suggestion> reconnections(AgendaRequest request);

  /** This week's agenda, from today in the owner's zone, with the profile's budget. */
  default Agenda agenda() {
    return agenda(AgendaRequest.thisWeek());
  }
}
