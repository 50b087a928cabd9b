package dev.rapport.core.contract;

import static dev.rapport.core.contract.Samples.message;
import static dev.rapport.core.contract.SummaryAssertions.assertSameSummaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link dev.rapport.core.port.out.TouchRepository} must do. */
public abstract class TouchRepositoryContract extends StorageContract {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /**
   * The summaries, however the storage computes them (kept as touches are written, in SQL, or in
   * one pass), equal the one-pass definition over random touches written in order, out of order,
   * one by one, partly deleted and partly rolled back; as of today, as of a day with later
   * touches, with a window longer than a year and with another half-life.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void summaries_matchTheOnePassDefinition(long seed) {
    Random random = new Random(seed);
    List<ContactId> contacts = newContacts(12);
    List<ResourceId> resources = newResources(3);
    List<Touch> touches = randomTouches(random, contacts, resources, 600);
    touches.subList(0, 300).sort(Comparator.comparing(Touch::at));
    storage.touches().addAll(touches.subList(0, 150));
    storage.touches().addAll(touches.subList(150, 300));
    storage.touches().addAll(touches.subList(300, 550)); // older history, written late
    touches.subList(550, 600).forEach(storage.touches()::add);
    storage.transactions().run(() -> storage.touches().deleteForContact(contacts.get(3)));
    TouchSummaryQuery today = new TouchSummaryQuery(AS_OF, ZONE, 30, 14, 90, 365);
    assertSameSummaries(storage.touches().summaries(today), TouchSummarizer.summarize(storage.touches().findAll(), today));
    touches.subList(0, 10).forEach(storage.touches()::add); // after a read: a storage may keep stats since then
    List<Touch> rolledBack = randomTouches(random, contacts, resources, 20);
    assertThatThrownBy(() -> storage.transactions().run(() -> {
      storage.touches().addAll(rolledBack);
      throw new IllegalStateException("rolled back");
    })).hasMessage("rolled back");

    for (TouchSummaryQuery query : List.of(
        today,
        new TouchSummaryQuery(AS_OF.minusDays(200), ZONE, 30, 14, 90, 365), // touches after the as-of day
        new TouchSummaryQuery(AS_OF, ZONE, 30, 14, 90, 800),                // a window longer than the kept one
        new TouchSummaryQuery(AS_OF, ZONE, 45, 7, 30, 180))) {              // not the kept half-life
      Map<ContactId, TouchSummary> expected = TouchSummarizer.summarize(storage.touches().findAll(), query);
      assertSameSummaries(storage.touches().summaries(query), expected);
      assertSameSummaries(Map.of(contacts.get(0), storage.touches().summary(contacts.get(0), query)),
          Map.of(contacts.get(0), expected.getOrDefault(contacts.get(0), TouchSummary.empty(contacts.get(0), query))));
    }
  }

  /**
   * An import's writes: shuffled touches in chunks within one transaction (each chunk holding
   * touches older than those already written for most contacts, over more contacts than a storage
   * may look up one by one). Summaries read inside the transaction, between chunks, and after it
   * commits equal the one-pass definition; a transaction rolled back leaves them as they were.
   */
  @Test
  void givenShuffledChunksInOneTransaction_summaries_matchTheOnePassDefinition_insideAndAfter() {
    Random random = new Random(7);
    List<ContactId> contacts = newContacts(210);
    List<ResourceId> resources = newResources(2);
    List<Touch> touches = randomTouches(random, contacts, resources, 3_000);
    TouchSummaryQuery today = new TouchSummaryQuery(AS_OF, ZONE, 30, 14, 90, 365);
    TouchSummaryQuery later = new TouchSummaryQuery(AS_OF.plusDays(100), ZONE, 30, 14, 90, 365);
    storage.transactions().run(() -> {
      storage.touches().addAll(touches.subList(0, 1_000));
      assertSameSummaries(storage.touches().summaries(today), TouchSummarizer.summarize(storage.touches().findAll(), today));
      storage.touches().addAll(touches.subList(1_000, 2_000));
      storage.touches().addAll(touches.subList(2_000, 3_000));
      assertSameSummaries(storage.touches().summaries(today), TouchSummarizer.summarize(storage.touches().findAll(), today));
      String afterEveryTouch = AS_OF.plusDays(60).atStartOfDay(ZONE).toInstant().toString();
      storage.touches().addAll(contacts.subList(0, 5).stream().map(contact -> message(contact, afterEveryTouch)).toList());
      assertSameSummaries(storage.touches().summaries(later), TouchSummarizer.summarize(storage.touches().findAll(), later));
    });
    Map<ContactId, TouchSummary> committed = TouchSummarizer.summarize(storage.touches().findAll(), later);
    assertThat(committed).hasSize(210);
    assertSameSummaries(storage.touches().summaries(later), committed);

    List<Touch> rolledBack = randomTouches(random, contacts, resources, 1_000);
    assertThatThrownBy(() -> storage.transactions().run(() -> {
      storage.touches().addAll(rolledBack.subList(0, 500));
      storage.touches().addAll(rolledBack.subList(500, 1_000));
      throw new IllegalStateException("rolled back");
    })).hasMessage("rolled back");
    assertSameSummaries(storage.touches().summaries(later), committed);
  }

