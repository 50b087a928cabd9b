package dev.rapport.archfixture.impure.core.domain;

import java.time.Clock;
import java.time.LocalDate;

/** Obeys the clock rule, so its liveness test can show the rule is not simply blind to now(). */
public class ReadsAnInjectedClock {
  LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }
}
