package dev.rapport.archfixture.cycle.a;

import dev.rapport.archfixture.cycle.b.B;

/** One half of a package cycle. */
public class A {
  B b;
}
