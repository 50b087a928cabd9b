package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.analysis.ContactCount;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.GapKind;
import dev.rapport.core.policy.analysis.Introduction;
import dev.rapport.core.policy.analysis.Recipient;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NetworkAnalysis;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkAnalysisServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
  private Contact ann;
  private Contact bob;
  private Contact cy;
  private Contact dee;
  private Contact eve;

  private Contact add(NewContact contact) {
    return rapport.contacts().add(contact);
  }

  private void log(Contact contact, String day, Direction direction, InteractionKind kind) {
    rapport.activity().log(LogTouch.of(contact.id(), direction, kind).at(Instant.parse(day + "T12:00:00Z")));
  }

  @BeforeEach
  void network() {
    rapport.profile().update(ProfileChanges.none().addGoals(
        new Goal(GoalKind.INDUSTRY, "FinTech", Set.of("Financial Technology"), 2),
        Goal.of(GoalKind.LOCATION, "Lisbon", 1),
        Goal.of(GoalKind.TOPIC, "payments", 1)));
    ann = add(NewContact.named("Ann").tier(Tier.INNER).industry("fintech").company("Acme").title("CTO")
        .interests(Set.of("Payments")));
    bob = add(NewContact.named("Bob").tier(Tier.CLOSE).industry("Financial Technology"));
    cy = add(NewContact.named("Cy").goals(Set.of("hiring")));
    dee = add(NewContact.named("Dee"));
    eve = add(NewContact.named("Eve").offers(Set.of("Hiring")));
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(ann.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--04-12")).build());
    log(ann, "2026-10-30", Direction.MUTUAL, InteractionKind.MEETING);
    log(ann, "2026-11-10", Direction.MUTUAL, InteractionKind.MEETING);
    log(ann, "2026-11-20", Direction.MUTUAL, InteractionKind.MEETING);
    log(ann, "2026-11-24", Direction.INBOUND, InteractionKind.MESSAGE);
    log(bob, "2026-08-01", Direction.OUTBOUND, InteractionKind.MEETING);
    log(dee, "2026-03-02", Direction.OUTBOUND, InteractionKind.MESSAGE);
    log(dee, "2026-04-02", Direction.OUTBOUND, InteractionKind.MESSAGE);
    log(dee, "2026-05-02", Direction.OUTBOUND, InteractionKind.GREETING);
    log(eve, "2026-09-15", Direction.INBOUND, InteractionKind.INTRODUCTION);
  }

  @Test
  void givenAHandBuiltNetwork_analyse_findsEachGapWithItsReason() {
    NetworkAnalysis analysis = rapport.analysis().analyse();

    assertThat(analysis.asOf()).isEqualTo(TODAY);
    assertThat(analysis.gaps(GapKind.GOAL)).extracting(Gap::subject, Gap::detail).containsExactly(
        tuple("location: Lisbon", "nobody in the network matches Lisbon; 1 healthy wanted: 1 short"),
        tuple("industry: FinTech", "2 contacts match, 1 healthy or better; 2 wanted: 1 short"),
        tuple("topic: payments", "1 contact matches, 1 healthy or better; 1 wanted: goal met"));
    assertThat(analysis.gaps(GapKind.COOLING_TIE)).singleElement().satisfies(gap -> {
      assertThat(gap.subject()).isEqualTo("Bob");
      assertThat(gap.detail()).startsWith("close tie is dormant (score ").contains("last touch 117 days ago; cadence every 2 weeks");
    });
    assertThat(analysis.gaps(GapKind.IMBALANCE)).extracting(Gap::subject, Gap::detail).containsExactly(
        tuple("Dee", "3 outbound, 0 inbound in 12 months: they never answer; focus on those who respond"),
        tuple("Eve",
            "helped you 1 time in 12 months (introductions, resources, collaborations); you have not helped back"));
    assertThat(analysis.gaps(GapKind.THIN_FILE)).extracting(Gap::subject).containsExactly("Bob", "Cy", "Dee", "Eve");
    assertThat(analysis.gaps(GapKind.CONCENTRATION)).isEmpty();
    assertThat(analysis.gaps()).extracting(Gap::kind).startsWith(GapKind.GOAL, GapKind.GOAL, GapKind.GOAL, GapKind.COOLING_TIE);
    assertThat(analysis.patterns()).hasSize(4);
    assertThat(analysis.patterns().get(3).spokenWithMost()).containsExactly(new ContactCount(ann.id(), "Ann", 4));
    assertThat(analysis.patterns().get(2).helpers()).containsExactly(new ContactCount(eve.id(), "Eve", 1));
    assertThat(analysis.composition()).hasSize(7);
  }

  @Test
  void recipients_are_those_a_resource_suits_until_they_have_had_it() {
    Resource article = rapport.activity().addResource("Instant payments", Optional.empty(), Set.of("payments"));

    assertThat(rapport.analysis().recipients(article.id())).extracting(Recipient::contact).containsExactly(ann.id());

    rapport.activity().log(LogTouch.outbound(ann.id(), InteractionKind.RESOURCE_SHARED).resource(article.id())
        .at(Instant.parse("2026-11-25T12:00:00Z")));
    assertThat(rapport.analysis().recipients(article.id())).isEmpty();
  }

  @Test
  void an_unknown_resource_is_an_error_naming_it() {
    assertThatThrownBy(() -> rapport.analysis().recipients(new ResourceId(99)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessage("no resource has id '99'");
  }

  @Test
  void introductions_pair_a_need_with_an_offer_until_the_introduction_is_logged() {
    assertThat(rapport.analysis().introductions()).singleElement().satisfies(intro -> {
      assertThat(intro.seeker()).isEqualTo(cy.id());
      assertThat(intro.helper()).isEqualTo(eve.id());
      assertThat(intro.reason()).isEqualTo("Cy is after hiring; Eve offers it; not introduced yet");
    });

    rapport.activity().log(LogTouch.outbound(cy.id(), InteractionKind.INTRODUCTION).introducedTo(eve.id())
        .at(Instant.parse("2026-11-25T12:00:00Z")));
    assertThat(rapport.analysis().introductions()).extracting(Introduction::seeker).doesNotContain(cy.id());
  }

  @Test
  void analyse_on_an_earlier_day_sees_only_what_had_happened_by_then() {
    NetworkAnalysis earlier = rapport.analysis().analyse(LocalDate.of(2026, 4, 15));

    assertThat(earlier.gaps(GapKind.IMBALANCE)).isEmpty();
    assertThat(earlier.gaps(GapKind.COOLING_TIE)).extracting(Gap::subject, Gap::detail).contains(
        tuple("Bob", "close tie is dormant (score 0): never touched, date connected unknown; cadence every 2 weeks; "
            + "0 touches in the last 90 days; 0 outbound, 0 inbound in 12 months"));
  }
}
