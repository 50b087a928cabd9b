package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.ContactHealth;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A whole network's health comes lowest score first, then by name, then by id, whatever the
 * ties: few names, the same tiers, the same touches, and scores that differ in their last digits.
 */
class HealthOrderPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  record Person(String name, Tier tier, List<Integer> daysAgo) {}

  @Property(tries = 100)
  void all_isOrderedByScoreThenNameThenId(@ForAll("people") List<Person> people) {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    for (Person person : people) {
      Contact contact = rapport.contacts().add(person.name(), c -> Contact.builder().from(c).tier(person.tier()).build());
      for (int daysAgo : person.daysAgo()) {
        rapport.activity().log(Touch.builder().contact(contact.id())
            .at(AS_OF.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(daysAgo % 7))
            .direction(daysAgo % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build());
      }
    }

    List<ContactHealth> all = rapport.health().all(AS_OF, Optional.empty());

    assertThat(all).hasSize(people.size());
    for (int i = 1; i < all.size(); i++) {
      ContactHealth before = all.get(i - 1);
      ContactHealth after = all.get(i);
      assertThat(before.score()).isLessThanOrEqualTo(after.score());
      if (before.score() == after.score()) {
        assertThat(before.contact()).isLessThanOrEqualTo(after.contact());
        if (before.contact().equals(after.contact())) {
          assertThat(before.contactId().value()).isLessThan(after.contactId().value());
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
