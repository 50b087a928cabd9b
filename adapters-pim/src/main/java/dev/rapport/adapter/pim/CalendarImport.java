package dev.rapport.adapter.pim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.imports.ImportSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * An iCalendar file ({@code .ics}, as Google Calendar, Outlook or Apple Calendar export it) read as
 * touches: each occurrence of an event whose attendees or organizer include a known contact (by
 * e-mail) is a MEETING touch (MUTUAL) for that contact on its start, with the minutes of its
 * duration. Recurring events (RRULE, RDATE, EXDATE, overridden occurrences) count each occurrence
 * up to the as-of instant; cancelled events, events the owner declined and declined attendees are
 * left out; UID and recurrence id make a re-import add nothing. Read with biweekly.
 */
public final class CalendarImport {

  /**
   * The calendar import's policy.
   *
   * @param maxOccurrences at most this many occurrences of one recurring event are counted (the most recent are kept)
   */
  public record Policy(int maxOccurrences) {

    /** @throws IllegalArgumentException when a number is out of range */
    public Policy {
      checkArgument(maxOccurrences >= 1, "calendar policy maxOccurrences must be at least 1: %s", maxOccurrences);
    }

    /** Ten years of a daily event. */
    public static Policy defaults() {
      return new Policy(3_660);
    }
  }

  private final Path file;
  private final List<String> ownerAddresses;
  private final Instant asOf;
  private final ZoneId zone;
  private final Policy policy;

  private CalendarImport(Path file, List<String> ownerAddresses, Instant asOf, ZoneId zone, Policy policy) {
    this.file = file;
    this.ownerAddresses = ownerAddresses;
    this.asOf = asOf;
    this.zone = zone;
    this.policy = policy;
  }

  /**
   * The calendar {@code file} of the owner whose addresses are {@code ownerAddresses} (they are
   * never touched, and an event they declined is left out; may be empty), counting occurrences that
   * start up to {@code asOf}; times without a zone ("floating") are read in {@code zone}.
   */
  public static CalendarImport of(Path file, Collection<String> ownerAddresses, Instant asOf, ZoneId zone) {
    checkNotNull(file, "calendar file");
    checkNotNull(ownerAddresses, "owner addresses");
    return new CalendarImport(file, List.copyOf(ownerAddresses), checkNotNull(asOf, "as-of"),
        checkNotNull(zone, "zone"), Policy.defaults());
  }

  /** This calendar read with {@code policy}. */
  public CalendarImport withPolicy(Policy policy) {
    return new CalendarImport(file, ownerAddresses, asOf, zone, checkNotNull(policy, "calendar policy"));
  }

  /** The import source. */
  public ImportSource source() {
    return new CalendarSource(file, ownerAddresses, asOf, zone, policy);
  }
}
