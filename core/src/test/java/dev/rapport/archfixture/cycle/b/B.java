package dev.rapport.archfixture.cycle.b;

import dev.rapport.archfixture.cycle.a.A;

/** The other half of a package cycle. */
public class B {
  A a;
}
