package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.util.Frequency;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarExportTest {

  static final LocalDate TODAY = LocalDate.parse("2026-03-09");

  final InMemoryStorage storage = new InMemoryStorage();
  final Rapport rapport = Rapport.over(storage, VCardImportTest.CLOCK);
  Contact ada;
  Contact grace;

  @BeforeEach
  void network() {
    ada = rapport.contacts().add(NewContact.named("Ada Lovelace").tier(Tier.CLOSE)
        .connectedOn(LocalDate.parse("2020-03-12")).emails(List.of("ada@engines.example")));
    grace = rapport.contacts().add(NewContact.named("Grace Hopper").tier(Tier.ACTIVE)
        .connectedOn(LocalDate.parse("2025-06-01")));
    day(Optional.of(ada), SpecialDayKind.BIRTHDAY, "1815-12-10", true, Optional.empty());
    day(Optional.of(grace), SpecialDayKind.BIRTHDAY, "--03-10", true, Optional.empty());
    day(Optional.of(grace), SpecialDayKind.PERSONAL_EVENT, "1980-02-29", true, Optional.of("anniversary"));
    day(Optional.of(ada), SpecialDayKind.ACCOMPLISHMENT, "2026-06-01", false, Optional.of("new role at Babbage & Co"));
    day(Optional.of(ada), SpecialDayKind.ACCOMPLISHMENT, "2025-06-01", false, Optional.of("an old prize"));
    day(Optional.empty(), SpecialDayKind.HOLIDAY, "--12-25", true, Optional.of("Christmas"));
  }

  private void day(Optional<Contact> who, SpecialDayKind kind, String date, boolean recurring, Optional<String> title) {
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(who.map(Contact::id)).kind(kind)
        .date(PartialDate.parse(date)).recurring(recurring).title(title).build());
  }

  @Test
  void export_writesTheYearsSpecialDaysAsAllDayEvents_yearlyWhenTheyRecur_readBackByBiweekly(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("plan.ics");

    CalendarExport.Written written = CalendarExport.export(rapport.outreach(), rapport.specialDays(), rapport.activity(), file, CalendarExport.Request.from(TODAY));

    ICalendar calendar = Biweekly.parse(file.toFile()).first();
    assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString()).isTrue();
    Map<String, VEvent> events = calendar.getEvents().stream()
        .collect(Collectors.toMap(e -> e.getSummary().getValue(), Function.identity()));
    // the old prize is past and does not recur; Ada's anniversary of connecting is in the year (close tier)
    assertThat(events.keySet()).containsExactlyInAnyOrder("Birthday: Ada Lovelace", "Birthday: Grace Hopper",
        "Anniversary: Grace Hopper", "New role at Babbage & Co: Ada Lovelace", "Christmas", "Anniversary of connecting: Ada Lovelace");
    assertThat(written.events()).isEqualTo(6);
    VEvent birthday = events.get("Birthday: Ada Lovelace");
    assertThat(birthday.getDateStart().getValue().hasTime()).isFalse();
    assertThat(local(birthday.getDateStart().getValue())).isEqualTo(LocalDate.parse("2026-12-10"));
    assertThat(local(birthday.getDateEnd().getValue())).isEqualTo(LocalDate.parse("2026-12-11"));
    assertThat(birthday.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.YEARLY);
    assertThat(birthday.getDescription().getValue()).startsWith("Send a card for their birthday");
    assertThat(events.get("New role at Babbage & Co: Ada Lovelace").getRecurrenceRule()).isNull();
    VEvent leap = events.get("Anniversary: Grace Hopper");
    assertThat(local(leap.getDateStart().getValue())).isEqualTo(LocalDate.parse("2027-02-28"));
    assertThat(leap.getRecurrenceRule().getValue().getByMonthDay()).containsExactly(-1);
    assertThat(events.get("Christmas").getDescription().getValue()).contains("Christmas");
  }

  @Test
  void export_writesThePlannedSuggestionsAsToDos_withDueDateActionMinutesAndReason(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.ics");
    var planned = rapport.outreach().agenda(CalendarExport.Request.from(TODAY).withAgendaDays(14).agenda()).planned();
    assertThat(planned).isNotEmpty();

    CalendarExport.Written written = CalendarExport.export(rapport.outreach(), rapport.specialDays(), rapport.activity(), file, CalendarExport.Request.from(TODAY).withAgendaDays(14));

    ICalendar calendar = Biweekly.parse(file.toFile()).first();
    assertThat(written.todos()).isEqualTo(planned.size());
    assertThat(calendar.getTodos()).hasSize(planned.size());
    for (var suggestion : planned) {
      VTodo todo = calendar.getTodos().stream()
          .filter(t -> t.getSummary().getValue().endsWith(": " + suggestion.contactName())).findFirst().orElseThrow();
      assertThat(local(todo.getDateDue().getValue())).isEqualTo(suggestion.due());
      assertThat(todo.getSummary().getValue()).startsWith(suggestion.action().label().substring(0, 1).toUpperCase());
      assertThat(todo.getDescription().getValue()).containsIgnoringCase(suggestion.reason()).contains(suggestion.minutes() + " minutes");
      assertThat(todo.getExperimentalProperty(CalendarWriter.MINUTES).getValue()).isEqualTo(String.valueOf(suggestion.minutes()));
    }
  }

  @Test
  void export_isValidRfc5545_forASecondIndependentParser(@TempDir Path dir) throws IOException, ParserException {
    Path file = dir.resolve("plan.ics");
    CalendarExport.export(rapport.outreach(), rapport.specialDays(), rapport.activity(), file, CalendarExport.Request.from(TODAY).withAgendaDays(14));

    Calendar calendar;
    try (Reader in = Files.newBufferedReader(file)) {
      calendar = new CalendarBuilder().build(in);
    }

    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    List<Component> components = List.copyOf(calendar.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents());
    assertThat(components).extracting(Component::getName).contains(Component.VEVENT, Component.VTODO);
    for (Component component : components) {
      assertThat(value(component, Property.UID)).isPresent();
      assertThat(value(component, Property.DTSTAMP)).isPresent();
    }
    Component birthday = components.stream()
        .filter(c -> value(c, Property.SUMMARY).equals(Optional.of("Birthday: Ada Lovelace"))).findFirst().orElseThrow();
    assertThat(value(birthday, Property.DTSTART)).contains("20261210");
    assertThat(value(birthday, Property.RRULE)).contains("FREQ=YEARLY");
  }

  private static Optional<String> value(Component component, String name) {
    return component.getPropertyList().getAll().stream().filter(p -> p.getName().equals(name)).findFirst().map(Property::getValue);
  }

  @Test
  void aNewerExport_namesTheSameItemsWithTheSameUids(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.ics");
    Path later = dir.resolve("later.ics");
    CalendarExport.export(rapport.outreach(), rapport.specialDays(), rapport.activity(), first, CalendarExport.Request.from(TODAY));
    Rapport nextDay = Rapport.over(storage, Clock.offset(VCardImportTest.CLOCK, Duration.ofDays(1)));

    CalendarExport.export(nextDay.outreach(), nextDay.specialDays(), nextDay.activity(), later, CalendarExport.Request.from(TODAY.plusDays(1)));

    assertThat(uids(later)).isEqualTo(uids(first));
    assertThat(Files.readString(later)).isNotEqualTo(Files.readString(first));
    assertThat(uids(first).values()).doesNotHaveDuplicates();
  }

  private static Map<String, String> uids(Path file) throws IOException {
    ICalendar calendar = Biweekly.parse(file.toFile()).first();
    Map<String, String> uids = new java.util.TreeMap<>();
    calendar.getEvents().forEach(e -> uids.put(e.getSummary().getValue(), e.getUid().getValue()));
    calendar.getTodos().forEach(t -> uids.put(t.getSummary().getValue(), t.getUid().getValue()));
    return uids;
  }

  private static LocalDate local(java.util.Date date) {
    return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
  }
}
