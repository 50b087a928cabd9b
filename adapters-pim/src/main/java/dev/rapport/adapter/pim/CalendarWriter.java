package dev.rapport.adapter.pim;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.PlanOutreachUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.SpecialDaysUseCase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Builds and writes the calendar of {@link CalendarExport}: one event a special day, one to-do a planned suggestion. */
final class CalendarWriter {

  static final String PRODUCT_ID = "-//Rapport//Rapport plan//EN";
  /** The minutes a to-do takes, which RFC 5545 has no property for beside a due date. */
  static final String MINUTES = "X-RAPPORT-MINUTES";
  private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

  private CalendarWriter() {}

  static CalendarExport.Written write(PlanOutreachUseCase outreach, SpecialDaysUseCase specialDays,
      RecordActivityUseCase activity, Path file, CalendarExport.Request request) {
    Agenda agenda = outreach.agenda(request.agenda());
    LocalDate from = agenda.asOf();
    int year = (int) ChronoUnit.DAYS.between(from, from.plusYears(1));
    List<UpcomingDay> days = specialDays.upcoming(from, year);
    Map<String, List<SpecialDay>> stored = new HashMap<>();
    for (SpecialDay day : activity.specialDays()) {
      stored.computeIfAbsent(key(day.contact(), day.kind(), day.title()), k -> new ArrayList<>()).add(day);
    }
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.addName("Rapport");
    Date stamp = Date.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
    for (UpcomingDay day : days) {
      calendar.addEvent(event(day, stored(day, stored), stamp));
    }
    List<Suggestion> planned = agenda.planned();
    for (Suggestion suggestion : planned) {
      calendar.addTodo(todo(suggestion, stamp));
    }
    Path temp = CardWriter.temporary(file);
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
        writer.write(calendar);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      CardWriter.deleteQuietly(temp);
      throw new ExportException("could not write " + file + ": " + e, e);
    }
    return new CalendarExport.Written(days.size(), planned.size());
  }

  private static String key(Optional<ContactId> contact, SpecialDayKind kind, Optional<String> title) {
    return contact.map(c -> String.valueOf(c.value())).orElse("everyone") + '|' + kind + '|' + title.orElse("");
  }

  /** The stored day an occurrence is of; empty for a day the rules derive (the anniversary of connecting). */
  private static Optional<SpecialDay> stored(UpcomingDay day, Map<String, List<SpecialDay>> stored) {
    for (SpecialDay candidate : stored.getOrDefault(key(day.contact(), day.kind(), day.title()), List.of())) {
      if (candidate.date().in(day.date().getYear()).equals(day.date())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static VEvent event(UpcomingDay day, Optional<SpecialDay> stored, Date stamp) {
    VEvent event = new VEvent();
    // what the day is: whose, what kind, its date as stored (a holiday also by its title); a
    // derived anniversary of connecting by its day of the year
    String identity = stored.map(d -> d.date() + "|" + (d.kind() == SpecialDayKind.HOLIDAY ? d.title().orElse("") : ""))
        .orElse("derived|" + MonthDay.from(day.date()));
    event.setUid(CardWriter.uuid("special-day", day.contact().map(ContactId::value).orElse(0L), day.kind(), identity)
        + "@rapport");
    event.setDateTimeStamp(stamp);
    event.setDateStart(date(day.date()), false);
    event.setDateEnd(date(day.date().plusDays(1)), false);
    boolean recurring = stored.map(SpecialDay::recurring).orElse(true);
    if (recurring) {
      Recurrence.Builder yearly = new Recurrence.Builder(Frequency.YEARLY);
      if (stored.isPresent() && stored.get().date().monthDay().equals(LEAP_DAY)) {
        yearly.byMonth(2).byMonthDay(-1); // the last day of February: the 29th in leap years, else the 28th
      }
      event.setRecurrenceRule(yearly.build());
    }
    event.setSummary(summary(day, stored.isEmpty()));
    event.setDescription(sentence(day.suggestion()));
    event.addCategories(label(day.kind().name()));
    event.setTransparency(true);
    return event;
  }

  private static String summary(UpcomingDay day, boolean derived) {
    String what = switch (day.kind()) {
      case BIRTHDAY -> "Birthday";
      case WORK_ANNIVERSARY -> derived ? "Anniversary of connecting" : day.title().orElse("Work anniversary");
      case HOLIDAY -> day.title().orElse("Holiday");
      case PERSONAL_EVENT -> day.title().orElse("Personal event");
      case ACCOMPLISHMENT -> day.title().orElse("Accomplishment");
    };
    return capitalized(what) + day.contactName().map(name -> ": " + name).orElse("");
  }

  private static VTodo todo(Suggestion suggestion, Date stamp) {
    VTodo todo = new VTodo();
    todo.setUid(CardWriter.uuid("agenda", suggestion.contact().value(), suggestion.action()) + "@rapport");
    todo.setDateTimeStamp(stamp);
    todo.setDateDue(date(suggestion.due()), false);
    String action = capitalized(suggestion.action().label());
    todo.setSummary(action + ": " + suggestion.contactName());
    todo.setDescription(sentence(suggestion.reason()) + "\n" + action + ", about " + suggestion.minutes() + " minutes.");
    todo.addCategories(suggestion.action().label());
    todo.setStatus(Status.needsAction());
    todo.setExperimentalProperty(MINUTES, String.valueOf(suggestion.minutes()));
    return todo;
  }

  /**
   * A day as biweekly takes it: a {@code java.util.Date} it writes as a DATE in the default zone,
   * so it is made at the start of that day in the same zone.
   */
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static String label(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String capitalized(String text) {
    Objects.requireNonNull(text);
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String sentence(String text) {
    String capital = capitalized(text.strip());
    return capital.endsWith(".") ? capital : capital + ".";
  }
}
