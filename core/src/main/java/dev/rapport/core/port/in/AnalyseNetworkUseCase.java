package dev.rapport.core.port.in;

import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.policy.analysis.Introduction;
import dev.rapport.core.policy.analysis.Recipient;
import java.time.LocalDate;
import java.util.List;

/**
 * Use case: see the gaps in your network (SPEC §5) — what it is made of, what it lacks for the
 * owner's goals, which ties cool or run one way, whose files are thin — and bring people
 * together: who should get a resource, whom to introduce to whom.
 */
public interface AnalyseNetworkUseCase {

  /** The analysis as of today in the owner's zone. */
  NetworkAnalysis analyse();

  /** The analysis as of {@code asOf}. */
  NetworkAnalysis analyse(LocalDate asOf);

  /**
   * The contacts the resource suits and who have not had it yet, most relevant first.
   *
   * @throws ResourceNotFoundException when there is no such resource
   */
  List<Recipient> recipients(ResourceId resource);

  /** Suggested introductions: one contact's goals against another's offers, not introduced yet. */
  List<Introduction> introductions();
}
