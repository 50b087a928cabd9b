package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactServiceTest {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

  private Contact add(String name, String email) {
    return rapport.contacts().add(name, c -> Contact.builder().from(c).addEmails(email).build());
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
  void givenAnInvalidDetail_add_keepsNothing() {
    assertThatIllegalArgumentException().isThrownBy(() -> add("Ada", "not-an-address"));
    assertThat(rapport.contacts().list()).isEmpty();
  }

  @Test
  void edit_cannotChangeTheId() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    assertThatIllegalArgumentException().isThrownBy(() -> rapport.contacts().edit(ada.id(),
        c -> Contact.builder().from(c).id(new ContactId(99)).build()));
  }

  @Test
  void forget_leavesNothingOfTheContact() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    Contact bob = add("Bob Babbage", "bob@example.org");
    rapport.contacts().addNote(ada.id(), new Note(LocalDate.of(2026, 11, 1), "likes engines"));
    rapport.activity().log(Touch.builder().contact(ada.id()).at(Instant.parse("2026-11-02T10:00:00Z"))
        .direction(Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build());
    rapport.activity().log(Touch.builder().contact(bob.id()).at(Instant.parse("2026-11-03T10:00:00Z"))
        .direction(Direction.OUTBOUND).kind(InteractionKind.INTRODUCTION).introducedTo(ada.id()).build());
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
  void givenASnoozedContact_anOutboundTouch_clearsTheSnooze() {
    Contact ada = add("Ada Lovelace", "ada@example.org");
    rapport.activity().snooze(ada.id(), LocalDate.of(2026, 12, 24));
    assertThat(rapport.contacts().get(ada.id()).snoozedUntil()).contains(LocalDate.of(2026, 12, 24));
    rapport.activity().log(Touch.builder().contact(ada.id()).at(Instant.parse("2026-11-26T08:00:00Z"))
        .direction(Direction.OUTBOUND).kind(InteractionKind.GREETING).build());
    assertThat(rapport.contacts().get(ada.id()).snoozedUntil()).isEmpty();
  }

  @Test
  void givenAnUnknownContact_log_isRefused() {
    assertThatThrownBy(() -> rapport.activity().log(Touch.builder().contact(new ContactId(5))
        .at(Instant.EPOCH).direction(Direction.INBOUND).kind(InteractionKind.MESSAGE).build()))
        .isInstanceOf(ContactNotFoundException.class).hasMessage("no contact matches '5'");
  }

  @Test
  void addResource_isFoundToday_inTheOwnersZone_notTheClocks() {
    rapport.profile().update(p -> OwnerProfile.builder().from(p).zone(ZoneId.of("Pacific/Honolulu")).build());
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
    Contact ada = rapport.contacts().add("Ada Lovelace", c -> c, PartialDate.parse("12-10"));
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.WORK_ANNIVERSARY)
        .date(PartialDate.parse("03-01")).build());

    rapport.contacts().edit(ada.id(), c -> Contact.builder().from(c).company("Engines").build(), PartialDate.parse("11-25"));

    assertThat(rapport.contacts().get(ada.id()).company()).contains("Engines");
    assertThat(storage.specialDays().forContact(ada.id()))
        .extracting(SpecialDay::kind, SpecialDay::date)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(SpecialDayKind.WORK_ANNIVERSARY, PartialDate.parse("03-01")),
            org.assertj.core.groups.Tuple.tuple(SpecialDayKind.BIRTHDAY, PartialDate.parse("11-25")));
  }

  @Test
  void givenAnInvalidDetail_addWithABirthday_writesNeither() {
    assertThatIllegalArgumentException().isThrownBy(() -> rapport.contacts().add("Ada Lovelace",
        c -> Contact.builder().from(c).id(new ContactId(99)).build(), PartialDate.parse("12-10")));

    assertThat(storage.contacts().findAll()).isEmpty();
    assertThat(storage.specialDays().findAll()).isEmpty();
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

    assertThatThrownBy(() -> rapport.activity().log(Touch.builder().contact(ada.id()).at(Instant.EPOCH)
        .direction(Direction.OUTBOUND).kind(InteractionKind.RESOURCE_SHARED).resource(new ResourceId(7)).build()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(storage.touches().findAll()).isEmpty();
  }
}
