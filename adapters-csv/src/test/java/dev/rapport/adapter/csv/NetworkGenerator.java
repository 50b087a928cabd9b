package dev.rapport.adapter.csv;

import dev.rapport.core.domain.Cadence;
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
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.service.Rapport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Fills a Rapport with a random network: every field used, text drawn from a pool of hostile
 * strings (formula starts, quotes, separators, line breaks, NUL, emoji). Items a re-import rightly
 * takes as the same (identical touches, notes, collaborations) are kept distinct. Contacts,
 * touches and the profile go straight to storage: an export must carry what only an import
 * leaves (untriaged contacts, external keys, blank labels), which the use cases rightly refuse.
 */
final class NetworkGenerator {

  private static final String[] CADENCES = {"weekly", "fridays", "every 2 weeks", "every 10 days", "first of the month",
      "monthly on 15", "monthly on last", "third monday", "last friday of the month", "quarterly", "twice a year", "none",
      "fixed: weekly", "every 3 weeks from 2024-01-05"};
  private static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

  private final Random random;
  private final List<String> texts;
  private int unique;

  NetworkGenerator(long seed, List<String> texts) {
    this.random = new Random(seed);
    this.texts = texts.isEmpty() ? List.of("=1+1") : texts;
  }

  /** Fills {@code rapport}, which works over {@code storage}. */
  void fill(Rapport rapport, Storage storage, int size) {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Contact contact = contact(Contact.builder().id(storage.contacts().nextId()).displayName(text()).build());
      storage.contacts().save(contact);
      contacts.add(contact);
    }
    List<Resource> resources = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      resources.add(rapport.activity().addResource(text() + " #" + unique++, maybe(), set()));
    }
    for (Contact contact : contacts) {
      for (int n = random.nextInt(3); n > 0; n--) {
        rapport.contacts().addNote(contact.id(), new Note(date(), text() + " #" + unique++));
      }
      for (int n = random.nextInt(4); n > 0; n--) {
        storage.touches().add(touch(contact, contacts, resources));
      }
      if (random.nextBoolean()) {
        SpecialDayKind kind = pick(SpecialDayKind.values());
        boolean recurring = random.nextBoolean();
        rapport.activity().addSpecialDay(SpecialDay.builder().contact(contact.id()).kind(kind)
            .date(recurring && random.nextBoolean() ? PartialDate.of(date().withDayOfMonth(1).minusDays(1).getMonth()
                .equals(java.time.Month.FEBRUARY) ? java.time.MonthDay.of(2, 28) : java.time.MonthDay.from(date()))
                : PartialDate.of(date()))
            .recurring(recurring).title(maybe()).build());
      }
    }
    if (random.nextBoolean()) {
      rapport.activity().addSpecialDay(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY)
          .date(PartialDate.parse("--12-25")).title(maybe()).build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate joined = date();
      ChannelStatus status = pick(ChannelStatus.values());
      rapport.activity().saveChannel(Channel.builder().name(text() + " channel " + unique++).kind(pick(ChannelKind.values()))
          .joinedOn(joined).status(status)
          .trialEnds(status == ChannelStatus.TRIAL || random.nextBoolean() ? Optional.of(joined.plusDays(14)) : Optional.empty())
          .minutesPerWeek(random.nextInt(120)).build());
    }
    if (!contacts.isEmpty()) {
      for (int i = random.nextInt(3); i > 0; i--) {
        Set<ContactId> with = new LinkedHashSet<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          with.add(pick(contacts).id());
        }
        rapport.activity().addCollaboration(Collaboration.builder().title(text() + " #" + unique++).on(date())
            .contacts(with).channel(maybe()).build());
      }
    }
    if (random.nextBoolean()) {
      storage.profile().save(OwnerProfile.builder().zone(ZoneId.of(pick(ZONES)))
          .weeklyBudgetMinutes(random.nextInt(600)).style(pick(NetworkingStyle.values()))
          .maxSites(random.nextInt(5)).maxGroups(random.nextInt(5)).minOutreachPerMonth(random.nextInt(9))
          .emails(random.nextBoolean() ? List.of() : List.of(emailish() + "@example.org", "me@" + emailish() + ".example"))
          .goals(random.nextBoolean() ? List.of() : List.of(new Goal(pick(GoalKind.values()), text(), set(), random.nextInt(10))))
          .build());
    }
  }

  private Contact contact(Contact blank) {
    return Contact.builder().from(blank)
        .givenName(maybe()).familyName(maybe())
        .emails(random.nextBoolean() ? List.of() : List.of(emailish() + "@example.org", emailish() + "@x"))
        .phones(random.nextBoolean() ? List.of() : List.of("+1 555 0100", text()))
        .company(maybe()).title(maybe()).seniority(maybe()).industry(maybe())
        .location(random.nextBoolean() ? Location.unknown() : new Location(maybe(), maybe(), maybe()))
        .tags(set()).tier(pick(Tier.values()))
        .cadence(random.nextBoolean() ? Optional.empty() : Optional.of(Cadence.parse(pick(CADENCES))))
        .interests(set()).goals(set()).offers(set())
        .sourceChannel(maybe()).connectedOn(random.nextBoolean() ? Optional.empty() : Optional.of(date()))
        .channelProfiles(random.nextBoolean() ? List.of()
            : List.of(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/" + emailish()), new ChannelProfile(text(), text())))
        .watchKeywords(set()).snoozedUntil(random.nextBoolean() ? Optional.empty() : Optional.of(date()))
        .archived(random.nextBoolean()).untriaged(random.nextBoolean())
        .build();
  }

  private Touch touch(Contact contact, List<Contact> contacts, List<Resource> resources) {
    InteractionKind kind = pick(InteractionKind.values());
    Optional<ContactId> introduced = Optional.empty();
    if (kind == InteractionKind.INTRODUCTION && contacts.size() > 1 && random.nextBoolean()) {
      Contact other = pick(contacts);
      introduced = other.equals(contact) ? Optional.empty() : Optional.of(other.id());
    }
    return Touch.builder().contact(contact.id())
        .at(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(200_000_000)).plusNanos(unique++))
        .direction(pick(Direction.values())).kind(kind).channel(maybe())
        .summary(random.nextBoolean() ? "" : text())
        .minutes(random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(240)))
        .resource(resources.isEmpty() || random.nextBoolean() ? Optional.empty() : Optional.of(pick(resources).id()))
        .introducedTo(introduced)
        .externalKey(random.nextBoolean() ? Optional.empty() : Optional.of("<" + text() + "@" + unique++ + ">"))
        .build();
  }

  private String text() {
    String text = texts.get(random.nextInt(texts.size()));
    return text.isBlank() ? "x" + text : text;
  }

  private Optional<String> maybe() {
    return random.nextBoolean() ? Optional.empty() : Optional.of(text());
  }

  private Set<String> set() {
    Set<String> set = new LinkedHashSet<>();
    for (int n = random.nextInt(4); n > 0; n--) {
      set.add(random.nextInt(5) == 0 ? "" : texts.get(random.nextInt(texts.size())));
    }
    return set;
  }

  /** A local part an address may have: no whitespace, maybe a formula start. */
  private String emailish() {
    String[] starts = {"=", "+", "-", "'", "", "a"};
    return pick(starts) + "p" + unique++;
  }

  private LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
