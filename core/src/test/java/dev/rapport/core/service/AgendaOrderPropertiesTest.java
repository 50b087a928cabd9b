package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.service.TiedNetworks.Person;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The agenda comes by rule, due touches and reconnections highest rank first and the others
 * soonest first, then by name, then by id, whatever the ties: replies and due touches mixed.
 */
class AgendaOrderPropertiesTest {

  @Property(tries = 100)
  void suggestions_comeByRuleThenUrgencyThenNameThenId(@ForAll("people") List<Person> people) {
    List<Suggestion> suggestions = TiedNetworks.rapportOf(people).outreach().agenda(AgendaRequest.asOf(TiedNetworks.AS_OF))
        .suggestions();

    for (int i = 1; i < suggestions.size(); i++) {
      Suggestion before = suggestions.get(i - 1);
      Suggestion after = suggestions.get(i);
      assertThat(before.rule().place()).isLessThanOrEqualTo(after.rule().place());
      if (before.rule().place() != after.rule().place()) {
        continue;
      }
      int byUrgency = before.rule().ranked()
          ? Double.compare(after.rank(), before.rank()) : before.due().compareTo(after.due());
      assertThat(byUrgency).isLessThanOrEqualTo(0);
      if (byUrgency == 0 && before.rule() != after.rule()) {
        assertThat(before.rule()).isEqualTo(Suggestion.Rule.RECONNECT); // at one rank, the reconnection first
        continue;
      }
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
    return TiedNetworks.people();
  }
}
