package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Rhythm;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the next outreach to a contact is due (SPEC §2): each tier's default cadence, a
 * contact's own cadence over it, the half-interval rule, fixed schedules, snoozes, overdue
 * days and ratio, and replies due on unanswered inbound touches.
 */
@Value.Immutable
public abstract class CadencePolicy {

  /** Starts a policy; every parameter has the SPEC's default. */
  public static ImmutableCadencePolicy.Builder builder() {
    return ImmutableCadencePolicy.builder();
  }

  /** The SPEC's defaults: INNER weekly, CLOSE every two weeks, ACTIVE monthly, WIDER quarterly, ACQUAINTANCE twice a year. */
  public static CadencePolicy defaults() {
    return builder().build();
  }

  /** Each tier's default cadence; every tier must have one. */
  @Value.Default
  public Map<Tier, Cadence> tierCadences() {
    return ImmutableMap.of(
        Tier.INNER, Cadence.weekly(),
        Tier.CLOSE, Cadence.everyWeeks(2),
        Tier.ACTIVE, Cadence.monthly(),
        Tier.WIDER, Cadence.quarterly(),
        Tier.ACQUAINTANCE, Cadence.twiceAYear());
  }

  /**
   * An unanswered inbound touch makes a reply due only while it is at most this many days old;
   * older ones are left to the cadence (imported message histories hold years of them).
   */
  @Value.Default
  public int replyWithinDays() {
    return 30;
  }

  /**
   * Intervals overdue beyond which a contact is lapsed (SPEC §2): its overdue ratio counts as
   * this many, and it comes back as a reconnection, not as a missed touch. A contact awaiting a
   * reply is not lapsed: the reply comes first.
   */
  @Value.Default
  public double lapsedAfterIntervals() {
    return 2;
  }

  /**
   * Where fixed schedules of plain intervals (every N days, weeks or months, with no anchor of
   * their own) start when the contact has no date connected: 1970-01-01, so "fixed: quarterly"
   * falls on the first of January, April, July and October.
   */
  @Value.Default
  public LocalDate fixedScheduleEpoch() {
    return LocalDate.EPOCH;
  }

  @Value.Check
  protected void check() {
    for (Tier tier : Tier.values()) {
      checkArgument(tierCadences().containsKey(tier), "tierCadences must hold every tier, missing: %s", tier);
    }
    checkArgument(replyWithinDays() >= 0, "replyWithinDays must not be negative: %s", replyWithinDays());
    checkArgument(lapsedAfterIntervals() > 0, "lapsedAfterIntervals must be positive: %s", lapsedAfterIntervals());
  }

  /** The contact's own cadence, or else their tier's. */
  public Cadence cadenceFor(Relationship contact) {
    return contact.cadence().orElseGet(() -> tierCadences().get(contact.tier()));
  }

  /**
   * The next due day after a touch (or the connection) on {@code since}. From the last touch:
   * the first cadence date at least half an interval after {@code since}. On a fixed schedule:
   * the first cadence date after {@code since}. Empty when the cadence is none.
   *
   * @param anchor where plain intervals on a fixed schedule count from
   */
  public Optional<LocalDate> nextDue(Cadence cadence, LocalDate since, LocalDate anchor) {
    checkNotNull(since, "since");
    Rhythm rhythm = cadence.rhythm();
    int interval = cadence.nominalDays();
    if (interval == 0) {
      return Optional.empty();
    }
    if (!cadence.fixedSchedule()) {
      // Plain intervals count from the touch itself: their cadence date is one interval on.
      if (rhythm instanceof Rhythm.EveryDays r) {
        return Optional.of(since.plusDays(r.days()));
      }
      if (rhythm instanceof Rhythm.EveryWeeks r && r.anchor().isEmpty()) {
        return Optional.of(since.plusWeeks(r.weeks()));
      }
      if (rhythm instanceof Rhythm.EveryMonths r) {
        return Optional.of(since.plusMonths(r.months()));
      }
      long half = (interval + 1) / 2;
      return Optional.of(firstOnOrAfter(rhythm, since.plusDays(half), anchor));
    }
    return Optional.of(firstOnOrAfter(rhythm, since.plusDays(1), anchor));
  }

