package dev.rapport.adapter.pim;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/** An .ics file read as an import source: the rules of {@link CalendarImport}, event by event. */
final class CalendarSource implements ImportSource {

  static final String CANCELLED = "cancelled event";
  static final String DECLINED = "event you declined";
  static final String NO_START = "event without a start";
  static final String NO_ATTENDEES = "event without attendees";
  static final String NOT_YET = "event after the as-of day";
  static final String UNREADABLE = "unreadable event";

  private record Occurrence(Instant start, String key) {}

  private final Path file;
  private final String fileName;
  private final Set<String> owner;
  private final Instant asOf;
  private final ZoneId zone;
  private final CalendarImport.Policy policy;

  CalendarSource(Path file, List<String> ownerAddresses, Instant asOf, ZoneId zone, CalendarImport.Policy policy) {
    this.file = file;
    this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    this.owner = ownerAddresses.stream().map(MatchKeys::email).collect(Collectors.toUnmodifiableSet());
    this.asOf = asOf;
    this.zone = zone;
    this.policy = policy;
  }

  @Override
  public String source() {
    return "ics " + fileName;
  }

  @Override
  public boolean distinctContacts() {
    return false;
  }

  @Override
  public boolean addressBook() {
    return false;
  }

  @Override
  public ImportBatch read(Contacts contacts) {
    ImmutableImportBatch.Builder batch = ImportBatch.builder().source(source());
    List<ICalendar> calendars;
    try (InputStream in = Files.newInputStream(file); ICalReader reader = new ICalReader(in)) {
      reader.setDefaultTimezone(TimeZone.getTimeZone(zone));
      calendars = reader.readAll();
    } catch (IOException e) {
      throw new ImportException(new ImportProblem(fileName, 0, 0, "could not read the file: " + e.getMessage()), e);
    } catch (RuntimeException e) {
      return batch.addProblems(new ImportProblem(fileName, 0, 0, "expected an iCalendar file (RFC 5545): " + e)).build();
    }
    if (calendars.isEmpty()) {
      return batch.addProblems(new ImportProblem(fileName, 1, 0,
          "expected an iCalendar file (RFC 5545): no BEGIN:VCALENDAR ... END:VCALENDAR found")).build();
    }
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Set<String> overridden = new HashSet<>();
    for (ICalendar calendar : calendars) {
      for (VEvent event : calendar.getEvents()) {
        try {
          if (event.getUid() != null && event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null) {
            overridden.add(event.getUid().getValue() + "/" + event.getRecurrenceId().getValue().toInstant());
          }
        } catch (RuntimeException odd) {
          // read again below, where it is counted
        }
      }
    }
    for (ICalendar calendar : calendars) {
      for (VEvent event : calendar.getEvents()) {
        String reason;
        try {
          reason = touches(event, calendar.getTimezoneInfo(), overridden, batch);
        } catch (RuntimeException odd) {
          reason = UNREADABLE;
        }
        if (reason != null) {
          skipped.merge(reason, 1, Integer::sum);
        }
      }
    }
    return batch.skippedFor(skipped).build();
  }

  /** Adds the event's touches to the batch; returns why it has none, or null. */
  private String touches(VEvent event, TimezoneInfo zones, Set<String> overridden, ImmutableImportBatch.Builder batch) {
    if (event.getStatus() != null && event.getStatus().isCancelled()) {
      return CANCELLED;
    }
    DateStart start = event.getDateStart();
    if (start == null || start.getValue() == null) {
      return NO_START;
    }
    Set<String> people = new LinkedHashSet<>();
    for (Attendee attendee : event.getAttendees()) {
      String email = address(attendee.getEmail(), attendee.getUri());
      if (email == null) {
        continue;
      }
      boolean declined = ParticipationStatus.DECLINED.equals(attendee.getParticipationStatus());
      if (owner.contains(email)) {
        if (declined) {
          return DECLINED;
        }
      } else if (!declined) {
        people.add(email);
      }
    }
    if (event.getOrganizer() != null) {
      String organizer = address(event.getOrganizer().getEmail(), event.getOrganizer().getUri());
      if (organizer != null && !owner.contains(organizer)) {
        people.add(organizer);
      }
    }
    if (people.isEmpty()) {
      return NO_ATTENDEES;
    }
    List<Occurrence> occurrences = occurrences(event, start, zones, overridden);
    if (occurrences.isEmpty()) {
      return NOT_YET;
    }
    OptionalInt minutes = minutes(event, start.getValue());
    String summary = event.getSummary() == null || event.getSummary().getValue() == null ? ""
        : event.getSummary().getValue().strip();
    Origin origin = Origin.file(fileName);
    for (Occurrence occurrence : occurrences) {
      for (String email : people) {
        TouchDraft touch = new TouchDraft(ContactRef.person(null, email, null), occurrence.start(), Direction.MUTUAL,
            InteractionKind.MEETING, Optional.empty(), summary, minutes, Optional.empty(), Optional.empty(), origin,
            Optional.ofNullable(occurrence.key()));
        batch.addTouches(touch);
      }
    }
    return null;
  }

