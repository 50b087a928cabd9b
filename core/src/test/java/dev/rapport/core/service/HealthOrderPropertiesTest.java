package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.service.TiedNetworks.Person;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A whole network's health comes lowest score first, then by name, then by id, whatever the ties. */
class HealthOrderPropertiesTest {

  @Property(tries = 100)
  void all_isOrderedByScoreThenNameThenId(@ForAll("people") List<Person> people) {
    List<ContactHealth> all = TiedNetworks.rapportOf(people).health().all(TiedNetworks.AS_OF, Optional.empty());

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
    return TiedNetworks.people();
  }
}
