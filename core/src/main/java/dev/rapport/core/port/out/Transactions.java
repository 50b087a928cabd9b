package dev.rapport.core.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port that makes a use case's writes one unit: all of them happen, or none does.
 * Nested calls join the outer transaction.
 */
public interface Transactions {

  /** Runs the work in one transaction and returns its result; any exception rolls everything back. */
  <T> T inTransaction(Supplier<T> work);

  /** Runs the work in one transaction; any exception rolls everything back. */
  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
