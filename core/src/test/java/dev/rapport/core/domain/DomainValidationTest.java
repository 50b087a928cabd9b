package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model rejects a bad value with a message naming the field and the value. */
class DomainValidationTest {

  private static final ContactId ADA = new ContactId(1);

  @Test
  void givenZeroOrNegative_contactId_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ContactId(0)).withMessage("ContactId must be positive: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactId.parse("ada"))
        .withMessage("ContactId must be a positive number: 'ada'");
  }

  @Test
  void givenAMissingRequiredField_build_failsNamingIt() {
    assertThatIllegalStateException().isThrownBy(() -> Contact.builder().displayName("Ada").build())
        .withMessageContaining("[id]");
  }

  @Test
  void givenBlankName_contact_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Contact.builder().id(ADA).displayName("  ").build())
        .withMessage("contact 1: displayName must not be blank: '  '");
  }

  @Test
  void givenMalformedEmail_contact_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Contact.builder().id(ADA).displayName("Ada").addEmails("ada at example.org").build())
        .withMessage("contact 1: email is not an address: 'ada at example.org'");
  }

  @Test
  void givenNegativeMinutes_touch_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Touch.builder().contact(ADA).at(Instant.EPOCH)
            .direction(Direction.OUTBOUND).kind(InteractionKind.CALL).minutes(-5).build())
        .withMessage("touch minutes must not be negative: -5");
  }

  @Test
  void givenIntroductionToThemselves_touch_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Touch.builder().contact(ADA).at(Instant.EPOCH)
            .direction(Direction.OUTBOUND).kind(InteractionKind.INTRODUCTION).introducedTo(ADA).build())
        .withMessage("touch introducedTo must be another contact than 1");
  }

  @Test
  void givenFebruary30_partialDate_isRejected_namingTheText() {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("02-30"))
        .withMessageStartingWith("date does not exist: '02-30'");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2023-02-29"))
        .withMessage("date 2023-02-29 does not exist: 2023 is not a leap year");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("April 12"))
        .withMessage("date must be [YYYY-]MM-DD or --MM-DD: 'April 12'");
  }

  @Test
  void partialDate_readsEveryForm_andWritesWhatItReads() {
    assertThat(PartialDate.parse("1985-04-12")).isEqualTo(new PartialDate(MonthDay.of(4, 12), Optional.of(Year.of(1985))));
    assertThat(PartialDate.parse("--04-12")).isEqualTo(PartialDate.of(MonthDay.of(4, 12)));
    assertThat(PartialDate.parse("4-12")).isEqualTo(PartialDate.of(MonthDay.of(4, 12)));
    for (String text : new String[] {"1985-04-12", "--04-12", "2000-02-29", "--02-29"}) {
      assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }
  }

  @Test
  void givenFebruary29_partialDate_fallsOnThe28thInOtherYears() {
    assertThat(PartialDate.parse("--02-29").in(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(PartialDate.parse("--02-29").in(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void givenTrialEndBeforeJoining_channel_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Channel.builder().name("Meetup").kind(ChannelKind.GROUP)
            .joinedOn(LocalDate.of(2026, 5, 1)).status(ChannelStatus.TRIAL).trialEnds(LocalDate.of(2026, 4, 1)).build())
        .withMessage("channel Meetup: trialEnds 2026-04-01 is before joinedOn 2026-05-01");
  }

  @Test
  void givenTrialWithoutEnd_channel_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Channel.builder().name("Meetup").kind(ChannelKind.GROUP)
            .joinedOn(LocalDate.of(2026, 5, 1)).status(ChannelStatus.TRIAL).build())
        .withMessage("channel Meetup: a TRIAL needs trialEnds");
  }

  @Test
  void givenNegativeMinutes_channelAndProfile_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Channel.builder().name("Meetup").kind(ChannelKind.GROUP)
            .joinedOn(LocalDate.of(2026, 5, 1)).minutesPerWeek(-1).build())
        .withMessage("channel Meetup: minutesPerWeek must not be negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> OwnerProfile.builder().weeklyBudgetMinutes(-30).build())
        .withMessage("profile weeklyBudgetMinutes must not be negative: -30");
  }

  @Test
  void givenBirthdayWithoutContact_specialDay_isRejected_butAGlobalHolidayIsFine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SpecialDay.builder().kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("--04-12")).build())
        .withMessage("special day: a BIRTHDAY needs a contact");
    assertThat(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-25")).build().contact()).isEmpty();
  }

  @Test
  void givenCollaborationWithNobody_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Collaboration.builder().title("Paper").on(LocalDate.of(2026, 1, 1)).build())
        .withMessage("collaboration 'Paper' needs at least one contact");
  }

  @Test
  void givenNegativeWanted_goal_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Goal.of(GoalKind.INDUSTRY, "fintech", -1))
        .withMessage("goal fintech: wanted must not be negative: -1");
  }

  @Test
  void values_areEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(new ContactId(7), ContactId.parse(" 7 "))
        .addEqualityGroup(new ContactId(8))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Location.parse("Berlin, Germany"), Location.of(" Berlin", "", "Germany "))
        .addEqualityGroup(Location.parse("Berlin, Brandenburg, Germany"))
        .addEqualityGroup(Location.unknown(), Location.of(null, " ", null))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Goal(GoalKind.TOPIC, "ai", Set.of("ml"), 2), new Goal(GoalKind.TOPIC, "ai", Set.of("ml"), 2))
        .addEqualityGroup(Goal.of(GoalKind.TOPIC, "ai", 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Contact.builder().id(ADA).displayName("Ada").build(), Contact.builder().id(ADA).displayName("Ada").build())
        .addEqualityGroup(Contact.builder().id(ADA).displayName("Ada").tier(Tier.INNER).build())
        .testEquals();
  }
}
