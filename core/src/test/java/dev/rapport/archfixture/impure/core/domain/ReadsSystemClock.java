package dev.rapport.archfixture.impure.core.domain;

import java.time.LocalDate;

/** Breaks "core reads time only from a clock". */
public class ReadsSystemClock {
  LocalDate today() {
    return LocalDate.now();
  }
}
