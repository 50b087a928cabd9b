package dev.rapport.archfixture.leaky.core.port.out;

import dev.rapport.archfixture.leaky.core.domain.LeakyModel;
import dev.rapport.archfixture.leaky.core.policy.SomeAnalysis;

/** Breaks "port.out depends on domain only": an outgoing port handing out a policy's value. */
public interface AnalysisRepository {
  SomeAnalysis analyse(LeakyModel model);
}
