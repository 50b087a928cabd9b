package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactChanges;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.ResourceNotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactServiceTest {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

  private Contact add(String name, String email) {
    return rapport.contacts().add(NewContact.named(name).emails(List.of(email)));
  }

  @Test
  void resolve_findsByIdEmailExactNameAndFragment() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    Contact adam = add("Adam Smith", "adam@example.org");
    assertThat(rapport.contacts().resolve(ada.id().toString())).isEqualTo(ada);
    assertThat(rapport.contacts().resolve("ADAM@example.org")).isEqualTo(adam);
    assertThat(rapport.contacts().resolve("lovelace")).isEqualTo(ada);
    assertThat(rapport.contacts().resolve("adam smith")).isEqualTo(adam);
  }

  @Test
  void givenAFragmentOfSeveralNames_resolve_listsTheMatches() {
    add("Ada Lovelace", "ada@example.org");
    add("Adam Smith", "adam@example.org");
    assertThatThrownBy(() -> rapport.contacts().resolve("ada"))
        .isInstanceOf(AmbiguousContactException.class)
        .hasMessage("'ada' matches 2 contacts: Ada Lovelace (id 1), Adam Smith (id 2)");
  }

  @Test
  void givenNothingMatches_resolve_saysSo() {
    assertThatThrownBy(() -> rapport.contacts().resolve("nobody"))
        .isInstanceOf(ContactNotFoundException.class).hasMessage("no contact matches 'nobody'");
  }

  @Test
  void add_keepsEveryDetailGiven_andGivesTheId() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada Lovelace").company("Analytical Engines")
        .tier(Tier.CLOSE).cadence(Cadence.weeklyOn(DayOfWeek.FRIDAY)).interests(Set.of("engines", "poetry"))
        .location(Location.parse("London, UK")).connectedOn(LocalDate.of(2026, 1, 5)));

    assertThat(rapport.contacts().get(ada.id())).isEqualTo(ada);
    assertThat(ada.id()).isEqualTo(new ContactId(1));
    assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
    assertThat(ada.company()).contains("Analytical Engines");
    assertThat(ada.tier()).isEqualTo(Tier.CLOSE);
    assertThat(ada.cadence()).contains(Cadence.weeklyOn(DayOfWeek.FRIDAY));
    assertThat(ada.interests()).containsExactlyInAnyOrder("engines", "poetry");
    assertThat(ada.location().city()).contains("London");
    assertThat(ada.connectedOn()).contains(LocalDate.of(2026, 1, 5));
    assertThat(ada.untriaged()).isFalse();
  }

  @Test
  void edit_changesTheDetailsGiven_andKeepsTheOthers() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada Lovelace").company("Engines").title("Analyst")
        .emails(List.of("ada@example.org", "ada@home.example")));

    Contact changed = rapport.contacts().edit(ContactChanges.to(ada.id()).company("Analytical Engines")
        .primaryEmail("ada@home.example").archived(true));

    assertThat(rapport.contacts().get(ada.id())).isEqualTo(changed);
    assertThat(changed.company()).contains("Analytical Engines");
    assertThat(changed.title()).contains("Analyst");
    assertThat(changed.emails()).containsExactly("ada@home.example", "ada@example.org");
    assertThat(changed.archived()).isTrue();
  }

  @Test
  void archivedCount_countsTheContactsArchived() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    add("Bob Babbage", "bob@example.org");
    assertThat(rapport.contacts().archivedCount()).isZero();

    rapport.contacts().edit(ContactChanges.to(ada.id()).archived(true));

    assertThat(rapport.contacts().archivedCount()).isEqualTo(1);
  }

  @Test
  void givenAnUnknownContact_edit_isRefused() {
    assertThatThrownBy(() -> rapport.contacts().edit(ContactChanges.to(new ContactId(9)).company("Engines")))
        .isInstanceOf(ContactNotFoundException.class).hasMessage("no contact matches '9'");
  }

  @Test
  void forget_leavesNothingOfTheContact() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    Contact bob = add("Bob Babbage", "bob@example.org");
    rapport.contacts().addNote(ada.id(), new Note(LocalDate.of(2026, 11, 1), "likes engines"));
    rapport.activity().log(LogTouch.outbound(ada.id(), InteractionKind.MESSAGE).at(Instant.parse("2026-11-02T10:00:00Z")));
    rapport.activity().log(LogTouch.outbound(bob.id(), InteractionKind.INTRODUCTION).introducedTo(ada.id())
        .at(Instant.parse("2026-11-03T10:00:00Z")));
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--12-10")).build());
    rapport.activity().addCollaboration(Collaboration.builder().title("Paper").on(LocalDate.of(2026, 10, 1))
        .addContacts(ada.id(), bob.id()).build());

    rapport.contacts().forget(ada.id());

    assertThat(rapport.contacts().list()).containsExactly(bob);
    assertThat(storage.contacts().notes(ada.id())).isEmpty();
    assertThat(storage.touches().findAll()).isEmpty();
    assertThat(storage.specialDays().findAll()).isEmpty();
    assertThat(storage.collaborations().findAll()).singleElement()
        .satisfies(c -> assertThat(c.contacts()).containsExactly(bob.id()));
  }

  @Test
  void log_isNowByTheClock_unlessTheCommandBackDatesIt() {
    Contact ada = add("Ada Lovelace", "ada@example.org");

    Touch now = rapport.activity().log(LogTouch.inbound(ada.id(), InteractionKind.MESSAGE).summary("asked about engines"));
    Touch earlier = rapport.activity().log(LogTouch.outbound(ada.id(), InteractionKind.CALL)
        .at(Instant.parse("2026-11-20T15:00:00Z")).minutes(20).channel("phone"));

    assertThat(now.at()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    assertThat(now.direction()).isEqualTo(Direction.INBOUND);
    assertThat(now.summary()).isEqualTo("asked about engines");
    assertThat(earlier.at()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
    assertThat(earlier.minutes()).hasValue(20);
    assertThat(earlier.channel()).contains("phone");
    assertThat(rapport.activity().touches(ada.id())).containsExactly(earlier, now);
  }

  @Test
  void update_changesTheSettingsGiven_andKeepsTheOthers() {
    rapport.profile().update(ProfileChanges.none().weeklyBudgetMinutes(90).addEmails("me@example.org")
        .addGoals(Goal.of(GoalKind.INDUSTRY, "fintech", 5)));

    OwnerProfile changed = rapport.profile().update(ProfileChanges.none().zone(ZoneId.of("Europe/Paris"))
        .addEmails("ME@example.org", "me@work.example").addGoals(Goal.of(GoalKind.INDUSTRY, "Fintech", 3)));

    assertThat(rapport.profile().profile()).isEqualTo(changed);
    assertThat(changed.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(changed.weeklyBudgetMinutes()).isEqualTo(90);
    assertThat(changed.emails()).containsExactly("me@example.org", "me@work.example");
    assertThat(changed.goals()).containsExactly(Goal.of(GoalKind.INDUSTRY, "Fintech", 3));
    assertThat(rapport.profile().update(ProfileChanges.none().clearEmails(true).clearGoals(true)))
        .satisfies(p -> assertThat(p.emails()).isEmpty(), p -> assertThat(p.goals()).isEmpty());
  }

  @Test
  void givenASnoozedContact_anOutboundTouch_clearsTheSnooze() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    rapport.activity().snooze(ada.id(), LocalDate.of(2026, 12, 24));
    assertThat(rapport.contacts().get(ada.id()).snoozedUntil()).contains(LocalDate.of(2026, 12, 24));
    rapport.activity().log(LogTouch.outbound(ada.id(), InteractionKind.GREETING).at(Instant.parse("2026-11-26T08:00:00Z")));
    assertThat(rapport.contacts().get(ada.id()).snoozedUntil()).isEmpty();
  }

  @Test
  void givenAnUnknownContact_log_isRefused() {
    assertThatThrownBy(() -> rapport.activity().log(LogTouch.inbound(new ContactId(5), InteractionKind.MESSAGE)))
        .isInstanceOf(ContactNotFoundException.class).hasMessage("no contact matches '5'");
  }

  @Test
  void addResource_isFoundToday_inTheOwnersZone_notTheClocks() {
    rapport.profile().update(ProfileChanges.none().zone(ZoneId.of("Pacific/Honolulu")));
    assertThat(rapport.activity().addResource("Payments primer", Optional.empty(), Set.of("payments")).foundOn())
        .isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void addResource_isFoundToday_byTheClock() {
    assertThat(rapport.activity().addResource("Fintech report", Optional.empty(), Set.of("fintech")).foundOn())
        .isEqualTo(LocalDate.of(2026, 11, 26));
  }

  @Test
  void addWithABirthday_writesBoth_andEditWithABirthday_replacesItKeepingTheOtherDays() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada Lovelace").birthday(PartialDate.parse("12-10")));
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.WORK_ANNIVERSARY)
        .date(PartialDate.parse("03-01")).build());

    rapport.contacts().edit(ContactChanges.to(ada.id()).company("Engines").birthday(PartialDate.parse("11-25")));

    assertThat(rapport.contacts().get(ada.id()).company()).contains("Engines");
    assertThat(storage.specialDays().forContact(ada.id()))
        .extracting(SpecialDay::kind, SpecialDay::date)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(SpecialDayKind.WORK_ANNIVERSARY, PartialDate.parse("03-01")),
            org.assertj.core.groups.Tuple.tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("11-25")));
  }

  @Test
  void givenNoBirthday_edit_keepsTheOneTheContactHas() {
    Contact ada = rapport.contacts().add(NewContact.named("Ada Lovelace").birthday(PartialDate.parse("12-10")));

    rapport.contacts().edit(ContactChanges.to(ada.id()).company("Engines"));

    assertThat(storage.specialDays().forContact(ada.id())).extracting(SpecialDay::date)
        .containsExactly(PartialDate.parse("12-10"));
  }

  @Test
  void resolveResource_findsByIdOrTitleFragment_andNamesTheMatchesOfAnAmbiguousOne() {
    var primer = rapport.activity().addResource("Payments primer", Optional.empty(), Set.of("payments"));
    var report = rapport.activity().addResource("Payments report", Optional.empty(), Set.of("payments"));

    assertThat(rapport.activity().resolveResource(primer.id().toString())).isEqualTo(primer);
    assertThat(rapport.activity().resolveResource("REPORT")).isEqualTo(report);
    assertThatIllegalArgumentException().isThrownBy(() -> rapport.activity().resolveResource("payments"))
        .withMessageContaining("Payments primer (id 1)").withMessageContaining("Payments report (id 2)");
    assertThatThrownBy(() -> rapport.activity().resolveResource("cooking"))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no resource matches 'cooking'");
  }

  @Test
  void givenAnUnknownResource_log_isRefused() {
    Contact ada = add("Ada Lovelace", "ada@example.org");

    assertThatThrownBy(() -> rapport.activity().log(LogTouch.outbound(ada.id(), InteractionKind.RESOURCE_SHARED)
        .resource(new ResourceId(7))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(storage.touches().findAll()).isEmpty();
  }
}
