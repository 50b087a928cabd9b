package dev.rapport.core.policy.analysis;

import static dev.rapport.core.domain.Direction.INBOUND;
import static dev.rapport.core.domain.Direction.OUTBOUND;
import static dev.rapport.core.domain.InteractionKind.GREETING;
import static dev.rapport.core.domain.InteractionKind.INTRODUCTION;
import static dev.rapport.core.domain.InteractionKind.MESSAGE;
import static dev.rapport.core.domain.InteractionKind.RESOURCE_SHARED;
import static dev.rapport.core.policy.analysis.Net.contact;
import static dev.rapport.core.policy.analysis.Net.id;
import static dev.rapport.core.policy.analysis.Net.touch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.NetworkActivity;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TieFindingsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
  private final TieFindings findings = new TieFindings(AnalysisPolicy.defaults());

  @Test
  void givenAnInnerTieAtRisk_andAnAcquaintanceAtRisk_coolingTies_reportsOnlyTheInnerOneWithItsReasons() {
    Contact inner = contact(1, "Ann").tier(Tier.INNER).build();
    Contact close = contact(2, "Bob").tier(Tier.CLOSE).build();
    Contact far = contact(3, "Cy").tier(Tier.ACQUAINTANCE).build();
    Standing atRisk = new Standing("AT_RISK", 22, false, true, List.of("last touch 47 days ago; cadence weekly"));
    Function<Contact, Standing> standing = c -> c.equals(close) ? Net.healthy() : atRisk;

    List<Gap.CoolingTie> ties = findings.coolingTies(List.of(inner, close, far), standing);

    assertThat(ties).singleElement().satisfies(tie -> {
      assertThat(tie.contact()).isEqualTo(id(1));
      assertThat(tie.kind()).isEqualTo(GapKind.COOLING_TIE);
      assertThat(tie.subject()).isEqualTo("Ann");
      assertThat(tie.detail()).isEqualTo("inner tie is at-risk (score 22): last touch 47 days ago; cadence weekly");
    });
  }

  @Test
  void givenSomeoneWhoNeverAnswersThreeTouches_imbalances_reportsThem_butNotTwoTouches() {
    Contact silent = contact(1, "Silent").build();
    Contact quiet = contact(2, "Quiet").build();
    Contact answers = contact(3, "Answers").build();
    NetworkActivity activity = Net.activity(List.of(
        touch(1, DAY, OUTBOUND, MESSAGE).build(),
        touch(1, DAY.plusDays(10), OUTBOUND, GREETING).build(),
        touch(1, DAY.plusDays(20), OUTBOUND, MESSAGE).build(),
        touch(2, DAY, OUTBOUND, MESSAGE).build(),
        touch(2, DAY.plusDays(10), OUTBOUND, MESSAGE).build(),
        touch(3, DAY, OUTBOUND, MESSAGE).build(),
        touch(3, DAY.plusDays(1), OUTBOUND, MESSAGE).build(),
        touch(3, DAY.plusDays(2), OUTBOUND, MESSAGE).build(),
        touch(3, DAY.plusDays(60), INBOUND, MESSAGE).build()));

    List<Gap.Imbalance> imbalances = findings.imbalances(List.of(silent, quiet, answers), activity);

    assertThat(imbalances).singleElement().satisfies(gap -> {
      assertThat(gap.side()).isEqualTo(Gap.Imbalance.Side.UNANSWERED);
      assertThat(gap.subject()).isEqualTo("Silent");
      assertThat(gap.detail()).isEqualTo("3 outbound, 0 inbound in 12 months: they never answer; focus on those who respond");
    });
  }

  @Test
  void givenAHelperYouNeverHelpedBack_imbalances_reportsThem_unlessYouHelped() {
    Contact helper = contact(1, "Helper").build();
    Contact helped = contact(2, "Helped").build();
    NetworkActivity activity = Net.activity(List.of(
        touch(1, DAY, INBOUND, INTRODUCTION).build(),
        touch(1, DAY.plusDays(3), INBOUND, RESOURCE_SHARED).build(),
        touch(1, DAY.plusDays(4), OUTBOUND, MESSAGE).build(),
        touch(2, DAY, INBOUND, INTRODUCTION).build(),
        touch(2, DAY.plusDays(5), OUTBOUND, RESOURCE_SHARED).build()));

    List<Gap.Imbalance> imbalances = findings.imbalances(List.of(helper, helped), activity);

    assertThat(imbalances).singleElement().satisfies(gap -> {
      assertThat(gap.side()).isEqualTo(Gap.Imbalance.Side.UNRECIPROCATED);
      assertThat(gap.contact()).isEqualTo(id(1));
      assertThat(gap.detail()).isEqualTo(
          "helped you 2 times in 12 months (introductions, resources, collaborations); you have not helped back");
    });
  }

  @Test
  void givenFilesMissingParts_thinFiles_namesWhatIsMissing_innerFirst() {
    Contact full = contact(1, "Full").company("Acme").title("CTO").interests(Set.of("ai")).build();
    Contact noBirthdayNoRole = contact(2, "Zed").tier(Tier.INNER).company("Acme").interests(Set.of("ai")).build();
    Contact empty = contact(3, "Amy").build();

    List<Gap.ThinFile> thin = findings.thinFiles(List.of(full, noBirthdayNoRole, empty), Set.of(id(1), id(3)));

    assertThat(thin).extracting(Gap.ThinFile::subject, Gap.ThinFile::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Zed", "file lacks role, birthday"),
        org.assertj.core.groups.Tuple.tuple("Amy", "file lacks company, role, interests"));
    assertThat(thin.get(0).kind()).isEqualTo(GapKind.THIN_FILE);
  }

  @Test
  void patterns_list_who_you_speak_with_most_and_who_helped_per_quarter() {
    Contact ann = contact(1, "Ann").build();
    Contact bob = contact(2, "Bob").build();
    Map<ContactId, Contact> byId = List.of(ann, bob).stream().collect(Collectors.toMap(Contact::id, c -> c));
    NetworkActivity activity = Net.activity(List.of(
        touch(1, LocalDate.of(2026, 2, 1), OUTBOUND, MESSAGE).build(),
        touch(2, LocalDate.of(2026, 2, 2), OUTBOUND, MESSAGE).build(),
        touch(2, LocalDate.of(2026, 2, 3), INBOUND, INTRODUCTION).build(),
        touch(1, LocalDate.of(2026, 10, 1), OUTBOUND, MESSAGE).build()));

    List<QuarterPattern> patterns = findings.patterns(byId, activity);

    assertThat(patterns).extracting(p -> p.quarter().toString()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    assertThat(patterns.get(0).spokenWithMost()).containsExactly(new ContactCount(id(2), "Bob", 2), new ContactCount(id(1), "Ann", 1));
    assertThat(patterns.get(0).helpers()).containsExactly(new ContactCount(id(2), "Bob", 1));
    assertThat(patterns.get(1).spokenWithMost()).isEmpty();
    assertThat(patterns.get(3).spokenWithMost()).containsExactly(new ContactCount(id(1), "Ann", 1));
  }
}