  /**
   * Where the contact's cadence stands as of the summary's day: next due (after any snooze),
   * overdue days and ratio, whether the tie has lapsed (its ratio then counts as
   * {@link #lapsedAfterIntervals()}), and whether a reply is due.
   */
  public CadenceStatus status(Relationship contact, TouchSummary summary) {
    // Plain nulls inside, Optionals only in the result: it runs for every contact of a network,
    // and each Optional and lambda is an allocation that a short-lived process does not optimize away.
    TouchSummaryQuery query = summary.query();
    LocalDate asOf = query.asOf();
    Cadence cadence = cadenceFor(contact);
    int interval = cadence.nominalDays();
    LocalDate connectedOn = contact.connectedOn().orElse(null);
    LocalDate snoozedUntil = contact.snoozedUntil().orElse(null);
    LocalDate due = null;
    if (interval != 0) {
      Instant lastOutbound = summary.lastOutbound().orElse(null);
      LocalDate since = lastOutbound != null ? query.dayOf(lastOutbound) : connectedOn;
      due = since == null ? asOf
          : nextDue(cadence, since, connectedOn != null ? connectedOn : fixedScheduleEpoch()).orElseThrow();
    }
    if (due != null && snoozedUntil != null && snoozedUntil.isAfter(due)) {
      due = snoozedUntil;
    }
    long overdue = due == null ? 0 : Math.max(0, asOf.toEpochDay() - due.toEpochDay());
    double ratio = interval == 0 ? 0.0 : overdue / (double) interval;
    Optional<LocalDate> snoozed = snoozedUntil != null && snoozedUntil.isAfter(asOf) ? Optional.of(snoozedUntil) : Optional.empty();
    Optional<LocalDate> reply = Optional.empty();
    if (summary.awaitsReply()) {
      LocalDate inbound = query.dayOf(summary.lastInbound().orElseThrow());
      if (asOf.toEpochDay() - inbound.toEpochDay() <= replyWithinDays()) {
        reply = Optional.of(snoozed.orElse(inbound));
      }
    }
    // Someone who wrote and awaits a reply is no lapsed tie, however long since the owner last wrote.
    boolean lapsed = ratio > lapsedAfterIntervals() && reply.isEmpty();
    if (lapsed) {
      ratio = lapsedAfterIntervals();
    }
    return new CadenceStatus(cadence, Optional.ofNullable(due), overdue, ratio, lapsed, reply, snoozed);
  }

  /** The first day on or after {@code from} that the rhythm's calendar holds. */
  static LocalDate firstOnOrAfter(Rhythm rhythm, LocalDate from, LocalDate anchor) {
    if (rhythm instanceof Rhythm.WeeklyOn r) {
      return from.with(TemporalAdjusters.nextOrSame(r.day()));
    }
    if (rhythm instanceof Rhythm.MonthlyOnDay r) {
      LocalDate inMonth = onDay(from, r.day());
      return inMonth.isBefore(from) ? onDay(from.plusMonths(1), r.day()) : inMonth;
    }
    if (rhythm instanceof Rhythm.MonthlyOnLastDay) {
      return from.with(TemporalAdjusters.lastDayOfMonth());
    }
    if (rhythm instanceof Rhythm.MonthlyOnWeekday r) {
      LocalDate inMonth = onWeekday(from, r.ordinal(), r.day());
      return inMonth.isBefore(from) ? onWeekday(from.plusMonths(1), r.ordinal(), r.day()) : inMonth;
    }
    if (rhythm instanceof Rhythm.EveryDays r) {
      return onStep(from, anchor, r.days());
    }
    if (rhythm instanceof Rhythm.EveryWeeks r) {
      return onStep(from, r.anchor().orElse(anchor), 7L * r.weeks());
    }
    if (rhythm instanceof Rhythm.EveryMonths r) {
      long months = ChronoUnit.MONTHS.between(anchor, from);
      long k = Math.floorDiv(months, r.months()) - 1;
      LocalDate day = anchor.plusMonths(k * r.months());
      while (day.isBefore(from)) {
        k++;
        day = anchor.plusMonths(k * r.months());
      }
      return day;
    }
    throw new IllegalArgumentException("cadence has no calendar: " + rhythm);
  }

  private static LocalDate onStep(LocalDate from, LocalDate anchor, long step) {
    long offset = Math.floorMod(ChronoUnit.DAYS.between(anchor, from), step);
    return offset == 0 ? from : from.plusDays(step - offset);
  }

  private static LocalDate onDay(LocalDate month, int day) {
    return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
  }

  private static LocalDate onWeekday(LocalDate month, int ordinal, DayOfWeek day) {
    return ordinal == -1 ? month.with(TemporalAdjusters.lastInMonth(day))
        : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
  }
}
