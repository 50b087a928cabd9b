package dev.rapport.archfixture.leaky.core.domain;

import dev.rapport.archfixture.leaky.core.service.SomeService;

/** Breaks "the domain depends on nothing outside it". */
public class LeakyModel {
  SomeService service;
}
