package dev.rapport.benchmarks;

import static java.util.Comparator.comparing;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A store held in memory for the import benchmarks: what an import writes, in plain maps and
 * lists, so that they measure the import and not a database. Transactions just run their work
 * (a benchmark's import never fails half-way); reads compute what they are asked from the lists.
 */
final class MemoryStorage implements Storage {

  private long lastContactId;
  private long lastResourceId;
  private final Map<ContactId, Contact> contacts = new HashMap<>();
  private final Map<ContactId, List<Note>> notes = new HashMap<>();
  private final List<Touch> touches = new ArrayList<>();
  private final List<SpecialDay> days = new ArrayList<>();
  private final Map<String, Channel> channels = new TreeMap<>();
  private final Map<ResourceId, Resource> resources = new TreeMap<>();
  private final List<Collaboration> collaborations = new ArrayList<>();
  private Optional<OwnerProfile> profile = Optional.empty();

  private List<Touch> touchesOldestFirst() {
    return touches.stream().sorted(comparing(Touch::at)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public ContactRepository contacts() {
    return new ContactRepository() {
      @Override public ContactId nextId() { return new ContactId(++lastContactId); }
      @Override public void save(Contact contact) {
        lastContactId = Math.max(lastContactId, contact.id().value());
        contacts.put(contact.id(), contact);
      }
      @Override public Optional<Contact> find(ContactId id) { return Optional.ofNullable(contacts.get(id)); }
      @Override public List<Contact> findAll() { return ImmutableList.sortedCopyOf(comparing(Contact::id), contacts.values()); }
      @Override public boolean delete(ContactId id) { notes.remove(id); return contacts.remove(id) != null; }
      @Override public void addNote(ContactId id, Note note) { notes.computeIfAbsent(id, k -> new ArrayList<>()).add(note); }
      @Override public List<Note> notes(ContactId id) {
        return notes.getOrDefault(id, List.of()).stream().sorted(comparing(Note::on)).toList();
      }
    };
  }

  @Override
  public TouchRepository touches() {
    return new TouchRepository() {
      @Override public void add(Touch touch) { touches.add(touch); }
      @Override public void addAll(Collection<Touch> all) { touches.addAll(all); }
      @Override public List<Touch> forContact(ContactId contact) {
        return touchesOldestFirst().stream().filter(t -> t.contact().equals(contact)).toList();
      }
      @Override public List<Touch> findAll() { return touchesOldestFirst(); }
      @Override public int deleteForContact(ContactId contact) {
        int before = touches.size();
        touches.removeIf(t -> t.contact().equals(contact) || t.introducedTo().equals(Optional.of(contact)));
        return before - touches.size();
      }
      @Override public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
        return TouchSummarizer.summarize(touchesOldestFirst(), query);
      }
      @Override public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
        return TouchSummarizer.summarizeOne(contact, forContact(contact), query);
      }
      @Override public NetworkActivity activity(ActivityWindow window) {
        return ActivityTally.of(window, touchesOldestFirst());
      }
    };
  }

  @Override
  public SpecialDayRepository specialDays() {
    return new SpecialDayRepository() {
      @Override public void add(SpecialDay day) { days.add(day); }
      @Override public List<SpecialDay> findAll() { return List.copyOf(days); }
      @Override public List<SpecialDay> forContact(ContactId contact) {
        return days.stream().filter(d -> d.contact().equals(Optional.of(contact))).toList();
      }
      @Override public int deleteForContact(ContactId contact) {
        int before = days.size();
        days.removeIf(d -> d.contact().equals(Optional.of(contact)));
        return before - days.size();
      }
    };
  }

  @Override
  public ChannelRepository channels() {
    return new ChannelRepository() {
      @Override public void save(Channel channel) { channels.put(channel.name().toLowerCase(Locale.ROOT), channel); }
      @Override public Optional<Channel> find(String name) { return Optional.ofNullable(channels.get(name.toLowerCase(Locale.ROOT))); }
      @Override public List<Channel> findAll() { return List.copyOf(channels.values()); }
      @Override public boolean delete(String name) { return channels.remove(name.toLowerCase(Locale.ROOT)) != null; }
    };
  }

  @Override
  public ResourceRepository resources() {
    return new ResourceRepository() {
      @Override public ResourceId nextId() { return new ResourceId(++lastResourceId); }
      @Override public void save(Resource resource) {
        lastResourceId = Math.max(lastResourceId, resource.id().value());
        resources.put(resource.id(), resource);
      }
      @Override public Optional<Resource> find(ResourceId id) { return Optional.ofNullable(resources.get(id)); }
      @Override public List<Resource> findAll() { return List.copyOf(resources.values()); }
    };
  }

  @Override
  public CollaborationRepository collaborations() {
    return new CollaborationRepository() {
      @Override public void add(Collaboration collaboration) { collaborations.add(collaboration); }
      @Override public List<Collaboration> findAll() { return List.copyOf(collaborations); }
      @Override public int removeContact(ContactId contact) {
        throw new UnsupportedOperationException("the import benchmarks forget no contact");
      }
    };
  }

  @Override
  public OwnerProfileRepository profile() {
    return new OwnerProfileRepository() {
      @Override public Optional<OwnerProfile> load() { return profile; }
      @Override public void save(OwnerProfile p) { profile = Optional.of(p); }
    };
  }

  @Override
  public Transactions transactions() {
    return new Transactions() {
      @Override public <T> T inTransaction(Supplier<T> work) { return work.get(); }
    };
  }
}
