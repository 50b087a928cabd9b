package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Networks full of ties, for the properties of the orders rules give a whole network: few names,
 * the same tiers, the same touches, scores that differ in their last digits.
 */
final class TiedNetworks {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  /** A contact to add: their name, tier, and a touch so many days before {@link #AS_OF} for each entry. */
  record Person(String name, Tier tier, List<Integer> daysAgo) {}

  private TiedNetworks() {}

  static Arbitrary<List<Person>> people() {
    Arbitrary<Person> person = Combinators.combine(
        Arbitraries.of("Ada", "Bo", "Cy"),
        Arbitraries.of(Tier.class),
        Arbitraries.integers().between(0, 400).list().ofMaxSize(4))
        .as(Person::new);
    return person.list().ofMinSize(1).ofMaxSize(40);
  }

  /** Rapport over a new in-memory storage holding {@code people} and their touches, inbound on every third day. */
  static Rapport rapportOf(List<Person> people) {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    for (Person person : people) {
      Contact contact = rapport.contacts().add(NewContact.named(person.name()).tier(person.tier()));
      for (int daysAgo : person.daysAgo()) {
        Direction direction = daysAgo % 3 == 0 ? Direction.INBOUND : Direction.OUTBOUND;
        rapport.activity().log(LogTouch.of(contact.id(), direction, InteractionKind.MESSAGE)
            .at(AS_OF.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(daysAgo % 7)));
      }
    }
    return rapport;
  }
}
