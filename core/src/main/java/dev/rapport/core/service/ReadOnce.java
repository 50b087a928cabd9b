package dev.rapport.core.service;

import com.google.common.base.Throwables;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.port.out.ChannelRepository;
import dev.rapport.core.port.out.CollaborationRepository;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.OwnerProfileRepository;
import dev.rapport.core.port.out.ResourceRepository;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.port.out.TouchRepository;
import dev.rapport.core.port.out.Transactions;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A storage seen by one report: each read of the whole network (every contact, the relationships,
 * the touch summaries for a day, the activity over a window, every special day, channel, resource
 * and collaboration, the profile) is made once and handed to every use case that asks for it,
 * from any thread; the first to ask reads, the others wait for it. The sections then also agree,
 * having seen the same data. Reads of one contact go to the storage; writes are refused.
 */
final class ReadOnce implements Storage {

  private final Storage storage;
  private final Map<Object, CompletableFuture<Object>> reads = new ConcurrentHashMap<>();

  ReadOnce(Storage storage) {
    this.storage = storage;
  }

  @SuppressWarnings("unchecked")
  private <T> T once(Object key, Supplier<T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> first = reads.putIfAbsent(key, mine);
    if (first == null) {
      try {
        T value = read.get();
        mine.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return (T) first.join();
    } catch (CompletionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("a report only reads the network");
  }

  @Override
  public ContactRepository contacts() {
    ContactRepository contacts = storage.contacts();
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
        return contacts.find(id);
      }

      @Override
      public List<Contact> findAll() {
        return once("contacts", contacts::findAll);
      }

      @Override
      public List<Relationship> relationships() {
        return once("relationships", contacts::relationships);
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
        return contacts.notes(id);
      }
    };
  }

  @Override
  public TouchRepository touches() {
    TouchRepository touches = storage.touches();
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
        return touches.forContact(contact);
      }

      @Override
      public List<Touch> findAll() {
        return once("touches", touches::findAll);
      }

      @Override
      public int deleteForContact(ContactId contact) {
        throw readOnly();
      }

      @Override
      public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
        return once(List.of("summaries", query), () -> touches.summaries(query));
      }

      @Override
      public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
        return touches.summary(contact, query);
      }

      @Override
      public NetworkActivity activity(ActivityWindow window) {
        return once(List.of("activity", window), () -> touches.activity(window));
      }
    };
  }

  @Override
  public SpecialDayRepository specialDays() {
    SpecialDayRepository days = storage.specialDays();
    return new SpecialDayRepository() {
      @Override
      public void add(SpecialDay day) {
        throw readOnly();
      }

      @Override
      public List<SpecialDay> findAll() {
        return once("specialDays", days::findAll);
      }

      @Override
      public List<SpecialDay> forContact(ContactId contact) {
        return days.forContact(contact);
      }

      @Override
      public List<SpecialDay> concerning(ContactId contact) {
        return days.concerning(contact);
      }

      @Override
      public List<SpecialDay> mayFallWithin(LocalDate from, int count) {
        return once(List.of("specialDaysWithin", from, count), () -> days.mayFallWithin(from, count));
      }

      @Override
      public int deleteForContact(ContactId contact) {
        throw readOnly();
      }
    };
  }

  @Override
  public ChannelRepository channels() {
    ChannelRepository channels = storage.channels();
    return new ChannelRepository() {
      @Override
      public void save(Channel channel) {
        throw readOnly();
      }

      @Override
      public Optional<Channel> find(String name) {
        return channels.find(name);
      }

      @Override
      public List<Channel> findAll() {
        return once("channels", channels::findAll);
      }

      @Override
      public boolean delete(String name) {
        throw readOnly();
      }
    };
  }

  @Override
  public ResourceRepository resources() {
    ResourceRepository resources = storage.resources();
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
        return resources.find(id);
      }

      @Override
      public List<Resource> findAll() {
        return once("resources", resources::findAll);
      }
    };
  }

  @Override
  public CollaborationRepository collaborations() {
    CollaborationRepository collaborations = storage.collaborations();
    return new CollaborationRepository() {
      @Override
      public void add(Collaboration collaboration) {
        throw readOnly();
      }

      @Override
      public List<Collaboration> findAll() {
        return once("collaborations", collaborations::findAll);
      }

      @Override
      public int removeContact(ContactId contact) {
        throw readOnly();
      }
    };
  }

  @Override
  public OwnerProfileRepository profile() {
    OwnerProfileRepository profile = storage.profile();
    return new OwnerProfileRepository() {
      @Override
      public Optional<OwnerProfile> load() {
        return once("profile", profile::load);
      }

      @Override
      public void save(OwnerProfile changed) {
        throw readOnly();
      }
    };
  }

  @Override
  public Transactions transactions() {
    return storage.transactions();
  }
}
