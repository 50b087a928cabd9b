package dev.rapport.core.policy.analysis;

import static dev.rapport.core.domain.Direction.OUTBOUND;
import static dev.rapport.core.domain.InteractionKind.INTRODUCTION;
import static dev.rapport.core.policy.analysis.Net.contact;
import static dev.rapport.core.policy.analysis.Net.id;
import static dev.rapport.core.policy.analysis.Net.touch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.NetworkActivity;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchmakerTest {

  private final Matchmaker matchmaker = new Matchmaker(AnalysisPolicy.defaults());

  @Test
  void givenAnArticleOnPayments_recipients_ranksByOverlap_andLeavesOutThoseAlreadySentIt() {
    Resource article = Resource.builder().id(new ResourceId(1)).title("Open banking in 2027")
        .topics(Set.of("Payments", "open banking")).foundOn(LocalDate.of(2026, 11, 1)).build();
    Contact both = contact(1, "Both").interests(Set.of("payments")).goals(Set.of("Open Banking")).build();
    Contact one = contact(2, "One").interests(Set.of("payments regulation")).build();
    Contact sent = contact(3, "Sent").interests(Set.of("payments")).build();
    Contact none = contact(4, "None").interests(Set.of("gardening")).build();
    Contact closer = contact(5, "Closer").tier(Tier.INNER).interests(Set.of("PAYMENTS")).build();

    List<Recipient> recipients = matchmaker.recipients(article, List.of(both, one, sent, none, closer), Set.of(id(3)));

    assertThat(recipients).extracting(Recipient::name).containsExactly("Both", "Closer", "One");
    assertThat(recipients.get(0).relevance()).isEqualTo(2);
    assertThat(recipients.get(0).reason()).isEqualTo("interested in payments; working towards Open Banking");
    assertThat(recipients.get(2).reason()).isEqualTo("interested in payments regulation");
  }

  @Test
  void givenOneSeekingWhatAnotherOffers_introductions_suggestsThePairWithTheReason_untilIntroduced() {
    Contact seeker = contact(1, "Sam").goals(Set.of("Hiring a CTO", "seed funding")).build();
    Contact helper = contact(2, "Hana").offers(Set.of("hiring a cto", "Seed Funding")).build();
    Contact other = contact(3, "Olu").offers(Set.of("seed funding")).build();
    Contact self = contact(4, "Self").goals(Set.of("design")).offers(Set.of("design")).build();

    List<Introduction> intros = matchmaker.introductions(List.of(seeker, helper, other, self), Net.activity(List.of()));

    assertThat(intros).extracting(Introduction::helperName).containsExactly("Hana", "Olu");
    assertThat(intros.get(0).topics()).containsExactly("Hiring a CTO", "seed funding");
    assertThat(intros.get(0).reason())
        .isEqualTo("Sam is after Hiring a CTO, seed funding; Hana offers it; not introduced yet");

    NetworkActivity introduced = Net.activity(List.of(
        touch(2, LocalDate.of(2025, 3, 1), OUTBOUND, INTRODUCTION).introducedTo(id(1)).build()));
    assertThat(matchmaker.introductions(List.of(seeker, helper, other, self), introduced))
        .extracting(Introduction::helperName).containsExactly("Olu");
  }

  @Test
  void introductions_stop_at_the_policys_maximum() {
    Matchmaker one = new Matchmaker(AnalysisPolicy.builder().maxIntroductions(1).build());
    Contact seeker = contact(1, "Sam").goals(Set.of("design")).build();
    Contact close = contact(2, "Zoe").tier(Tier.INNER).offers(Set.of("design")).build();
    Contact far = contact(3, "Abe").offers(Set.of("design")).build();

    assertThat(one.introductions(List.of(seeker, close, far), Net.activity(List.of())))
        .extracting(Introduction::helperName).containsExactly("Zoe");
  }
}
