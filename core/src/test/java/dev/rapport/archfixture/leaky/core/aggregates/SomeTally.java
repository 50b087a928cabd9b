package dev.rapport.archfixture.leaky.core.aggregates;

import dev.rapport.archfixture.leaky.core.domain.LeakyModel;

/** The kept-aggregates toolkit of the fixture, computing from the model as the real one does. */
public class SomeTally {
  LeakyModel model;
}
