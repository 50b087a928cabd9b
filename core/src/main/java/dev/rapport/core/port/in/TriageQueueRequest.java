package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which part of the triage queue to read.
 *
 * @param asOf the day the signals are measured from; empty for today in the owner's zone
 * @param limit at most this many candidates; empty for all
 */
public record TriageQueueRequest(Optional<LocalDate> asOf, OptionalInt limit) {

  /** @throws IllegalArgumentException for a limit below one */
  public TriageQueueRequest {
    checkNotNull(asOf, "asOf");
    checkNotNull(limit, "limit");
    checkArgument(limit.orElse(1) >= 1, "limit must be positive: %s", limit.orElse(1));
  }

  /** The whole queue, as of today. */
  public static TriageQueueRequest all() {
    return new TriageQueueRequest(Optional.empty(), OptionalInt.empty());
  }

  /** The whole queue as of {@code asOf}. */
  public static TriageQueueRequest asOf(LocalDate asOf) {
    return new TriageQueueRequest(Optional.of(asOf), OptionalInt.empty());
  }

  /** The same request, at most {@code limit} candidates. @throws IllegalArgumentException when below one */
  public TriageQueueRequest withLimit(int limit) {
    return new TriageQueueRequest(asOf, OptionalInt.of(limit));
  }
}
