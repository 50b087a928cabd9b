package dev.rapport.shell;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.ImmutableChannel;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.CadencePolicy;
import dev.rapport.core.port.in.imports.CollaborationDraft;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A realistic generated network for the demo: tiers after Dunbar's layers, several industries and
 * cities, channels (one on trial), birthdays, resources, collaborations and 18 months of inbound
 * and outbound touches at about each tier's cadence — most ties kept, some let slip, a handful
 * long lost — so its first agenda reads like an active person's week. The same seed gives the same network.
 */
final class DemoNetwork {

  /** How far back the touches go. */
  static final int MONTHS = 18;

  private static final String SOURCE = "demo";

  private static final String[] GIVEN = {
    "Ada", "Grace", "Alan", "Linus", "Margaret", "Tim", "Barbara", "Dennis", "Radia", "Ken", "Frances", "John",
    "Katherine", "Edsger", "Hedy", "Donald", "Sophie", "Yukihiro", "Anita", "Guido", "Shafi", "Bjarne", "Karen",
    "James", "Mary", "Niklaus", "Lynn", "Vint", "Adele", "Leslie", "Fei-Fei", "Tony", "Jean", "Carlos", "Amara",
    "Priya", "Mateo", "Ingrid", "Kwame", "Aiko", "Lars", "Zainab", "Olu", "Marta", "Hiroshi", "Elena", "Omar",
    "Nadia", "Pablo", "Chen", "Fatima", "Sven", "Lucia", "Raj", "Ines", "Tomasz", "Maya", "Diego", "Hana"};

  private static final String[] FAMILY = {
    "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Berners-Lee", "Liskov", "Ritchie", "Perlman",
    "Thompson", "Allen", "Backus", "Johnson", "Dijkstra", "Lamarr", "Knuth", "Wilson", "Matsumoto", "Borg",
    "van Rossum", "Goldwasser", "Stroustrup", "Spärck Jones", "Gosling", "Jackson", "Wirth", "Conway", "Cerf",
    "Goldberg", "Lamport", "Li", "Hoare", "Sammet", "Okafor", "Nakamura", "Schmidt", "Rossi", "Kowalski",
    "Haddad", "Mensah", "Andersson", "Fernández", "Dubois", "Novak", "Singh", "Kim", "Costa", "Yilmaz"};

  private record Company(String name, String industry) {}

  private static final Company[] COMPANIES = {
    new Company("Northwind Bank", "fintech"), new Company("Ledgerly", "fintech"), new Company("PayLoop", "fintech"),
    new Company("Helix Health", "healthcare"), new Company("CareGrid", "healthcare"),
    new Company("Orbital Software", "software"), new Company("Quillworks", "software"),
    new Company("Brightpath Learning", "education"), new Company("Verdant Energy", "climate tech"),
    new Company("SolarMesh", "climate tech"), new Company("Atlas Retail", "retail"),
    new Company("Signal Media", "media"), new Company("Keystone Consulting", "consulting"),
    new Company("City of Lisbon", "government"), new Company("Open Commons Foundation", "nonprofit")};

  private static final String[] TITLES = {
    "Software Engineer", "Senior Engineer", "Staff Engineer", "Engineering Manager", "Product Manager",
    "Senior Product Manager", "Head of Product", "Data Scientist", "UX Researcher", "Designer", "CTO",
    "VP Engineering", "Founder", "Recruiter", "Developer Advocate", "Analyst"};

  private static final Location[] PLACES = {
    Location.of("Berlin", null, "Germany"), Location.of("Lisbon", null, "Portugal"),
    Location.of("London", null, "United Kingdom"), Location.of("Paris", null, "France"),
    Location.of("Amsterdam", null, "Netherlands"), Location.of("Toronto", "Ontario", "Canada"),
    Location.of("New York", "NY", "United States"), Location.of("Nairobi", null, "Kenya"),
    Location.of("Bangalore", "Karnataka", "India"), Location.of("Tokyo", null, "Japan")};

