package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Quotes, SQL, emoji, right-to-left text and a 100,000-character note come back untouched from
 * every text column, not only the contacts' (which the contract suite covers).
 */
class HostileTextTest {

  abstract static class Cases {

    abstract JdbcStore newStore();

    @Test
    void hostileText_roundTripsUntouched_inEveryKindOfRecord() {
      try (JdbcStore store = newStore()) {
        int n = 0;
        for (String text : Samples.HOSTILE_TEXT) {
          n++;
          ContactId who = Samples.newContact(store, "Contact " + n);
          Touch touch = Touch.builder().contact(who).at(Instant.parse("2026-01-01T00:00:00Z")).direction(Direction.OUTBOUND)
              .kind(InteractionKind.MESSAGE).channel(text).summary(text).build();
          store.touches().add(touch);
          assertThat(store.touches().forContact(who)).containsExactly(touch);

          Channel channel = Channel.builder().name(text + n).kind(ChannelKind.SITE).joinedOn(LocalDate.EPOCH).build();
          store.channels().save(channel);
          assertThat(store.channels().find(text + n)).contains(channel);

          Resource resource = Resource.builder().id(store.resources().nextId()).title(text).link(text)
              .topics(Set.of(text)).foundOn(LocalDate.EPOCH).build();
          store.resources().save(resource);
          assertThat(store.resources().find(resource.id())).contains(resource);

          SpecialDay day = SpecialDay.builder().contact(who).kind(SpecialDayKind.PERSONAL_EVENT)
              .date(PartialDate.parse("--06-01")).title(text).build();
          store.specialDays().add(day);
          assertThat(store.specialDays().forContact(who)).containsExactly(day);

          Collaboration collaboration = Collaboration.builder().title(text).on(LocalDate.EPOCH).contacts(Set.of(who))
              .channel(text).build();
          store.collaborations().add(collaboration);
          assertThat(store.collaborations().findAll()).contains(collaboration);

          OwnerProfile profile = OwnerProfile.builder().addGoals(new Goal(GoalKind.TOPIC, text, Set.of(text + "!"), 1)).build();
          store.profile().save(profile);
          assertThat(store.profile().load()).contains(profile);
        }
        assertThat(store.contacts().findAll()).hasSize(Samples.HOSTILE_TEXT.size());
      }
    }

    @Test
    void hostileText_roundTripsUntouched_throughABulkInsert() {
      try (JdbcStore store = newStore()) {
        ContactId who = Samples.newContact(store, "Bulk");
        List<Touch> touches = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
          String text = Samples.HOSTILE_TEXT.get(i % Samples.HOSTILE_TEXT.size());
          touches.add(Touch.builder().contact(who).at(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i))
              .direction(Direction.INBOUND).kind(InteractionKind.MESSAGE).channel(text.substring(0, Math.min(50, text.length())))
              .summary(text).minutes(i % 3 == 0 ? 5 : 0).build());
        }
        store.touches().addAll(touches);
        assertThat(store.touches().forContact(who)).containsExactlyElementsOf(touches);
      }
    }
  }

  @Nested
  class OnSqlite extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newPostgresStore();
    }
  }
}
