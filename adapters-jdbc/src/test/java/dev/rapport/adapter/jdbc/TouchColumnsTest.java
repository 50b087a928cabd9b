package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Touches read back with only the cells that hold a value read: every field alone, all of them,
 * none, the largest nanosecond, and every direction and kind, come back as they were written, by every read of whole
 * touches (one contact's, everyone's in time order, everyone's by contact).
 */
class TouchColumnsTest {

  abstract static class Cases {

    abstract JdbcStore newStore();

    @Test
    void givenTouchesWithEachOptionalFieldAlone_everyRead_givesThemBackAsWritten() {
      try (JdbcStore store = newStore()) {
        ContactId who = Samples.newContact(store, "Ada");
        ContactId other = Samples.newContact(store, "Grace");
        ResourceId resource = store.resources().nextId();
        store.resources().save(Resource.builder().id(resource).title("guide").foundOn(LocalDate.EPOCH).build());
        List<Touch> written = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T08:00:00Z");
        int n = 0;
        for (Direction direction : Direction.values()) {
          for (InteractionKind kind : InteractionKind.values()) {
            written.add(base(who, at.plusSeconds(n++), direction, kind).build());
          }
        }
        written.add(base(who, at.plusSeconds(n++), Direction.INBOUND, InteractionKind.MESSAGE).channel("LinkedIn").build());
        written.add(base(who, at.plusSeconds(n++), Direction.INBOUND, InteractionKind.MESSAGE).summary("coffee").build());
        written.add(base(who, at.plusSeconds(n++), Direction.INBOUND, InteractionKind.CALL).minutes(0).build());
        written.add(base(who, at.plusSeconds(n++), Direction.OUTBOUND, InteractionKind.RESOURCE_SHARED)
            .resource(resource).build());
        written.add(base(who, at.plusSeconds(n++), Direction.OUTBOUND, InteractionKind.INTRODUCTION)
            .introducedTo(other).build());
        written.add(base(who, at.plusSeconds(n++), Direction.INBOUND, InteractionKind.MESSAGE).externalKey("<m@x>").build());
        written.add(base(who, Instant.parse("2026-01-02T08:00:00.999999999Z"), Direction.MUTUAL, InteractionKind.INTRODUCTION)
            .channel("Café ☕").summary("'; DROP TABLE touches; --").minutes(45).resource(resource).introducedTo(other)
            .externalKey("uid-1").build());
        store.touches().addAll(written);

        assertThat(store.touches().forContact(who)).containsExactlyElementsOf(written);
        List<Touch> byContact = new ArrayList<>();
        store.touches().eachByContact(byContact::add);
        assertThat(byContact).containsExactlyElementsOf(written);
        assertThat(store.touches().findAll()).containsExactlyElementsOf(written);
      }
    }
  }

  @Nested
  class OnSqlite extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newSqliteStore();
    }

    @Test
    void givenAKindThisVersionDoesNotKnow_aRead_failsNamingIt() throws Exception {
      Path file = TestDatabases.newSqliteFile();
      ContactId who;
      try (JdbcStore store = JdbcStore.openSqlite(file)) {
        who = Samples.newContact(store, "Ada");
        store.touches().add(base(who, Instant.EPOCH, Direction.INBOUND, InteractionKind.CALL).build());
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE touches SET kind = 'TELEGRAM'");
      }
      try (JdbcStore store = JdbcStore.openSqlite(file)) {
        assertThatThrownBy(() -> store.touches().forContact(who)).hasMessageContaining("unknown kind 'TELEGRAM'");
      }
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    JdbcStore newStore() {
      return TestDatabases.newPostgresStore();
    }
  }

  private static ImmutableTouch.Builder base(ContactId who, Instant at, Direction direction, InteractionKind kind) {
    return Touch.builder().contact(who).at(at).direction(direction).kind(kind).summary("");
  }
}