  private static final String[] TOPICS = {
    "machine learning", "product management", "hiring", "fundraising", "climate tech", "design systems",
    "public speaking", "open source", "data engineering", "leadership", "payments", "ux research",
    "career change", "remote work"};

  private record ChannelPlan(String name, ChannelKind kind, ChannelStatus status, int minutes, int share) {}

  private static final ChannelPlan[] CHANNELS = {
    new ChannelPlan("LinkedIn", ChannelKind.SITE, ChannelStatus.ACTIVE, 45, 50),
    new ChannelPlan("Data Women Berlin", ChannelKind.GROUP, ChannelStatus.ACTIVE, 20, 15),
    new ChannelPlan("Tech Breakfast", ChannelKind.EVENT_SERIES, ChannelStatus.ACTIVE, 30, 15),
    new ChannelPlan("Mastodon", ChannelKind.SITE, ChannelStatus.TRIAL, 15, 10),
    new ChannelPlan("University Alumni", ChannelKind.GROUP, ChannelStatus.SCALED_BACK, 10, 10)};

  private static final String[] RESOURCES = {
    "A field guide to hiring senior engineers|hiring,leadership",
    "Payments infrastructure in 2026|payments,fintech",
    "What climate software actually needs|climate tech,data engineering",
    "Design systems that survive reorgs|design systems,product management",
    "Talks that people remember|public speaking",
    "Pricing your first product|product management,fundraising",
    "Running an open-source project without burning out|open source,leadership",
    "Feature stores, explained|machine learning,data engineering"};

  /** How often the owner answers an inbound touch, in percent. */
  private static final int REPLY_PERCENT = 85;

  /** Contacts long lost, in percent (none of the inner circle). */
  private static final int LOST_PERCENT = 5;

  /** Contacts let slip past their cadence, in percent. */
  private static final int SLIPPING_PERCENT = 20;

  /** The tiers' default cadences, which the touches follow. */
  private static final CadencePolicy CADENCES = CadencePolicy.defaults();

  /** Days since the owner started the trial channel. */
  private static final int TRIAL_DAYS = 50;

  private final Random random;
  private final int size;
  private final LocalDate today;
  private final ZoneId zone;
  private final List<String> keys = new ArrayList<>();
  private final List<Tier> tiers = new ArrayList<>();
  private final ImmutableImportBatch.Builder batch = ImportBatch.builder().source(SOURCE);

  private DemoNetwork(long seed, int size, LocalDate today, ZoneId zone) {
    this.random = new Random(seed);
    this.size = size;
    this.today = today;
    this.zone = zone;
  }

  /**
   * A network of {@code size} contacts as of {@code today}, in {@code zone}.
   *
   * @throws IllegalArgumentException when the size is below 1
   */
  static ImportBatch generate(long seed, int size, LocalDate today, ZoneId zone) {
    if (size < 1) {
      throw new IllegalArgumentException("--contacts must be at least 1: " + size);
    }
    return new DemoNetwork(seed, size, today, zone).build();
  }

