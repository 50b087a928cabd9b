package dev.rapport.core.policy;

import static dev.rapport.core.policy.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpecialDayPolicyTest {

  private final SpecialDayPolicy policy = SpecialDayPolicy.defaults();
  private final Contact ada = contact(1, "Ada", Tier.CLOSE);
  private final Contact bob = contact(2, "Bob", Tier.ACTIVE);
  private final List<Contact> contacts = List.of(ada, bob);

  private static SpecialDay day(Contact who, SpecialDayKind kind, String date) {
    return SpecialDay.builder().contact(who.id()).kind(kind).date(PartialDate.parse(date)).build();
  }

  @Test
  void aBirthdayWithAYear_saysTheAge_andOneWithoutDoesNot() {
    List<UpcomingDay> days = policy.upcoming(LocalDate.of(2026, 4, 1), 30,
        List.of(day(ada, SpecialDayKind.BIRTHDAY, "1990-04-12"), day(bob, SpecialDayKind.BIRTHDAY, "--04-20")), contacts);

    assertThat(days).extracting(UpcomingDay::date, UpcomingDay::contactName, UpcomingDay::years, UpcomingDay::action)
        .containsExactly(
            tuple(LocalDate.of(2026, 4, 12), java.util.Optional.of("Ada"), OptionalInt.of(36), OutreachAction.CARD),
            tuple(LocalDate.of(2026, 4, 20), java.util.Optional.of("Bob"), OptionalInt.empty(), OutreachAction.GREETING));
    assertThat(days.get(0).suggestion()).isEqualTo("send a card for their birthday (turns 36)");
  }

  @Test
  void upcomingDays_comeByDay_thenGlobalOnesFirst_thenByName_contactId_andKind() {
    Contact otherAda = contact(9, "Ada", Tier.ACTIVE);
    SpecialDay holiday = SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--05-01")).title("May Day").build();

    List<UpcomingDay> days = policy.upcoming(LocalDate.of(2026, 4, 28), 7, List.of(
        day(otherAda, SpecialDayKind.BIRTHDAY, "--05-01"), day(ada, SpecialDayKind.PERSONAL_EVENT, "--05-01"),
        day(bob, SpecialDayKind.BIRTHDAY, "--05-01"), holiday, day(bob, SpecialDayKind.BIRTHDAY, "--04-30"),
        day(ada, SpecialDayKind.BIRTHDAY, "--05-01")), List.of(ada, bob, otherAda));

    assertThat(days).extracting(UpcomingDay::date, d -> d.contact().map(ContactId::value).orElse(0L), UpcomingDay::kind)
        .containsExactly(
            tuple(LocalDate.of(2026, 4, 30), 2L, SpecialDayKind.BIRTHDAY),
            tuple(LocalDate.of(2026, 5, 1), 0L, SpecialDayKind.HOLIDAY),
            tuple(LocalDate.of(2026, 5, 1), 1L, SpecialDayKind.BIRTHDAY),
            tuple(LocalDate.of(2026, 5, 1), 1L, SpecialDayKind.PERSONAL_EVENT),
            tuple(LocalDate.of(2026, 5, 1), 9L, SpecialDayKind.BIRTHDAY),
            tuple(LocalDate.of(2026, 5, 1), 2L, SpecialDayKind.BIRTHDAY));
  }

  @Test
  void february29_isCelebratedOnThe28th_inOtherYears_andOnThe29thInLeapYears() {
    SpecialDay leapling = day(ada, SpecialDayKind.BIRTHDAY, "2000-02-29");

    assertThat(policy.upcoming(LocalDate.of(2027, 2, 20), 14, List.of(leapling), contacts))
        .extracting(UpcomingDay::date).containsExactly(LocalDate.of(2027, 2, 28));
    assertThat(policy.upcoming(LocalDate.of(2028, 2, 20), 14, List.of(leapling), contacts))
        .extracting(UpcomingDay::date).containsExactly(LocalDate.of(2028, 2, 29));
  }

  @Test
  void upcomingDays_spanTheYearEnd() {
    List<UpcomingDay> days = policy.upcoming(LocalDate.of(2026, 12, 20), 31, List.of(
        day(ada, SpecialDayKind.BIRTHDAY, "--01-05"), day(bob, SpecialDayKind.BIRTHDAY, "--12-24"),
        day(bob, SpecialDayKind.WORK_ANNIVERSARY, "2019-01-19")), contacts);

    assertThat(days).extracting(UpcomingDay::date).containsExactly(
        LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19));
    assertThat(days.get(2).suggestion()).isEqualTo("say congratulations: 8 years at work");
  }

  @Test
  void theWindowIncludesItsFirstDay_andEndsAfterNDays() {
    SpecialDay today = day(ada, SpecialDayKind.BIRTHDAY, "--03-01");
    SpecialDay lastDay = day(bob, SpecialDayKind.BIRTHDAY, "--03-07");
    SpecialDay dayAfter = day(bob, SpecialDayKind.PERSONAL_EVENT, "--03-08");

    assertThat(policy.upcoming(LocalDate.of(2026, 3, 1), 7, List.of(today, lastDay, dayAfter), contacts))
        .extracting(UpcomingDay::date).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));
  }

  @Test
  void aOneOffEvent_comesOnlyInItsYear_andAnAccomplishmentSuggestsCongratulating() {
    SpecialDay wedding = SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.PERSONAL_EVENT)
        .date(PartialDate.parse("2026-06-13")).recurring(false).title("wedding").build();
    SpecialDay newRole = SpecialDay.builder().contact(bob.id()).kind(SpecialDayKind.ACCOMPLISHMENT)
        .date(PartialDate.parse("2026-06-10")).recurring(false).title("new role at Acme").build();

    assertThat(policy.upcoming(LocalDate.of(2026, 6, 1), 30, List.of(wedding, newRole), contacts))
        .extracting(UpcomingDay::suggestion, UpcomingDay::action).containsExactly(
            tuple("congratulate them: new role at Acme", OutreachAction.MESSAGE),
            tuple("send a card: wedding", OutreachAction.CARD));
    assertThat(policy.upcoming(LocalDate.of(2027, 6, 1), 30, List.of(wedding, newRole), contacts)).isEmpty();
  }

  @Test
  void aGlobalHoliday_isListedOnce_asCardsToTheClosestTiers() {
    SpecialDay newYear = SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--01-01")).title("New Year").build();

    assertThat(policy.upcoming(LocalDate.of(2026, 12, 28), 7, List.of(newYear), contacts)).singleElement().satisfies(d -> {
      assertThat(d.contact()).isEmpty();
      assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(d.suggestion()).isEqualTo("send cards to INNER and CLOSE contacts for New Year");
    });
  }

  @Test
  void theAnniversaryOfConnecting_countsForTheClosestTiers_fromTheFirstYearOn() {
    Contact close = Contact.builder().from(ada).connectedOn(LocalDate.of(2021, 5, 3)).build();
    Contact active = Contact.builder().from(bob).connectedOn(LocalDate.of(2021, 5, 3)).build();
    Contact fresh = Contact.builder().from(contact(3, "Cy", Tier.INNER)).connectedOn(LocalDate.of(2026, 5, 4)).build();

    List<UpcomingDay> days = policy.upcoming(LocalDate.of(2026, 5, 1), 7, List.of(),
        List.of(close, active, fresh));

    assertThat(days).singleElement().satisfies(d -> {
      assertThat(d.contactName()).contains("Ada");
      assertThat(d.kind()).isEqualTo(SpecialDayKind.WORK_ANNIVERSARY);
      assertThat(d.suggestion()).isEqualTo("send a card: 5 years since you connected");
    });
  }

  @Test
  void archivedOrUnknownContacts_haveNoUpcomingDays() {
    Contact archived = Contact.builder().from(ada).archived(true).build();
    SpecialDay stranger = SpecialDay.builder().contact(new ContactId(99)).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--05-02")).build();

    assertThat(policy.upcoming(LocalDate.of(2026, 5, 1), 7,
        List.of(day(archived, SpecialDayKind.BIRTHDAY, "--05-02"), stranger), List.of(archived))).isEmpty();
  }
}
