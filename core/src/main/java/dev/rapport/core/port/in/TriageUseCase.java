package dev.rapport.core.port.in;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.policy.analysis.TriageCandidate;
import java.util.List;

/**
 * Use case: sort the contacts an import brought in into tiers (SPEC §9's {@code triage}), most
 * promising first, so an app can build its own onboarding on it.
 */
public interface TriageUseCase {

  /**
   * The untriaged contacts (archived ones left out), most promising first, each with its signals
   * named: recent touches either way, a recent connection, a company, industry or role that meets
   * one of the owner's goals, a birthday or notes on file.
   */
  List<TriageCandidate> queue(TriageQueueRequest request);

  /**
   * Gives a contact the tier the owner chose, which takes it out of the triage queue.
   *
   * @throws ContactNotFoundException when there is no such contact
   */
  Contact setTier(SetTierCommand command);

  /** How many contacts are waiting to be triaged, archived ones left out. */
  int untriagedCount();
}
