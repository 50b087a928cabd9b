package dev.rapport.core.policy.analysis;

import static dev.rapport.core.policy.analysis.Net.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GoalGapAnalysisTest {

  private static final Goal FINTECH = new Goal(GoalKind.INDUSTRY, "FinTech", Set.of("Financial Technology"), 3);

  @Test
  void givenSpellingsAndAnAlias_gaps_countsThemAllTowardsOneGoal() {
    List<Contact> contacts = List.of(
        contact(1, "Ann").industry("fintech").build(),
        contact(2, "Bob").industry("FINTECH").build(),
        contact(3, "Cy").industry("Financial technology").build(),
        contact(4, "Di").industry("Retail").build());
    Predicate<Contact> healthy = c -> c.id().value() == 1;

    List<Gap.GoalGap> gaps = GoalGapAnalysis.gaps(List.of(FINTECH), contacts, healthy);

    assertThat(gaps).singleElement().satisfies(gap -> {
      assertThat(gap.have()).isEqualTo(3);
      assertThat(gap.healthy()).isEqualTo(1);
      assertThat(gap.wanted()).isEqualTo(3);
      assertThat(gap.shortfall()).isEqualTo(2);
      assertThat(gap.kind()).isEqualTo(GapKind.GOAL);
      assertThat(gap.subject()).isEqualTo("industry: FinTech");
      assertThat(gap.detail()).isEqualTo("3 contacts match, 1 healthy or better; 3 wanted: 2 short");
    });
  }

  @Test
  void givenAGoalNobodyMatches_gaps_putsItFirst_evenBeforeALargerShortfall() {
    Goal berlin = Goal.of(GoalKind.LOCATION, "Berlin", 1);
    Goal cto = Goal.of(GoalKind.ROLE, "CTO", 5);
    List<Contact> contacts = List.of(contact(1, "Ann").title("CTO").location(Location.of("München", null, "Germany")).build());

    List<Gap.GoalGap> gaps = GoalGapAnalysis.gaps(List.of(cto, berlin), contacts, c -> false);

    assertThat(gaps).extracting(Gap.GoalGap::goal).containsExactly(berlin, cto);
    assertThat(gaps.get(0).detail()).isEqualTo("nobody in the network matches Berlin; 1 healthy wanted: 1 short");
    assertThat(gaps.get(1).shortfall()).isEqualTo(5);
  }

  @Test
  void roles_match_as_whole_words_in_titles_and_seniority_and_locations_without_accents() {
    Goal manager = Goal.of(GoalKind.ROLE, "engineering manager", 1);
    Goal exec = Goal.of(GoalKind.ROLE, "executive", 1);
    Goal munich = Goal.of(GoalKind.LOCATION, "Munchen", 1);
    Goal ai = Goal.of(GoalKind.TOPIC, "AI", 1);
    List<Contact> contacts = List.of(
        contact(1, "Ann").title("Senior Engineering Manager").build(),
        contact(2, "Bob").seniority("Executive").location(Location.of("München", "Bayern", "Germany")).build(),
        contact(3, "Cy").offers(Set.of("AI safety")).build(),
        contact(4, "Di").title("Engineering").interests(Set.of("email")).build());

    List<Gap.GoalGap> gaps = GoalGapAnalysis.gaps(List.of(manager, exec, munich, ai), contacts, c -> true);

    assertThat(gaps).allSatisfy(gap -> {
      assertThat(gap.have()).as(gap.subject()).isEqualTo(1);
      assertThat(gap.shortfall()).isZero();
      assertThat(gap.detail()).endsWith("goal met");
    });
  }

  @Test
  void archived_contacts_do_not_count() {
    List<Contact> contacts = List.of(contact(1, "Ann").industry("fintech").archived(true).build());

    assertThat(GoalGapAnalysis.gaps(List.of(FINTECH), contacts, c -> true).get(0).have()).isZero();
  }

  @Property(tries = 200)
  void adding_a_healthy_contact_never_widens_a_goals_shortfall(
      @ForAll("networks") List<Contact> contacts, @ForAll("industries") String industry, @ForAll("healthyIds") Set<Long> healthyIds) {
    List<Goal> goals = List.of(FINTECH, Goal.of(GoalKind.INDUSTRY, "Retail", 2), Goal.of(GoalKind.TOPIC, "payments", 4));
    Contact added = contact(1000, "New").industry(industry).interests(Set.of("payments")).build();
    List<Contact> more = new ArrayList<>(contacts);
    more.add(added);
    Predicate<Contact> healthy = c -> c.equals(added) || healthyIds.contains(c.id().value());

    List<Gap.GoalGap> before = GoalGapAnalysis.gaps(goals, contacts, healthy);
    List<Gap.GoalGap> after = GoalGapAnalysis.gaps(goals, more, healthy);

    for (Gap.GoalGap gap : after) {
      Gap.GoalGap old = before.stream().filter(g -> g.goal().equals(gap.goal())).findFirst().orElseThrow();
      assertThat(gap.shortfall()).isLessThanOrEqualTo(old.shortfall());
      assertThat(gap.have()).isGreaterThanOrEqualTo(old.have());
    }
  }

  @Provide
  Arbitrary<String> industries() {
    return Arbitraries.of("fintech", "FinTech", "Financial Technology", "retail", "mining");
  }

  @Provide
  Arbitrary<Set<Long>> healthyIds() {
    return Arbitraries.longs().between(1, 30).set();
  }

  @Provide
  Arbitrary<List<Contact>> networks() {
    return industries().list().ofMaxSize(30).map(list -> {
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        contacts.add(contact(i + 1, "C" + i).industry(list.get(i)).build());
      }
      return contacts;
    });
  }
}