  /**
   * The analysis's tally, however the storage computes it, equals the one-pass definition over
   * all the touches: for windows that leave older touches out (whose shared resources and
   * introductions still count) and later ones.
   */
  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void activity_matchesTheOnePassDefinition(long seed) {
    Random random = new Random(seed);
    List<ContactId> contacts = newContacts(10);
    List<ResourceId> resources = newResources(3);
    List<Touch> touches = randomTouches(random, contacts, resources, 500);
    storage.touches().addAll(touches.subList(0, 250));
    touches.subList(250, 500).forEach(storage.touches()::add);

    for (ActivityWindow window : List.of(
        new ActivityWindow(ZONE, AS_OF.minusMonths(11).withDayOfMonth(1), AS_OF, AS_OF.minusMonths(20).withDayOfMonth(1), 14),
        new ActivityWindow(ZONE, AS_OF.minusMonths(17).withDayOfMonth(1), AS_OF.minusDays(200),
            AS_OF.minusMonths(17).withDayOfMonth(1), 7))) {
      assertThat(storage.touches().activity(window)).isEqualTo(ActivityTally.of(window, storage.touches().findAll()));
    }
  }

  private List<ContactId> newContacts(int count) {
    List<ContactId> contacts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      contacts.add(Samples.newContact(storage, "Contact " + i));
    }
    return contacts;
  }

  private List<ResourceId> newResources(int count) {
    List<ResourceId> resources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      resources.add(storage.resources().nextId());
      storage.resources().save(Resource.builder().id(resources.get(i)).title("Resource " + i).foundOn(AS_OF).build());
    }
    return resources;
  }

  private static List<Touch> randomTouches(Random random, List<ContactId> contacts, List<ResourceId> resources,
      int count) {
    Instant end = AS_OF.atStartOfDay(ZONE).toInstant();
    List<Touch> touches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ContactId who = contacts.get(random.nextInt(contacts.size()));
      Instant at = end.minusSeconds(random.nextInt(3 * 365 * 86_400)).plusSeconds(random.nextInt(40 * 86_400))
          .plusNanos(random.nextInt(3) * 1_000);
      Direction direction = Direction.values()[random.nextInt(3)];
      InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
      ImmutableTouch.Builder touch = Touch.builder().contact(who).at(at).direction(direction).kind(kind);
      if (kind == InteractionKind.RESOURCE_SHARED) {
        touch.resource(resources.get(random.nextInt(resources.size())));
      }
      if (kind == InteractionKind.INTRODUCTION && random.nextBoolean()) {
        ContactId other = contacts.get(random.nextInt(contacts.size()));
        if (!other.equals(who)) {
          touch.introducedTo(other);
        }
      }
      touches.add(touch.build());
    }
    return touches;
  }

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
  void givenTouchesWithSourceKeys_forEachExternalKey_handsOverEachWithItsContact_andOnlyThose() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Touch mail = Touch.builder().from(message(ada, "2026-01-01T00:00:00Z")).externalKey("<1@mail.example>").build();
    Touch sameMailToBob = Touch.builder().from(message(bob, "2026-01-01T00:00:00Z")).externalKey("<1@mail.example>").build();
    Touch meeting = Touch.builder().from(message(ada, "2026-01-02T00:00:00Z")).kind(InteractionKind.MEETING)
        .externalKey("uid-7@calendar.example/2026-01-02T00:00:00Z").build();
    storage.touches().addAll(List.of(mail, sameMailToBob, meeting, message(ada, "2026-01-03T00:00:00Z")));
    List<String> seen = new ArrayList<>();
    storage.touches().forEachExternalKey((contact, key) -> seen.add(contact.value() + " " + key));
    assertThat(seen).containsExactlyInAnyOrder(ada.value() + " <1@mail.example>", bob.value() + " <1@mail.example>",
        ada.value() + " uid-7@calendar.example/2026-01-02T00:00:00Z");
    assertThat(storage.touches().forContact(ada)).startsWith(mail, meeting);
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
  void eachByContact_handsOverEveryTouch_byContactId_eachContactsOldestFirst() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Touch bobsFirst = message(bob, "2026-01-01T00:00:00Z");
    Touch adasLate = message(ada, "2026-06-01T00:00:00Z");
    Touch adasEarly = message(ada, "2026-02-01T00:00:00Z");
    Touch bobsLast = message(bob, "2026-09-01T00:00:00Z");
    storage.touches().addAll(List.of(bobsLast, adasLate, bobsFirst));
    storage.touches().add(adasEarly);

    List<Touch> handed = new ArrayList<>();
    storage.touches().eachByContact(handed::add);

    assertThat(handed).containsExactly(adasEarly, adasLate, bobsFirst, bobsLast);
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
