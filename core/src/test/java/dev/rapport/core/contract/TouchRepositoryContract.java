package dev.rapport.core.contract;

import static dev.rapport.core.contract.Samples.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.TouchRepository} must do. */
public abstract class TouchRepositoryContract extends StorageContract {

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.touches().findAll()).isEmpty();
  }

  @Test
  void givenTouchWithEveryField_forContact_returnsAnEqualTouch() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    ResourceId resource = storage.resources().nextId();
    storage.resources().save(Resource.builder().id(resource).title("Notes on the engine").foundOn(LocalDate.EPOCH).build());
    Touch shared = Touch.builder().contact(ada).at(Instant.parse("2026-02-03T10:15:30.123Z"))
        .direction(Direction.OUTBOUND).kind(InteractionKind.RESOURCE_SHARED).channel("LinkedIn")
        .summary("sent the engine notes").minutes(12).resource(resource).build();
    Touch intro = Touch.builder().contact(ada).at(Instant.parse("2026-02-04T09:00:00Z"))
        .direction(Direction.MUTUAL).kind(InteractionKind.INTRODUCTION).introducedTo(bob).build();
    storage.touches().add(shared);
    storage.touches().add(intro);
    assertThat(storage.touches().forContact(ada)).containsExactly(shared, intro);
  }

  @Test
  void forContact_isOldestFirst_andOnlyThatContacts() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Touch late = message(ada, "2026-05-01T00:00:00Z");
    Touch early = message(ada, "2026-01-01T00:00:00Z");
    storage.touches().add(late);
    storage.touches().add(message(bob, "2026-03-01T00:00:00Z"));
    storage.touches().add(early);
    assertThat(storage.touches().forContact(ada)).containsExactly(early, late);
  }

  @Test
  void findAll_isOldestFirst_tiesByContactId() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Touch second = message(bob, "2026-01-01T00:00:00Z");
    Touch first = message(ada, "2026-01-01T00:00:00Z");
    Touch last = message(ada, "2026-06-01T00:00:00Z");
    storage.touches().addAll(List.of(last, second, first));
    assertThat(storage.touches().findAll()).containsExactly(first, second, last);
  }

  @Test
  void addAll_keepsEveryTouch() {
    ContactId ada = Samples.newContact(storage, "Ada");
    List<Touch> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      many.add(message(ada, Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3_600L * i).toString()));
    }
    storage.touches().addAll(many);
    assertThat(storage.touches().forContact(ada)).containsExactlyElementsOf(many);
  }

  @Test
  void givenUnknownContact_forContact_isEmpty() {
    assertThat(storage.touches().forContact(new ContactId(99_999))).isEmpty();
  }

  @Test
  void deleteForContact_removesTheirTouchesAndIntroductionsToThem() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    ContactId cyd = Samples.newContact(storage, "Cyd");
    Touch kept = message(cyd, "2026-01-05T00:00:00Z");
    storage.touches().addAll(List.of(
        message(ada, "2026-01-01T00:00:00Z"),
        message(ada, "2026-01-02T00:00:00Z"),
        Touch.builder().contact(bob).at(Instant.parse("2026-01-03T00:00:00Z")).direction(Direction.OUTBOUND)
            .kind(InteractionKind.INTRODUCTION).introducedTo(ada).build(),
        kept));
    assertThat(storage.touches().deleteForContact(ada)).isEqualTo(3);
    assertThat(storage.touches().findAll()).containsExactly(kept);
  }
}
