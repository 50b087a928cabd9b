package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The agenda comes by rule, due touches highest rank first and the others soonest first, then by
 * name, then by id, whatever the ties: few names, the same tiers, and replies and due touches mixed.
 */
class AgendaOrderPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  record Person(String name, Tier tier, List<Integer> daysAgo) {}

  @Property(tries = 100)
  void suggestions_comeByRuleThenUrgencyThenNameThenId(@ForAll("people") List<Person> people) {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    for (Person person : people) {
      Contact contact = rapport.contacts().add(person.name(), c -> Contact.builder().from(c).tier(person.tier()).build());
      for (int daysAgo : person.daysAgo()) {
        rapport.activity().log(Touch.builder().contact(contact.id())
            .at(AS_OF.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC))
            .direction(daysAgo % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build());
      }
    }

    List<Suggestion> suggestions = rapport.outreach().agenda(AgendaRequest.asOf(AS_OF)).suggestions();

    for (int i = 1; i < suggestions.size(); i++) {
      Suggestion before = suggestions.get(i - 1);
      Suggestion after = suggestions.get(i);
      assertThat(before.rule()).isLessThanOrEqualTo(after.rule());
      if (before.rule() != after.rule()) {
        continue;
      }
      int byUrgency = before.rule() == Suggestion.Rule.DUE
          ? Double.compare(after.rank(), before.rank()) : before.due().compareTo(after.due());
      assertThat(byUrgency).isLessThanOrEqualTo(0);
      if (byUrgency == 0) {
        assertThat(before.contactName()).isLessThanOrEqualTo(after.contactName());
        if (before.contactName().equals(after.contactName())) {
          assertThat(before.contact().value()).isLessThan(after.contact().value());
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Person>> people() {
    Arbitrary<Person> person = Combinators.combine(
        Arbitraries.of("Ada", "Bo", "Cy"),
        Arbitraries.of(Tier.class),
        Arbitraries.integers().between(0, 400).list().ofMaxSize(4))
        .as(Person::new);
    return person.list().ofMinSize(1).ofMaxSize(40);
  }
}
