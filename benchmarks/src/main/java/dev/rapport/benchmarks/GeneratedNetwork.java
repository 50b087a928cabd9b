package dev.rapport.benchmarks;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.aggregates.TouchLedger;
import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.port.out.ChannelRepository;
import dev.rapport.core.port.out.CollaborationRepository;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.OwnerProfileRepository;
import dev.rapport.core.port.out.ResourceRepository;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.port.out.TouchRepository;
import dev.rapport.core.port.out.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A generated network the size of a full LinkedIn account with years of history, held in a
 * read-only {@link Storage} whose reads cost nothing but the list they hand over, so a benchmark
 * measures the rules and not a storage adapter. Like {@code JdbcStore}, it keeps each contact's
 * {@link dev.rapport.core.aggregates.TouchStats} as its touches are written (here, once, when
 * generated), unless made {@link #withoutKeptStats without}.
 */
public final class GeneratedNetwork implements Storage {

  /** The day the benchmarks treat as today. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  private static final String[] TOPICS = {"fintech", "ai", "design", "hiring", "climate", "security", "data",
      "marketing", "sales", "health", "education", "open source", "cloud", "mobile", "robotics", "retail"};

  private final List<Contact> contacts;
  private final List<Touch> touches;
  private final List<SpecialDay> days;
  private final List<Resource> resources;
  private final OwnerProfile profile = OwnerProfile.builder().zone(ZoneId.of("Europe/Paris")).build();
  private final TouchLedger ledger = new TouchLedger(KeptWindows.defaults());
  private final boolean keepsStats;

  private GeneratedNetwork(List<Contact> contacts, List<Touch> touches, List<SpecialDay> days, List<Resource> resources,
      boolean keepsStats) {
    this.contacts = Collections.unmodifiableList(contacts);
    this.touches = Collections.unmodifiableList(touches);
    this.days = Collections.unmodifiableList(days);
    this.resources = Collections.unmodifiableList(resources);
    this.keepsStats = keepsStats;
    if (keepsStats) {
      touches.forEach(ledger::append);
    }
  }

  /**
   * The same network in a storage that summarizes the touches in one pass each time it is asked
   * ({@link TouchRepository}'s default), instead of keeping per-contact stats as they are written.
   */
  public GeneratedNetwork withoutKeptStats() {
    return new GeneratedNetwork(contacts, touches, days, resources, false);
  }

  /**
   * {@code contactCount} contacts in Dunbar-like tiers and {@code touchCount} touches over three
   * years, busier with closer tiers; a third of the contacts have a birthday; 40 resources.
   */
  public static GeneratedNetwork generate(int contactCount, int touchCount, long seed) {
    Random random = new Random(seed);
    List<Contact> contacts = new ArrayList<>(contactCount);
    List<SpecialDay> days = new ArrayList<>();
    double[] cumulativeActivity = new double[contactCount];
    double total = 0;
    for (int i = 1; i <= contactCount; i++) {
      Tier tier = i <= 5 ? Tier.INNER : i <= 20 ? Tier.CLOSE : i <= 70 ? Tier.ACTIVE : i <= 220 ? Tier.WIDER
          : i <= contactCount / 10 ? Tier.WIDER : Tier.ACQUAINTANCE;
      Contact contact = Contact.builder()
          .id(new ContactId(i))
          .displayName("Contact " + i)
          .tier(tier)
          .company("Company " + random.nextInt(2_000))
          .addInterests(TOPICS[random.nextInt(TOPICS.length)], TOPICS[random.nextInt(TOPICS.length)])
          .addGoals(TOPICS[random.nextInt(TOPICS.length)])
          .connectedOn(AS_OF.minusDays(30 + random.nextInt(3_650)))
          .build();
      contacts.add(contact);
      if (random.nextInt(3) == 0) {
        days.add(SpecialDay.builder().contact(contact.id()).kind(SpecialDayKind.BIRTHDAY)
            .date(PartialDate.of(MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)))).build());
      }
      double activity = switch (tier) {
        case INNER -> 200;
        case CLOSE -> 80;
        case ACTIVE -> 30;
        case WIDER -> 8;
        case ACQUAINTANCE -> 1;
      };
      total += activity * (0.2 + random.nextDouble());
      cumulativeActivity[i - 1] = total;
    }
    days.add(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-01")).title("a holiday").build());

    Instant end = AS_OF.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
    long span = 3L * 365 * 86_400;
    Direction[] directions = {Direction.OUTBOUND, Direction.OUTBOUND, Direction.OUTBOUND, Direction.OUTBOUND, Direction.OUTBOUND,
        Direction.INBOUND, Direction.INBOUND, Direction.INBOUND, Direction.INBOUND, Direction.MUTUAL};
    InteractionKind[] kinds = InteractionKind.values();
    List<Touch> touches = new ArrayList<>(touchCount);
    for (int t = 0; t < touchCount; t++) {
      int index = java.util.Arrays.binarySearch(cumulativeActivity, random.nextDouble() * total);
      int contact = (index < 0 ? -index - 1 : index) + 1;
      touches.add(Touch.builder()
          .contact(new ContactId(Math.min(contact, contactCount)))
          .at(end.minusSeconds((long) (span * Math.pow(random.nextDouble(), 1.3))))
          .direction(directions[random.nextInt(directions.length)])
          .kind(kinds[random.nextInt(kinds.length)])
          .build());
    }
    touches.sort(Comparator.comparing(Touch::at).thenComparing(Touch::contact));

    List<Resource> resources = new ArrayList<>();
    for (int r = 1; r <= 40; r++) {
      resources.add(Resource.builder().id(new ResourceId(r)).title("Resource " + r)
          .addTopics(TOPICS[random.nextInt(TOPICS.length)]).foundOn(AS_OF.minusDays(random.nextInt(90))).build());
    }
    return new GeneratedNetwork(contacts, touches, days, resources, true);
  }

  /** Every touch, oldest first. */
  public List<Touch> allTouches() {
    return touches;
  }

  @Override
  public ContactRepository contacts() {
    return new ContactRepository() {
      @Override
      public ContactId nextId() {
        throw readOnly();
      }

      @Override
      public void save(Contact contact) {
        throw readOnly();
      }

      @Override
      public Optional<Contact> find(ContactId id) {
        long index = id.value() - 1;
        return index < contacts.size() ? Optional.of(contacts.get((int) index)) : Optional.empty();
      }

      @Override
      public List<Contact> findAll() {
        return contacts;
      }

      @Override
      public boolean delete(ContactId id) {
        throw readOnly();
      }

      @Override
      public void addNote(ContactId id, Note note) {
        throw readOnly();
      }

      @Override
      public List<Note> notes(ContactId id) {
        return List.of();
      }
    };
  }

  @Override
  public TouchRepository touches() {
    return new TouchRepository() {
      @Override
      public void add(Touch touch) {
        throw readOnly();
      }

      @Override
      public void addAll(Collection<Touch> more) {
        throw readOnly();
      }

      @Override
      public List<Touch> forContact(ContactId contact) {
        return touches.stream().filter(t -> t.contact().equals(contact)).toList();
      }

      @Override
      public List<Touch> findAll() {
        return touches;
      }

      @Override
      public int deleteForContact(ContactId contact) {
        throw readOnly();
      }

      @Override
      public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
        return keepsStats ? ledger.summaries(query, this::forContact) : TouchSummarizer.summarize(touches, query);
      }

      @Override
      public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
        return TouchSummarizer.summarizeOne(contact, forContact(contact), query);
      }

      @Override
      public NetworkActivity activity(ActivityWindow window) {
        return ActivityTally.of(window, touches);
      }
    };
  }

  @Override
  public SpecialDayRepository specialDays() {
    return new SpecialDayRepository() {
      @Override
      public void add(SpecialDay day) {
        throw readOnly();
      }

      @Override
      public List<SpecialDay> findAll() {
        return days;
      }

      @Override
      public List<SpecialDay> forContact(ContactId contact) {
        return days.stream().filter(d -> d.contact().equals(Optional.of(contact))).toList();
      }

      @Override
      public int deleteForContact(ContactId contact) {
        throw readOnly();
      }
    };
  }

  @Override
  public ChannelRepository channels() {
    return new ChannelRepository() {
      @Override
      public void save(Channel channel) {
        throw readOnly();
      }

      @Override
      public Optional<Channel> find(String name) {
        return Optional.empty();
      }

      @Override
      public List<Channel> findAll() {
        return List.of();
      }

      @Override
      public boolean delete(String name) {
        throw readOnly();
      }
    };
  }

  @Override
  public ResourceRepository resources() {
    return new ResourceRepository() {
      @Override
      public ResourceId nextId() {
        throw readOnly();
      }

      @Override
      public void save(Resource resource) {
        throw readOnly();
      }

      @Override
      public Optional<Resource> find(ResourceId id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
      }

      @Override
      public List<Resource> findAll() {
        return resources;
      }
    };
  }

  @Override
  public CollaborationRepository collaborations() {
    return new CollaborationRepository() {
      @Override
      public void add(Collaboration collaboration) {
        throw readOnly();
      }

      @Override
      public List<Collaboration> findAll() {
        return List.of();
      }

      @Override
      public int removeContact(ContactId contact) {
        throw readOnly();
      }
    };
  }

  @Override
  public OwnerProfileRepository profile() {
    return new OwnerProfileRepository() {
      @Override
      public Optional<OwnerProfile> load() {
        return Optional.of(profile);
      }

      @Override
      public void save(OwnerProfile changed) {
        throw readOnly();
      }
    };
  }

  @Override
  public Transactions transactions() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    };
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the generated network is read-only");
  }
}