  private ImportBatch build() {
    batch.profile(OwnerProfile.builder()
        .zone(zone)
        .weeklyBudgetMinutes(120)
        .style(NetworkingStyle.MIXED)
        .addGoals(Goal.of(GoalKind.INDUSTRY, "fintech", 8), Goal.of(GoalKind.INDUSTRY, "climate tech", 6),
            Goal.of(GoalKind.LOCATION, "Berlin", 5), Goal.of(GoalKind.ROLE, "Product Manager", 4),
            Goal.of(GoalKind.INDUSTRY, "biotech", 3))
        .build());
    for (ChannelPlan plan : CHANNELS) {
      ImmutableChannel.Builder channel = Channel.builder().name(plan.name()).kind(plan.kind()).status(plan.status())
          .minutesPerWeek(plan.minutes()).joinedOn(plan.status() == ChannelStatus.TRIAL ? today.minusDays(TRIAL_DAYS) : today.minusYears(4));
      if (plan.status() == ChannelStatus.TRIAL) {
        channel.trialEnds(today.plusDays(10));
      }
      batch.addChannels(channel.build());
    }
    for (int i = 0; i < RESOURCES.length; i++) {
      String[] parts = RESOURCES[i].split("\\|");
      batch.addResources(new ResourceDraft("r" + i, parts[0],
          Optional.of("https://example.org/read/" + (i + 1)), Set.of(parts[1].split(",")),
          today.minusDays(5 + random.nextInt(300)), Origin.file(SOURCE)));
    }
    batch.addSpecialDays(new SpecialDayDraft(Optional.empty(), SpecialDayKind.HOLIDAY, PartialDate.parse("--12-24"),
        true, Optional.of("Christmas Eve"), Origin.file(SOURCE)));
    List<String> names = names();
    for (int i = 0; i < size; i++) {
      contact(i, names.get(i));
    }
    collaborations();
    return batch.build();
  }

  /** Distinct names, as many as wanted: given × family, then numbered when those run out. */
  private List<String> names() {
    List<String> all = new ArrayList<>();
    for (String given : GIVEN) {
      for (String family : FAMILY) {
        all.add(given + " " + family);
      }
    }
    java.util.Collections.shuffle(all, random);
    List<String> names = new ArrayList<>(all.subList(0, Math.min(size, all.size())));
    for (int i = all.size(); i < size; i++) {
      names.add(all.get(i % all.size()) + " " + (i / all.size() + 1));
    }
    return names;
  }

  private Tier tierOf(int i) {
    double share = (double) i / size;
    return share < 0.03 ? Tier.INNER : share < 0.13 ? Tier.CLOSE : share < 0.40 ? Tier.ACTIVE
        : share < 0.80 ? Tier.WIDER : Tier.ACQUAINTANCE;
  }

