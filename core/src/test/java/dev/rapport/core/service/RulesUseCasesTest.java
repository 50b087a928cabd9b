package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.OutreachAction;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.ContactChanges;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules' use cases through Rapport's own API, over the in-memory storage. */
class RulesUseCasesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  // 26 November 2026, 23:30 UTC: already 27 November in Paris, the owner's zone.
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T23:30:00Z"), ZoneOffset.UTC);
  private final Rapport rapport = Rapport.over(new InMemoryStorage(), clock);

  RulesUseCasesTest() {
    rapport.profile().update(ProfileChanges.none().zone(PARIS));
  }

  private Contact add(String name, Tier tier) {
    return rapport.contacts().add(NewContact.named(name).tier(tier));
  }

  private void log(Contact who, LocalDate day, Direction direction, InteractionKind kind) {
    rapport.activity().log(LogTouch.of(who.id(), direction, kind).at(day.atTime(10, 0).atZone(PARIS).toInstant()));
  }

  @Test
  void firstOfTheMonth_aTouchOn26November_isDueOn1January() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada").cadence(Cadence.firstOfTheMonth()));
    log(ada, LocalDate.of(2026, 11, 26), Direction.OUTBOUND, InteractionKind.MESSAGE);

    assertThat(rapport.health().health(ada.id()).nextDue()).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void fridays_aTouchOnThursday_isDueTheFridayAfterNext() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada").cadence(Cadence.weeklyOn(DayOfWeek.FRIDAY)));
    log(ada, LocalDate.of(2026, 11, 26), Direction.OUTBOUND, InteractionKind.GREETING);

    assertThat(rapport.health().health(ada.id()).nextDue()).contains(LocalDate.of(2026, 12, 4));
  }

  @Test
  void health_usesTheOwnersZoneForToday_andReportsTheShellsFields() {
    Contact ada = add("Ada", Tier.ACTIVE);
    log(ada, LocalDate.of(2026, 10, 28), Direction.OUTBOUND, InteractionKind.MESSAGE);

    ContactHealth health = rapport.health().health(ada.id());

    assertThat(health.contact()).isEqualTo("Ada");
    assertThat(health.tier()).isEqualTo(Tier.ACTIVE);
    assertThat(health.reasons()).contains("last touch 30 days ago; cadence monthly"); // 27 November in Paris
    assertThat(health.nextDue()).contains(LocalDate.of(2026, 11, 28));
    assertThat(health.band()).isEqualTo(rapport.health().health(ada.id(), LocalDate.of(2026, 11, 27)).band());
  }

  @Test
  void allHealth_isWorstFirst_skipsArchivedContacts_andFiltersByBand() {
    Contact close = add("Close", Tier.CLOSE);
    Contact silent = add("Silent", Tier.ACTIVE);
    Contact gone = rapport.contacts().edit(ContactChanges.to(add("Gone", Tier.ACTIVE).id()).archived(true));
    for (int week = 0; week < 6; week++) {
      log(close, LocalDate.of(2026, 11, 25).minusWeeks(week), Direction.MUTUAL, InteractionKind.MEETING);
    }
    log(silent, LocalDate.of(2025, 1, 1), Direction.OUTBOUND, InteractionKind.MESSAGE);

    assertThat(rapport.health().all(Optional.empty())).extracting(ContactHealth::contact).containsExactly("Silent", "Close");
    assertThat(rapport.health().all(Optional.of(HealthBand.THRIVING))).extracting(ContactHealth::contactId)
        .containsExactly(close.id());
    assertThat(rapport.health().all(Optional.of(HealthBand.DORMANT))).extracting(ContactHealth::contactId)
        .containsExactly(silent.id()).doesNotContain(gone.id());
  }

  @Test
  void givenAnUnknownContact_healthFails() {
    assertThatThrownBy(() -> rapport.health().health(new ContactId(404))).isInstanceOf(ContactNotFoundException.class);
  }

  /** Rita wrote and awaits a reply, Bea's birthday is on 29 November, Dan is overdue. */
  private List<Contact> aReplyABirthdayAndAnOverdueTouch() {
    Contact replyTo = add("Rita", Tier.WIDER);
    Contact birthday = add("Bea", Tier.CLOSE);
    Contact due = add("Dan", Tier.ACTIVE);
    log(replyTo, LocalDate.of(2026, 11, 25), Direction.INBOUND, InteractionKind.QUESTION);
    log(birthday, LocalDate.of(2026, 11, 20), Direction.MUTUAL, InteractionKind.CALL);
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(birthday.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--11-29")).build());
    log(due, LocalDate.of(2026, 9, 1), Direction.OUTBOUND, InteractionKind.MESSAGE);
    return List.of(replyTo, birthday, due);
  }

  @Test
  void theAgenda_putsTheReplyFirst_thenTheBirthday_thenDueTouches_withinTheProfilesBudget() {
    aReplyABirthdayAndAnOverdueTouch();

    Agenda agenda = rapport.outreach().agenda();

    assertThat(agenda.asOf()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(agenda.budgetMinutes()).isEqualTo(120);
    assertThat(agenda.suggestions()).extracting(Suggestion::contactName, Suggestion::action, Suggestion::deferred)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rita", OutreachAction.REPLY, false),
            org.assertj.core.groups.Tuple.tuple("Bea", OutreachAction.CARD, false),
            org.assertj.core.groups.Tuple.tuple("Dan", OutreachAction.MESSAGE, false));
  }

  @Test
  void oneContactsSuggestion_isWhatTheWholeAgendaSuggestsForThem_budgetAside() {
    List<Contact> contacts = new ArrayList<>(aReplyABirthdayAndAnOverdueTouch());
    Contact quiet = add("Quinn", Tier.ACQUAINTANCE);
    log(quiet, LocalDate.of(2026, 11, 1), Direction.OUTBOUND, InteractionKind.MESSAGE);
    contacts.add(quiet);
    rapport.activity().addSpecialDay(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).title("New Year")
        .date(PartialDate.parse("--12-31")).build());
    AgendaRequest month = AgendaRequest.asOf(LocalDate.of(2026, 11, 27)).withHorizonDays(40).withBudgetMinutes(0);

    Agenda agenda = rapport.outreach().agenda(month);

    assertThat(agenda.deferred()).isNotEmpty();
    for (Contact contact : contacts) {
      Optional<Suggestion> inAgenda = agenda.suggestions().stream().filter(s -> s.contact().equals(contact.id())).findFirst();
      assertThat(rapport.outreach().suggestionFor(contact.id(), month)).as(contact.displayName())
          .isEqualTo(inAgenda.map(s -> new Suggestion(s.contact(), s.contactName(), s.tier(), s.rule(), s.action(),
              s.reason(), s.otherReasons().stream().filter(r -> !r.startsWith("kept over budget")).toList(), s.due(),
              s.minutes(), s.resource(), s.rank(), false, Optional.empty())));
    }
    assertThatThrownBy(() -> rapport.outreach().suggestionFor(new ContactId(404), month))
        .isInstanceOf(ContactNotFoundException.class);
  }

  @Test
  void aBudgetOverride_defersWhatDoesNotFit_butKeepsTheStartSmallMinimum() {
    for (String name : new String[] {"Ann", "Ben", "Cat"}) {
      Contact c = add(name, Tier.ACTIVE);
      log(c, LocalDate.of(2026, 9, 1), Direction.OUTBOUND, InteractionKind.MESSAGE);
    }

    Agenda agenda = rapport.outreach().agenda(AgendaRequest.asOf(LocalDate.of(2026, 11, 27)).withBudgetMinutes(5));

    assertThat(agenda.planned()).hasSize(2);
    assertThat(agenda.deferred()).singleElement().satisfies(s ->
        assertThat(s.deferredReason()).contains("over the budget of 5 minutes for 7 days"));
  }

  @Test
  void loggingAnOutboundTouch_resetsTheClock_andTakesThemOffTheAgenda() {
    Contact ada = add("Ada", Tier.ACTIVE);
    log(ada, LocalDate.of(2026, 9, 1), Direction.OUTBOUND, InteractionKind.MESSAGE);
    assertThat(rapport.outreach().agenda().suggestions()).hasSize(1);

    log(ada, LocalDate.of(2026, 11, 27), Direction.OUTBOUND, InteractionKind.MESSAGE);

    assertThat(rapport.outreach().agenda().suggestions()).isEmpty();
    assertThat(rapport.health().health(ada.id()).nextDue()).contains(LocalDate.of(2026, 12, 27));
  }

  @Test
  void specialDays_listsTheComingDays_fromTodayInTheOwnersZone() {
    Contact ada = add("Ada", Tier.ACTIVE);
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--11-26")).build());
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.WORK_ANNIVERSARY)
        .date(PartialDate.parse("2020-12-01")).build());

    assertThat(rapport.specialDays().upcoming(7)).extracting(d -> d.date().toString(), d -> d.suggestion())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-12-01", "say congratulations: 6 years at work"));
  }
}