  /** The occurrences starting up to the as-of instant, the most recent the policy allows; each with its key. */
  private List<Occurrence> occurrences(VEvent event, DateStart start, TimezoneInfo zones, Set<String> overridden) {
    String uid = event.getUid() == null || event.getUid().getValue() == null || event.getUid().getValue().isBlank()
        ? null : event.getUid().getValue().strip();
    Instant first = start.getValue().toInstant();
    if (event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null) {
      Instant recurrence = event.getRecurrenceId().getValue().toInstant();
      return first.isAfter(asOf) ? List.of() : List.of(new Occurrence(first, uid == null ? null : uid + "/" + recurrence));
    }
    boolean recurs = event.getRecurrenceRule() != null || !event.getRecurrenceDates().isEmpty();
    if (!recurs) {
      return first.isAfter(asOf) ? List.of() : List.of(new Occurrence(first, uid));
    }
    Deque<Occurrence> kept = new ArrayDeque<>();
    DateIterator dates = event.getDateIterator(timeZone(start, zones));
    long stepsLeft = 100L * policy.maxOccurrences(); // a hostile rule (every second since 1970) stops here
    while (dates.hasNext() && stepsLeft-- > 0) {
      Instant at = dates.next().toInstant();
      if (at.isAfter(asOf)) {
        break;
      }
      String key = uid == null ? null : uid + "/" + at;
      if (key != null && overridden.contains(key)) {
        continue; // the overriding VEVENT stands for it (or cancels it)
      }
      kept.addLast(new Occurrence(at, key));
      if (kept.size() > policy.maxOccurrences()) {
        kept.removeFirst();
      }
    }
    return new ArrayList<>(kept);
  }

  private TimeZone timeZone(DateStart start, TimezoneInfo zones) {
    TimezoneAssignment assigned = zones.getTimezone(start);
    if (assigned != null && assigned.getTimeZone() != null) {
      return assigned.getTimeZone();
    }
    ICalDate value = start.getValue();
    if (value.getRawComponents() != null && value.getRawComponents().isUtc()) {
      return TimeZone.getTimeZone("UTC");
    }
    return TimeZone.getTimeZone(zone); // floating: the owner's wall clock
  }

  private static OptionalInt minutes(VEvent event, ICalDate start) {
    if (!start.hasTime()) {
      return OptionalInt.empty(); // an all-day event says nothing of the time spent
    }
    long millis;
    if (event.getDuration() != null && event.getDuration().getValue() != null) {
      millis = event.getDuration().getValue().toMillis();
    } else if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
      millis = event.getDateEnd().getValue().getTime() - start.getTime();
    } else {
      return OptionalInt.empty();
    }
    long minutes = Duration.ofMillis(millis).toMinutes();
    return minutes > 0 && minutes <= Integer.MAX_VALUE ? OptionalInt.of((int) minutes) : OptionalInt.empty();
  }

  /** The e-mail address of an attendee or organizer, from its EMAIL parameter or its mailto: URI; null when none. */
  private static String address(String email, String uri) {
    String address = email;
    if ((address == null || address.isBlank()) && uri != null && uri.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = uri.substring(7);
    }
    if (address == null || address.isBlank() || address.indexOf('@') <= 0) {
      return null;
    }
    return MatchKeys.email(address.strip());
  }
}
