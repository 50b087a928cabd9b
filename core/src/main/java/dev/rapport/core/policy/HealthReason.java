package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Cadence;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One reason behind a health score, with its share: the points (out of 100) its factor adds.
 * Each reason keeps the facts it rests on and writes its text when asked: a whole network's
 * health needs the scores, and only the reasons shown need words.
 */
public sealed interface HealthReason {

  /** Points of the score from this factor, 0 to 100. */
  double share();

  /** What it says, such as "last touch 47 days ago; cadence monthly". */
  String text();

  /** Where the recency of the tie is measured from. */
  enum Since {
    /** The last touch. */
    LAST_TOUCH,
    /** The day connected, there being no touch. */
    CONNECTED_NEVER_TOUCHED,
    /** The day connected, which came after the last touch. */
    CONNECTED_AFTER_TOUCH,
    /** Nothing: no touch and no day connected. */
    NOTHING
  }

  /**
   * Recency: how long ago the last touch (or the connection) was, against the cadence.
   *
   * @param days days since then; ignored for {@link Since#NOTHING}
   * @param lapsedSince for a lapsed tie (SPEC §2), the day it is measured from: the reason then
   *     names that day ("lapsed: last touch 2019-03-02"), as years counted in days help nobody
   */
  record Recency(double share, Since since, long days, Cadence cadence, Optional<LocalDate> lapsedSince)
      implements HealthReason {
    public Recency {
      checkShare(share);
      checkNotNull(since, "since");
      checkNotNull(cadence, "cadence");
      checkNotNull(lapsedSince, "lapsedSince");
      checkArgument(lapsedSince.isEmpty() || since != Since.NOTHING, "a lapsed tie is measured from a day");
    }

    /** The recency of a tie that has not lapsed. */
    public Recency(double share, Since since, long days, Cadence cadence) {
      this(share, since, days, cadence, Optional.empty());
    }

    @Override
    public String text() {
      String cadenceText = "; cadence " + cadence.phrase();
      if (since == Since.NOTHING) {
        return "never touched, date connected unknown" + cadenceText;
      }
      if (lapsedSince.isPresent()) {
        String day = lapsedSince.get().toString();
        return switch (since) {
          case LAST_TOUCH -> "lapsed: last touch " + day;
          case CONNECTED_NEVER_TOUCHED -> "lapsed: connected " + day + ", never in touch";
          default -> "lapsed: connected " + day;
        } + cadenceText;
      }
      String ago = days == 0 ? "today" : days + (days == 1 ? " day" : " days") + " ago";
      String from = switch (since) {
        case LAST_TOUCH -> "last touch ";
        case CONNECTED_NEVER_TOUCHED -> "no touch yet, connected ";
        default -> "connected ";
      };
      return from + ago + cadenceText;
    }
  }

  /** Strength: the touches of the recent window. */
  record Strength(double share, int touches, int windowDays) implements HealthReason {
    public Strength {
      checkShare(share);
    }

    @Override
    public String text() {
      return touches + (touches == 1 ? " touch" : " touches") + " in the last " + windowDays + " days";
    }
  }

  /** Reciprocity: the touches each way over the balance window. */
  record Reciprocity(double share, int outbound, int inbound, int windowDays) implements HealthReason {
    public Reciprocity {
      checkShare(share);
    }

    @Override
    public String text() {
      String window = windowDays % 365 == 0 ? (windowDays / 365 * 12) + " months" : "the last " + windowDays + " days";
      return outbound + " outbound, " + inbound + " inbound in " + window;
    }
  }

  private static void checkShare(double share) {
    checkArgument(share >= 0 && share <= 100, "reason share must be within [0, 100]: %s", share);
  }
}
