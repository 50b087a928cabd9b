package dev.rapport.benchmarks;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated network for the analysis benchmarks, the same for a given seed: contacts with
 * files as full as a real export gives (companies, industries, titles, places, interests, goals,
 * offers, channels), years of touches weighted towards the closer tiers, collaborations,
 * resources, birthdays, channels and an owner with goals.
 */
final class AnalysisNetwork {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final String[] CHANNELS = {"LinkedIn", "Meetup", "Women in Tech", "Mastodon", "Alumni", "Conference"};
  private static final String[] SENIORITY = {"junior", "mid", "senior", "lead", "executive", "founder"};

  private AnalysisNetwork() {}

  static FrozenStorage generate(int contactCount, int touchCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Contact> contacts = new ArrayList<>(contactCount);
    List<SpecialDay> days = new ArrayList<>();
    for (int i = 1; i <= contactCount; i++) {
      contacts.add(contact(i, random));
      if (random.nextInt(10) < 4) {
        days.add(SpecialDay.builder().contact(new ContactId(i)).kind(SpecialDayKind.BIRTHDAY)
            .date(PartialDate.of(MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)))).build());
      }
    }
    List<Touch> touches = touches(contactCount, touchCount, random);
    List<Collaboration> collaborations = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      collaborations.add(Collaboration.builder().title("Result " + i)
          .on(AS_OF.minusDays(random.nextInt(5 * 365)))
          .addContacts(new ContactId(1 + closeBiased(contactCount, random)))
          .channel(CHANNELS[random.nextInt(CHANNELS.length)]).build());
    }
    collaborations.sort(Comparator.comparing(Collaboration::on));
    List<Resource> resources = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      resources.add(Resource.builder().id(new ResourceId(i)).title("Article " + i)
          .addTopics("topic " + random.nextInt(300), "topic " + random.nextInt(300))
          .foundOn(AS_OF.minusDays(random.nextInt(700))).build());
    }
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < CHANNELS.length; i++) {
      channels.add(Channel.builder().name(CHANNELS[i]).kind(i % 2 == 0 ? ChannelKind.SITE : ChannelKind.GROUP)
          .joinedOn(LocalDate.of(2018 + i, 1, 1)).minutesPerWeek(20 + 10 * i)
          .status(i == 5 ? ChannelStatus.TRIAL : ChannelStatus.ACTIVE)
          .trialEnds(i == 5 ? java.util.Optional.of(AS_OF.plusDays(10)) : java.util.Optional.empty()).build());
    }
    OwnerProfile profile = OwnerProfile.builder()
        .addGoals(new Goal(GoalKind.INDUSTRY, "FinTech", Set.of("Financial Technology"), 20))
        .addGoals(Goal.of(GoalKind.INDUSTRY, "industry 7", 15))
        .addGoals(Goal.of(GoalKind.ROLE, "engineering manager", 10))
        .addGoals(Goal.of(GoalKind.ROLE, "executive", 25))
        .addGoals(Goal.of(GoalKind.LOCATION, "Berlin", 10))
        .addGoals(Goal.of(GoalKind.LOCATION, "city 150", 5))
        .addGoals(Goal.of(GoalKind.TOPIC, "topic 12", 10))
        .addGoals(Goal.of(GoalKind.TOPIC, "quantum sailing", 3))
        .build();
    return new FrozenStorage(contacts, touches, days, channels, resources, collaborations, profile);
  }

  private static Contact contact(int i, SplittableRandom random) {
    Tier tier = i <= 5 ? Tier.INNER : i <= 20 ? Tier.CLOSE : i <= 70 ? Tier.ACTIVE : i <= 220 ? Tier.WIDER : Tier.ACQUAINTANCE;
    ImmutableContact.Builder b = Contact.builder().id(new ContactId(i)).displayName("Person " + i).tier(tier)
        .connectedOn(AS_OF.minusDays(random.nextInt(10 * 365)));
    if (random.nextInt(10) < 8) {
      b.company("Company " + skewed(2_000, random));
    }
    if (random.nextInt(10) < 7) {
      b.industry(random.nextInt(20) == 0 ? "Fintech" : "industry " + skewed(40, random));
    }
    if (random.nextInt(10) < 8) {
      b.title(random.nextInt(15) == 0 ? "Senior Engineering Manager" : "title " + random.nextInt(60));
    }
    if (random.nextInt(2) == 0) {
      b.seniority(SENIORITY[random.nextInt(SENIORITY.length)]);
    }
    if (random.nextInt(10) < 9) {
      b.location(Location.of(random.nextInt(30) == 0 ? "Berlin" : "city " + random.nextInt(200), null, "country " + random.nextInt(30)));
    }
    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
    b.sourceChannel(channel).addChannelProfiles(new ChannelProfile(channel, "person" + i));
    for (int k = random.nextInt(4); k > 0; k--) {
      b.addInterests("topic " + random.nextInt(300));
    }
    for (int k = random.nextInt(3); k > 0; k--) {
      b.addGoals("topic " + random.nextInt(300));
    }
    for (int k = random.nextInt(3); k > 0; k--) {
      b.addOffers("topic " + random.nextInt(300));
    }
    return b.build();
  }

  private static List<Touch> touches(int contactCount, int touchCount, SplittableRandom random) {
    long end = AS_OF.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long span = 5L * 365 * 86_400;
    long[] at = new long[touchCount];
    for (int i = 0; i < touchCount; i++) {
      at[i] = end - 1 - random.nextLong(span);
    }
    java.util.Arrays.sort(at);
    InteractionKind[] kinds = InteractionKind.values();
    List<Touch> touches = new ArrayList<>(touchCount);
    for (int i = 0; i < touchCount; i++) {
      int contact = 1 + closeBiased(contactCount, random);
      int d = random.nextInt(20);
      Direction direction = d < 11 ? Direction.OUTBOUND : d < 18 ? Direction.INBOUND : Direction.MUTUAL;
      InteractionKind kind = kinds[random.nextInt(kinds.length)];
      ImmutableTouch.Builder t = Touch.builder().contact(new ContactId(contact)).at(Instant.ofEpochSecond(at[i]))
          .direction(direction).kind(kind);
      if (random.nextInt(10) < 7) {
        t.channel(CHANNELS[random.nextInt(CHANNELS.length)]);
      }
      if (kind == InteractionKind.RESOURCE_SHARED) {
        t.resource(new ResourceId(1 + random.nextInt(500)));
      }
      if (kind == InteractionKind.INTRODUCTION) {
        int other = 1 + random.nextInt(contactCount);
        if (other != contact) {
          t.introducedTo(new ContactId(other));
        }
      }
      touches.add(t.build());
    }
    return touches;
  }

  /** An index in [0, n) where the low indexes (the closer tiers) come up far more often. */
  private static int closeBiased(int n, SplittableRandom random) {
    return random.nextInt(4) == 0 ? random.nextInt(Math.min(n, 220)) : random.nextInt(n);
  }

  /** An index in [0, n) skewed towards the low values, as company and industry sizes are. */
  private static int skewed(int n, SplittableRandom random) {
    double u = random.nextDouble();
    return (int) Math.min(n - 1, Math.floor(n * u * u * u));
  }
}