  private void contact(int i, String name) {
    String key = "c" + i;
    Tier tier = tierOf(i);
    keys.add(key);
    tiers.add(tier);
    Company company = pick(COMPANIES);
    String title = pick(TITLES);
    ChannelPlan source = channelFor();
    String[] words = name.split(" ");
    String handle = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    LocalDate connectedOn = source.status() == ChannelStatus.TRIAL ? today.minusDays(1 + random.nextInt(TRIAL_DAYS))
        : today.minusDays(60 + random.nextInt(6 * 365));
    var details = ContactDraft.details(name)
        .givenName(words[0])
        .familyName(name.substring(words[0].length()).strip())
        .addEmails(handle.replace('-', '.') + "@" + company.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example")
        .company(company.name())
        .title(title)
        .industry(company.industry())
        .location(pick(PLACES))
        .tier(tier)
        .interests(topics(1 + random.nextInt(3)))
        .goals(topics(random.nextInt(2)))
        .offers(topics(random.nextInt(3)))
        .sourceChannel(source.name())
        .connectedOn(connectedOn)
        .addChannelProfiles(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/" + handle));
    if (title.contains("Senior") || title.contains("Head") || title.startsWith("VP") || title.equals("CTO")) {
      details.seniority(title.startsWith("Senior") ? "senior" : "executive");
    }
    if (tier == Tier.INNER && random.nextBoolean()) {
      details.cadence(Cadence.weeklyOn(java.time.DayOfWeek.FRIDAY));
    }
    if (random.nextInt(10) == 0) {
      details.addTags("mentor");
    }
    batch.addContacts(new ContactDraft(key, new Origin(SOURCE, i + 1), details.build()));
    if (random.nextInt(10) < 6) {
      LocalDate born = today.minusYears(25 + random.nextInt(30)).minusDays(random.nextInt(365));
      PartialDate birthday = random.nextBoolean() ? PartialDate.of(born) : PartialDate.of(java.time.MonthDay.from(born));
      batch.addSpecialDays(new SpecialDayDraft(Optional.of(ContactRef.key(key)), SpecialDayKind.BIRTHDAY, birthday,
          true, Optional.empty(), Origin.file(SOURCE)));
    }
    if (random.nextInt(12) == 0) {
      batch.addSpecialDays(new SpecialDayDraft(Optional.of(ContactRef.key(key)), SpecialDayKind.WORK_ANNIVERSARY,
          PartialDate.of(today.minusYears(1 + random.nextInt(5)).minusDays(random.nextInt(365))), true,
          Optional.empty(), Origin.file(SOURCE)));
    }
    if (tier.compareTo(Tier.ACTIVE) <= 0) {
      batch.addNotes(new NoteDraft(ContactRef.key(key), new Note(today.minusDays(random.nextInt(200)),
          "Cares about " + String.join(" and ", topics(2)) + "; asked for an intro to someone in " + pick(COMPANIES).industry()),
          Origin.file(SOURCE)));
    }
    touches(key, tier, source.name(), connectedOn);
  }

  /**
   * Touches over the months at about the contact's cadence, as an active person keeps them: most
   * last reached within an interval or so (due about now), some let slip to one to two and a half
   * intervals, and a handful long lost — not reached for a year or more, or never since connecting.
   */
  private void touches(String key, Tier tier, String channel, LocalDate connectedOn) {
    int interval = CADENCES.tierCadences().get(tier).nominalDays();
    int window = MONTHS * 30;
    int roll = random.nextInt(100);
    LocalDate last;
    if (tier != Tier.INNER && roll < LOST_PERCENT) {
      if (tier == Tier.ACQUAINTANCE) {
        return; // connected years ago, never written to since
      }
      last = today.minusDays(window - 90 + random.nextInt(90));
    } else {
      double behind = roll < LOST_PERCENT + SLIPPING_PERCENT
          ? 1.0 + random.nextDouble() * 1.5 // let slip: overdue by up to one and a half intervals
          : 0.2 + random.nextDouble(); // kept: due within the coming interval, or just now
      last = today.minusDays(Math.max(1, Math.round(behind * interval)));
    }
    LocalDate first = today.minusDays(window);
    for (LocalDate on = last; !on.isBefore(first) && !on.isBefore(connectedOn);
        on = on.minusDays(Math.max(1, Math.round(interval * (0.6 + 0.8 * random.nextDouble()))))) {
      // Before the trial began, people met on the main site.
      boolean beforeTrial = channel.equals(CHANNELS[3].name()) && on.isBefore(today.minusDays(TRIAL_DAYS));
      touch(key, on, beforeTrial ? CHANNELS[0].name() : channel, tier);
    }
  }

  private void touch(String key, LocalDate on, String channel, Tier tier) {
    int roll = random.nextInt(100);
    Direction direction = roll < 55 ? Direction.OUTBOUND : roll < 85 ? Direction.INBOUND : Direction.MUTUAL;
    InteractionKind kind = kindFor(direction, tier);
    Optional<String> resource = Optional.empty();
    if (kind == InteractionKind.RESOURCE_SHARED) {
      resource = Optional.of("r" + random.nextInt(RESOURCES.length));
    }
    Optional<ContactRef> introduced = Optional.empty();
    if (kind == InteractionKind.INTRODUCTION) {
      if (keys.size() < 2) {
        kind = InteractionKind.MESSAGE;
      } else {
        String other = keys.get(random.nextInt(keys.size() - 1));
        introduced = Optional.of(ContactRef.key(other));
      }
    }
    OptionalInt minutes = switch (kind) {
      case MEETING -> OptionalInt.of(45 + random.nextInt(4) * 15);
      case CALL -> OptionalInt.of(15 + random.nextInt(3) * 15);
      default -> OptionalInt.empty();
    };
    batch.addTouches(new TouchDraft(ContactRef.key(key), at(on), direction, kind,
        kind == InteractionKind.MEETING ? Optional.empty() : Optional.of(channel), summaryOf(kind), minutes, resource,
        introduced, Origin.file(SOURCE)));
    LocalDate replyOn = on.plusDays(1 + random.nextInt(3));
    if (direction == Direction.INBOUND && replyOn.isBefore(today) && random.nextInt(100) < REPLY_PERCENT) {
      // The owner mostly answers: a reply a few days later.
      batch.addTouches(TouchDraft.of(ContactRef.key(key), at(replyOn), Direction.OUTBOUND, InteractionKind.MESSAGE,
          Optional.of(channel), "replied", Origin.file(SOURCE)));
    }
  }

  private InteractionKind kindFor(Direction direction, Tier tier) {
    if (direction == Direction.MUTUAL) {
      return random.nextInt(3) == 0 ? InteractionKind.CALL : InteractionKind.MEETING;
    }
    InteractionKind[] outbound = {InteractionKind.MESSAGE, InteractionKind.MESSAGE, InteractionKind.GREETING,
        InteractionKind.QUESTION, InteractionKind.COMMENT, InteractionKind.CAREER_UPDATE,
        InteractionKind.RESOURCE_SHARED, InteractionKind.CALL, InteractionKind.INTRODUCTION, InteractionKind.CARD};
    InteractionKind[] inbound = {InteractionKind.MESSAGE, InteractionKind.MESSAGE, InteractionKind.COMMENT,
        InteractionKind.QUESTION, InteractionKind.RESOURCE_SHARED, InteractionKind.EVENT, InteractionKind.INTRODUCTION};
    InteractionKind kind = direction == Direction.OUTBOUND ? pick(outbound) : pick(inbound);
    if (kind == InteractionKind.RESOURCE_SHARED && direction == Direction.INBOUND) {
      return InteractionKind.MESSAGE;
    }
    return kind == InteractionKind.CALL && tier == Tier.ACQUAINTANCE ? InteractionKind.MESSAGE : kind;
  }

  private static String summaryOf(InteractionKind kind) {
    return switch (kind) {
      case GREETING -> "said hi";
      case MESSAGE -> "caught up";
      case CAREER_UPDATE -> "told them about the new project";
      case QUESTION -> "asked how the launch went";
      case COMMENT -> "commented on their post";
      case RESOURCE_SHARED -> "sent an article";
      case CARD -> "sent a card";
      case CALL -> "phone call";
      case MEETING -> "coffee";
      case EVENT -> "met at an event";
      case INTRODUCTION -> "introduction";
      case COLLABORATION -> "worked on something together";
    };
  }

  private void collaborations() {
    int count = Math.max(1, size / 25);
    String[] outcomes = {"Conference talk", "Joint blog post", "Hiring referral", "Open-source release",
        "Workshop", "Pilot project"};
    for (int i = 0; i < count; i++) {
      List<ContactRef> with = new ArrayList<>();
      int people = 1 + random.nextInt(2);
      for (int p = 0; p < people; p++) {
        with.add(ContactRef.key(keys.get(random.nextInt(Math.min(keys.size(), Math.max(1, size / 3))))));
      }
      batch.addCollaborations(new CollaborationDraft(outcomes[i % outcomes.length] + " #" + (i + 1),
          today.minusDays(10 + random.nextInt(MONTHS * 30 - 10)), List.copyOf(new LinkedHashSet<>(with)),
          Optional.of(channelFor().name()), Origin.file(SOURCE)));
    }
  }

  private ChannelPlan channelFor() {
    int roll = random.nextInt(100);
    for (ChannelPlan plan : CHANNELS) {
      roll -= plan.share();
      if (roll < 0) {
        return plan;
      }
    }
    return CHANNELS[0];
  }

  private Set<String> topics(int count) {
    Set<String> topics = new LinkedHashSet<>();
    while (topics.size() < count) {
      topics.add(pick(TOPICS));
    }
    return topics;
  }

  private Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(8 + random.nextInt(11), random.nextInt(60))).atZone(zone).toInstant()
        .truncatedTo(ChronoUnit.MINUTES);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
