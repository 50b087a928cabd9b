package dev.rapport.archfixture.leaky.core.policy;

import dev.rapport.archfixture.leaky.core.domain.LeakyModel;
import dev.rapport.archfixture.leaky.core.service.SomeService;

/** Breaks the layering: a policy reaching up into a service. */
public class RuleCallingAService {
  SomeService service = new SomeService();
  LeakyModel model;
}
