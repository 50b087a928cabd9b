package dev.rapport.core.policy.analysis;

import static dev.rapport.core.policy.analysis.Net.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CompositionAnalysisTest {

  private final CompositionAnalysis analysis = new CompositionAnalysis(AnalysisPolicy.defaults());

  @Test
  void givenCompaniesSpelledDifferently_compose_countsThemAsOne_largestFirst_unknownLast() {
    List<Contact> contacts = List.of(
        contact(1, "Ann").company("Acme").build(),
        contact(2, "Bob").company("ACME").build(),
        contact(3, "Cy").company("Globex").build(),
        contact(4, "Di").build());

    Composition byCompany = analysis.compose(Dimension.COMPANY, contacts);

    assertThat(byCompany.total()).isEqualTo(4);
    assertThat(byCompany.known()).isEqualTo(3);
    assertThat(byCompany.shares()).containsExactly(
        new Share(Optional.of("Acme"), 2, 0.5),
        new Share(Optional.of("Globex"), 1, 0.25),
        new Share(Optional.empty(), 1, 0.25));
    // over the known values: (2/3)^2 + (1/3)^2
    assertThat(byCompany.herfindahl()).isCloseTo(5.0 / 9, within(1e-12));
  }

  @Test
  void givenOneCompanyHoldingMostOfTenContacts_concentrations_warnsNamingIt() {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      contacts.add(contact(i, "P" + i).company(i <= 6 ? "Acme" : "Other" + i).industry("Industry" + i).build());
    }

    List<Gap.Concentration> found = analysis.concentrations(analysis.compose(contacts));

    // company: 0.6^2 + 4 * 0.1^2 = 0.40; industry: ten values, 0.10
    assertThat(found).singleElement().satisfies(gap -> {
      assertThat(gap.kind()).isEqualTo(GapKind.CONCENTRATION);
      assertThat(gap.subject()).isEqualTo("company");
      assertThat(gap.value()).isEqualTo("Acme");
      assertThat(gap.herfindahl()).isCloseTo(0.40, within(1e-9));
      assertThat(gap.detail()).isEqualTo(
          "Acme holds 6 of 10 contacts with a known company (60%); Herfindahl 0.40 is at or above 0.25");
    });
  }

  @Test
  void givenTooFewContactsToJudge_concentrations_saysNothing() {
    List<Contact> contacts = List.of(contact(1, "Ann").company("Acme").build(), contact(2, "Bob").company("Acme").build());

    assertThat(analysis.concentrations(analysis.compose(contacts))).isEmpty();
  }

  @Test
  void tiers_and_locations_are_dimensions_too() {
    List<Contact> contacts = List.of(
        contact(1, "Ann").tier(dev.rapport.core.domain.Tier.INNER)
            .location(dev.rapport.core.domain.Location.of("Berlin", null, "Germany")).build(),
        contact(2, "Bob").build());

    assertThat(analysis.compose(Dimension.TIER, contacts).shares()).extracting(Share::label)
        .containsExactly("acquaintance", "inner");
    assertThat(analysis.compose(Dimension.LOCATION, contacts).shares()).extracting(Share::label)
        .containsExactly("Berlin, Germany", "(unknown)");
  }

  @Property(tries = 200)
  void shares_sum_to_one_in_every_dimension(@ForAll("networks") List<Contact> contacts) {
    for (Composition composition : analysis.compose(contacts)) {
      double sum = composition.shares().stream().mapToDouble(Share::share).sum();
      assertThat(sum).isCloseTo(1.0, within(1e-9));
      assertThat(composition.shares().stream().mapToInt(Share::count).sum()).isEqualTo(contacts.size());
      assertThat(composition.herfindahl()).isBetween(0.0, 1.0);
    }
  }

  @Provide
  Arbitrary<List<Contact>> networks() {
    Arbitrary<String> values = Arbitraries.of("Acme", "acme", "Globex", "Initech", "Zürich", "zurich", "", " ");
    return values.optional().list().ofMinSize(1).ofMaxSize(40).flatMap(companies ->
        values.optional().list().ofSize(companies.size()).map(industries -> {
          List<Contact> contacts = new ArrayList<>();
          for (int i = 0; i < companies.size(); i++) {
            contacts.add(contact(i + 1, "C" + i).company(companies.get(i)).industry(industries.get(i)).build());
          }
          return contacts;
        }));
  }
}
