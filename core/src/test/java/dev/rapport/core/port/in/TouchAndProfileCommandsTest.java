package dev.rapport.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** LogTouch and ProfileChanges check themselves with the domain's own rules, named by field and value. */
class TouchAndProfileCommandsTest {

  private static final ContactId ADA = new ContactId(1);
  private static final ContactId GRACE = new ContactId(2);
  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  @Property
  void givenNegativeMinutes_logTouch_isRefused(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int minutes) {
    assertThatIllegalArgumentException().isThrownBy(() -> LogTouch.outbound(ADA, InteractionKind.CALL).minutes(minutes))
        .withMessage("touch minutes must not be negative: %s", minutes);
  }

  @Test
  void givenAnIntroductionThatIsNone_logTouch_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogTouch.outbound(ADA, InteractionKind.MESSAGE).introducedTo(GRACE))
        .withMessage("touch introducedTo is only for INTRODUCTION touches, not MESSAGE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogTouch.outbound(ADA, InteractionKind.INTRODUCTION).introducedTo(ADA))
        .withMessage("touch introducedTo must be another contact than 1");
    assertThatIllegalArgumentException().isThrownBy(() -> LogTouch.inbound(ADA, InteractionKind.MESSAGE).channel(" "))
        .withMessage("touch channel must not be blank: ' '");
  }

  /** A touch happens now unless back-dated, and carries every detail the command gives. */
  @Property
  void toTouch_isAtNowUnlessBackDated(@ForAll Direction direction, @ForAll InteractionKind kind,
      @ForAll("instants") Instant earlier, @ForAll @IntRange(max = 600) int minutes) {
    LogTouch command = LogTouch.of(ADA, direction, kind).summary("about engines").minutes(minutes).channel("Meetup");

    Touch now = command.toTouch(NOW);
    Touch backDated = command.at(earlier).toTouch(NOW);

    assertThat(now).isEqualTo(Touch.builder().contact(ADA).at(NOW).direction(direction).kind(kind)
        .summary("about engines").minutes(minutes).channel("Meetup").build());
    assertThat(backDated).isEqualTo(Touch.builder().from(now).at(earlier).build());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, NOW.getEpochSecond()).map(Instant::ofEpochSecond);
  }

  @Test
  void aResourceShared_andAnIntroduction_reachTheTouch() {
    assertThat(LogTouch.outbound(ADA, InteractionKind.RESOURCE_SHARED).resource(new ResourceId(3)).toTouch(NOW).resource())
        .contains(new ResourceId(3));
    assertThat(LogTouch.outbound(ADA, InteractionKind.INTRODUCTION).introducedTo(GRACE).toTouch(NOW).introducedTo())
        .contains(GRACE);
  }

  @Property
  void givenANegativeLimit_profileChanges_areRefusedNamingTheSetting(@ForAll @IntRange(min = -1000, max = -1) int n) {
    assertThatIllegalArgumentException().isThrownBy(() -> ProfileChanges.none().weeklyBudgetMinutes(n))
        .withMessage("profile weeklyBudgetMinutes must not be negative: %s", n);
    assertThatIllegalArgumentException().isThrownBy(() -> ProfileChanges.none().maxSites(n))
        .withMessage("profile maxSites must not be negative: %s", n);
    assertThatIllegalArgumentException().isThrownBy(() -> ProfileChanges.none().maxGroups(n))
        .withMessage("profile maxGroups must not be negative: %s", n);
    assertThatIllegalArgumentException().isThrownBy(() -> ProfileChanges.none().minOutreachPerMonth(n))
        .withMessage("profile minOutreachPerMonth must not be negative: %s", n);
  }

  @Test
  void givenSomethingThatIsNoAddress_profileChanges_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ProfileChanges.none().addEmails("me at example.org"))
        .withMessage("profile emails must be addresses like name@example.org: [me at example.org]");
  }

  /** No change leaves any profile as it was. */
  @Property
  void none_changesNothing(@ForAll @IntRange(max = 10_000) int budget, @ForAll NetworkingStyle style) {
    OwnerProfile profile = OwnerProfile.builder().weeklyBudgetMinutes(budget).style(style)
        .addGoals(Goal.of(GoalKind.TOPIC, "payments", 2)).addEmails("me@example.org").build();

    assertThat(ProfileChanges.none().applyTo(profile)).isEqualTo(profile);
  }

  @Test
  void addedGoalsAndAddresses_replaceTheirLike_andClearingStartsAfresh() {
    OwnerProfile profile = OwnerProfile.builder().addGoals(Goal.of(GoalKind.INDUSTRY, "fintech", 5),
        Goal.of(GoalKind.TOPIC, "payments", 1)).addEmails("me@example.org").build();

    OwnerProfile changed = ProfileChanges.none().zone(ZoneId.of("Europe/Paris"))
        .addGoals(Goal.of(GoalKind.INDUSTRY, "FinTech", 2)).addEmails("ME@example.org", "me@work.example").applyTo(profile);
    OwnerProfile cleared = ProfileChanges.none().clearGoals(true).clearEmails(true).addEmails("new@example.org")
        .applyTo(profile);

    assertThat(changed.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(changed.goals())
        .containsExactly(Goal.of(GoalKind.TOPIC, "payments", 1), Goal.of(GoalKind.INDUSTRY, "FinTech", 2));
    assertThat(changed.emails()).containsExactly("me@example.org", "me@work.example");
    assertThat(cleared.goals()).isEmpty();
    assertThat(cleared.emails()).containsExactly("new@example.org");
  }

  @Test
  void aListChangedAfterwards_doesNotChangeTheProfileChanges() {
    List<String> emails = new ArrayList<>(List.of("me@example.org"));
    ProfileChanges changes = ProfileChanges.none().addEmails(emails);

    emails.add("late@example.org");

    assertThat(changes.addEmails()).containsExactly("me@example.org");
  }

  @Test
  void commands_areEqualByWhatTheyGive() {
    new EqualsTester()
        .addEqualityGroup(LogTouch.inbound(ADA, InteractionKind.MESSAGE).summary("hi"),
            LogTouch.of(ADA, Direction.INBOUND, InteractionKind.MESSAGE).summary("hi"))
        .addEqualityGroup(LogTouch.inbound(ADA, InteractionKind.MESSAGE).at(NOW))
        .addEqualityGroup(ProfileChanges.none(), ProfileChanges.none().clearGoals(false))
        .addEqualityGroup(ProfileChanges.none().maxSites(3))
        .testEquals();
  }
}
