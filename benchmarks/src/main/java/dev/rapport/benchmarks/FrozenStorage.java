package dev.rapport.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only storage over lists held in memory, handing them out as they are, so that the
 * analysis benchmarks measure the analysis and not the copying or sorting of a test double.
 */
final class FrozenStorage implements Storage {

  private final List<Contact> contacts;
  private final Map<ContactId, Contact> byId;
  private final List<Touch> touches;
  private final List<SpecialDay> days;
  private final List<Channel> channels;
  private final List<Resource> resources;
  private final List<Collaboration> collaborations;
  private final OwnerProfile profile;

  FrozenStorage(List<Contact> contacts, List<Touch> touchesOldestFirst, List<SpecialDay> days, List<Channel> channels,
      List<Resource> resources, List<Collaboration> collaborations, OwnerProfile profile) {
    this.contacts = ImmutableList.copyOf(contacts);
    this.byId = contacts.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
    this.touches = ImmutableList.copyOf(touchesOldestFirst);
    this.days = ImmutableList.copyOf(days);
    this.channels = ImmutableList.copyOf(channels);
    this.resources = ImmutableList.copyOf(resources);
    this.collaborations = ImmutableList.copyOf(collaborations);
    this.profile = profile;
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the benchmark storage is read-only");
  }

  @Override
  public ContactRepository contacts() {
    return new ContactRepository() {
      @Override public ContactId nextId() { throw readOnly(); }
      @Override public void save(Contact contact) { throw readOnly(); }
      @Override public Optional<Contact> find(ContactId id) { return Optional.ofNullable(byId.get(id)); }
      @Override public List<Contact> findAll() { return contacts; }
      @Override public boolean delete(ContactId id) { throw readOnly(); }
      @Override public void addNote(ContactId id, Note note) { throw readOnly(); }
      @Override public List<Note> notes(ContactId id) { return List.of(); }
    };
  }

  @Override
  public TouchRepository touches() {
    return new TouchRepository() {
      @Override public void add(Touch touch) { throw readOnly(); }
      @Override public void addAll(Collection<Touch> all) { throw readOnly(); }
      @Override public List<Touch> forContact(ContactId contact) {
        return touches.stream().filter(t -> t.contact().equals(contact)).collect(ImmutableList.toImmutableList());
      }
      @Override public List<Touch> findAll() { return touches; }
      @Override public int deleteForContact(ContactId contact) { throw readOnly(); }
      @Override public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
        return TouchSummarizer.summarize(touches, query);
      }
      @Override public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
        return TouchSummarizer.summarizeOne(contact, forContact(contact), query);
      }
      @Override public NetworkActivity activity(ActivityWindow window) { return ActivityTally.of(window, touches); }
    };
  }

  @Override
  public SpecialDayRepository specialDays() {
    return new SpecialDayRepository() {
      @Override public void add(SpecialDay day) { throw readOnly(); }
      @Override public List<SpecialDay> findAll() { return days; }
      @Override public List<SpecialDay> forContact(ContactId contact) {
        return days.stream().filter(d -> d.contact().equals(Optional.of(contact))).collect(ImmutableList.toImmutableList());
      }
      @Override public int deleteForContact(ContactId contact) { throw readOnly(); }
    };
  }

  @Override
  public ChannelRepository channels() {
    return new ChannelRepository() {
      @Override public void save(Channel channel) { throw readOnly(); }
      @Override public Optional<Channel> find(String name) {
        return channels.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
      }
      @Override public List<Channel> findAll() { return channels; }
      @Override public boolean delete(String name) { throw readOnly(); }
    };
  }

  @Override
  public ResourceRepository resources() {
    return new ResourceRepository() {
      @Override public ResourceId nextId() { throw readOnly(); }
      @Override public void save(Resource resource) { throw readOnly(); }
      @Override public Optional<Resource> find(ResourceId id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
      }
      @Override public List<Resource> findAll() { return resources; }
    };
  }

  @Override
  public CollaborationRepository collaborations() {
    return new CollaborationRepository() {
      @Override public void add(Collaboration collaboration) { throw readOnly(); }
      @Override public List<Collaboration> findAll() { return collaborations; }
      @Override public int removeContact(ContactId contact) { throw readOnly(); }
    };
  }

  @Override
  public OwnerProfileRepository profile() {
    return new OwnerProfileRepository() {
      @Override public Optional<OwnerProfile> load() { return Optional.of(profile); }
      @Override public void save(OwnerProfile p) { throw readOnly(); }
    };
  }

  @Override
  public Transactions transactions() {
    return new Transactions() {
      @Override public <T> T inTransaction(Supplier<T> work) { return work.get(); }
    };
  }
}
