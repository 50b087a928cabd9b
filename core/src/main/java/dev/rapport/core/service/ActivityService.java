package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.ResourceNotFoundException;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

final class ActivityService implements RecordActivityUseCase {

  private final Storage storage;
  private final Clock clock;

  ActivityService(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  @Override
  public Touch log(LogTouch command) {
    checkNotNull(command, "touch");
    Touch touch = command.toTouch(clock.instant());
    storage.transactions().run(() -> {
      Contact contact = require(touch.contact());
      touch.introducedTo().ifPresent(this::require);
      touch.resource().ifPresent(id -> storage.resources().find(id)
          .orElseThrow(() -> new ResourceNotFoundException(id.toString())));
      storage.touches().add(touch);
      if (touch.direction().fromOwner() && contact.snoozedUntil().isPresent()) {
        storage.contacts().save(Contact.builder().from(contact).snoozedUntil(Optional.empty()).build());
      }
    });
    return touch;
  }

  @Override
  public void eachTouch(Consumer<? super Touch> action) {
    checkNotNull(action, "action");
    storage.touches().eachByContact(action); // a read of its own: an export must not hold the write lock
  }

  @Override
  public List<Touch> touches(ContactId contact) {
    require(contact);
    return storage.touches().forContact(contact);
  }

  @Override
  public void snooze(ContactId id, LocalDate until) {
    storage.transactions().run(() ->
        storage.contacts().save(Contact.builder().from(require(id)).snoozedUntil(until).build()));
  }

  @Override
  public void addSpecialDay(SpecialDay day) {
    storage.transactions().run(() -> {
      day.contact().ifPresent(this::require);
      storage.specialDays().add(day);
    });
  }

  @Override
  public List<SpecialDay> specialDays() {
    return storage.specialDays().findAll();
  }

  @Override
  public List<SpecialDay> specialDays(ContactId contact) {
    return storage.specialDays().forContact(contact);
  }

  @Override
  public void saveChannel(Channel channel) {
    storage.transactions().run(() -> storage.channels().save(channel));
  }

  @Override
  public List<Channel> channels() {
    return storage.channels().findAll();
  }

  @Override
  public Resource addResource(String title, Optional<String> link, Set<String> topics) {
    return storage.transactions().inTransaction(() -> {
      Resource resource = Resource.builder()
          .id(storage.resources().nextId())
          .title(title)
          .link(link)
          .topics(topics)
          .foundOn(storage.profile().loadOrDefaults().today(clock))
          .build();
      storage.resources().save(resource);
      return resource;
    });
  }

  @Override
  public List<Resource> resources() {
    return storage.resources().findAll();
  }

  @Override
  public Resource resolveResource(String ref) {
    String wanted = ref.strip();
    List<Resource> all = storage.resources().findAll();
    if (!wanted.isEmpty() && wanted.chars().allMatch(Character::isDigit)) {
      ResourceId id;
      try {
        id = ResourceId.parse(wanted);
      } catch (IllegalArgumentException e) {
        throw ResourceNotFoundException.noMatch(ref);
      }
      return all.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> ResourceNotFoundException.noMatch(ref));
    }
    String key = wanted.toLowerCase(Locale.ROOT);
    List<Resource> matches = all.stream().filter(r -> r.title().toLowerCase(Locale.ROOT).contains(key)).toList();
    List<Resource> exact = matches.stream().filter(r -> r.title().toLowerCase(Locale.ROOT).equals(key)).toList();
    if (exact.size() == 1) {
      return exact.get(0);
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw ResourceNotFoundException.noMatch(ref);
    }
    throw new IllegalArgumentException("'" + ref + "' matches " + matches.size() + " resources: "
        + matches.stream().map(r -> r.title() + " (id " + r.id() + ")").collect(Collectors.joining(", ")));
  }

  @Override
  public void addCollaboration(Collaboration collaboration) {
    storage.transactions().run(() -> {
      collaboration.contacts().forEach(this::require);
      storage.collaborations().add(collaboration);
    });
  }

  @Override
  public List<Collaboration> collaborations() {
    return storage.collaborations().findAll();
  }

  private Contact require(ContactId id) {
    return storage.contacts().find(id).orElseThrow(() -> new ContactNotFoundException(id.toString()));
  }
}
