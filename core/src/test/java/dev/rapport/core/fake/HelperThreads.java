package dev.rapport.core.fake;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** A helper for {@code Rapport.withHelper} as the shell has one, for tests and benchmarks. */
public final class HelperThreads {

  private HelperThreads() {}

  /** Threads made when needed and kept while they are reused; daemons, so that they never hold a JVM open. */
  public static Executor daemons(String name) {
    return Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
