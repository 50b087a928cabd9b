package dev.rapport.shell.bootstrap;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.service.Rapport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** Builds Rapport over an open storage, with "today" fixed by {@code --as-of} or the real clock. */
public final class Wiring {

  /** The time of day an {@code --as-of} day is taken at: midday keeps every zone on the same date. */
  public static final LocalTime AS_OF_TIME = LocalTime.NOON;

  /**
   * Where a use case's side-by-side work runs (a large network's reads, half of an agenda), so
   * that it uses two cores at once: threads made when needed, daemons so that they never hold the
   * shell open.
   */
  private static final Executor HELPER = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "rapport-helper");
    thread.setDaemon(true);
    return thread;
  });

  private Wiring() {}

  /**
   * Rapport over {@code storage}; with {@code asOf}, its clock stands still at midday of that day
   * in the owner's zone, otherwise it is the system clock in that zone.
   */
  public static Rapport rapport(Storage storage, Optional<LocalDate> asOf) {
    ZoneId zone = Rapport.over(storage, Clock.systemUTC()).profile().profile().zone();
    return Rapport.over(storage, clock(zone, asOf)).withHelper(HELPER);
  }

  /** The clock for {@code asOf} in {@code zone}. */
  public static Clock clock(ZoneId zone, Optional<LocalDate> asOf) {
    return asOf.map(day -> Clock.fixed(day.atTime(AS_OF_TIME).atZone(zone).toInstant(), zone))
        .orElseGet(() -> Clock.system(zone));
  }

  /** The zone of an owner who has saved no profile yet. */
  public static ZoneId defaultZone() {
    return OwnerProfile.defaults().zone();
  }
}
