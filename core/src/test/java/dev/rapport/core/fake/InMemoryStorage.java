package dev.rapport.core.fake;

import static java.util.Comparator.comparing;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.aggregates.TouchLedger;
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
import dev.rapport.core.port.in.ContactNotFoundException;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Storage held in memory, for tests of the core and as the reference the contract suite is
 * checked against. A transaction works on a copy of the state and puts it back on failure.
 */
public final class InMemoryStorage implements Storage {

  private static final Comparator<Touch> TOUCH_ORDER = comparing(Touch::at).thenComparing(Touch::contact);
  private static final Comparator<SpecialDay> DAY_ORDER = comparing((SpecialDay d) -> d.date().monthDay());

  /** Everything stored; copied whole to roll a transaction back. */
  private static final class State {
    long lastContactId;
    long lastResourceId;
    // by id in no order, sorted when all are read: an import's saves then cost no walk down a tree
    HashMap<ContactId, Contact> contacts = new HashMap<>();
    TreeMap<ContactId, List<Note>> notes = new TreeMap<>();
    List<Touch> touches = new ArrayList<>();
    LinkedHashSet<SpecialDay> days = new LinkedHashSet<>();
    TreeMap<String, Channel> channels = new TreeMap<>();
    TreeMap<ResourceId, Resource> resources = new TreeMap<>();
    List<Collaboration> collaborations = new ArrayList<>();
    Optional<OwnerProfile> profile = Optional.empty();

    State copy() {
      State c = new State();
      c.lastContactId = lastContactId;
      c.lastResourceId = lastResourceId;
      c.contacts = new HashMap<>(contacts);
      c.notes = new TreeMap<>();
      notes.forEach((id, list) -> c.notes.put(id, new ArrayList<>(list)));
      c.touches = new ArrayList<>(touches);
      c.days = new LinkedHashSet<>(days);
      c.channels = new TreeMap<>(channels);
      c.resources = new TreeMap<>(resources);
      c.collaborations = new ArrayList<>(collaborations);
      c.profile = profile;
      return c;
    }
  }

  private State state = new State();
  private int depth;
  private final KeptWindows windows;
  /** The touch stats as touches are written, like a database adapter's; null until asked for, or after a rollback or delete. */
  private TouchLedger ledger;

  /** An empty store keeping touch stats for the default rules. */
  public InMemoryStorage() {
    this(KeptWindows.defaults());
  }

  /** An empty store keeping touch stats for {@code windows}, as a database is opened with the rules it serves. */
  public InMemoryStorage(KeptWindows windows) {
    this.windows = windows;
  }

  @Override
  public ContactRepository contacts() {
    return contacts;
  }

  @Override
  public TouchRepository touches() {
    return touches;
  }

  @Override
  public SpecialDayRepository specialDays() {
    return days;
  }

  @Override
  public ChannelRepository channels() {
    return channels;
  }

  @Override
  public ResourceRepository resources() {
    return resources;
  }

  @Override
  public CollaborationRepository collaborations() {
    return collaborations;
  }

  @Override
  public OwnerProfileRepository profile() {
    return profile;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  private final Transactions transactions = new Transactions() {
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
      State before = depth == 0 ? state.copy() : null;
      depth++;
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        if (before != null) {
          state = before;
          ledger = null;
        }
        throw e;
      } finally {
        depth--;
      }
    }
  };

  private final ContactRepository contacts = new ContactRepository() {
    @Override
    public ContactId nextId() {
      return new ContactId(++state.lastContactId);
    }

    @Override
    public void save(Contact contact) {
      state.lastContactId = Math.max(state.lastContactId, contact.id().value());
      state.contacts.put(contact.id(), contact);
    }

    @Override
    public Optional<Contact> find(ContactId id) {
      return Optional.ofNullable(state.contacts.get(id));
    }

    @Override
    public List<Contact> findAll() {
      return ImmutableList.sortedCopyOf(comparing(Contact::id), state.contacts.values());
    }

    @Override
    public boolean delete(ContactId id) {
      state.notes.remove(id);
      return state.contacts.remove(id) != null;
    }

    @Override
    public void addNote(ContactId id, Note note) {
      if (!state.contacts.containsKey(id)) {
        throw new ContactNotFoundException(id.toString());
      }
      List<Note> list = state.notes.computeIfAbsent(id, k -> new ArrayList<>());
      list.add(note);
      list.sort(comparing(Note::on));
    }

    @Override
    public List<Note> notes(ContactId id) {
      return ImmutableList.copyOf(state.notes.getOrDefault(id, List.of()));
    }
  };

  private final TouchRepository touches = new TouchRepository() {
    @Override
    public void add(Touch touch) {
      addAll(List.of(touch));
    }

    @Override
    public void addAll(Collection<Touch> all) {
      state.touches.addAll(all);
      if (ledger == null) {
        return;
      }
      Set<ContactId> rebuilt = new HashSet<>(); // from every touch stored, this write's included
      for (Touch touch : all) {
        if (!rebuilt.contains(touch.contact()) && !ledger.append(touch)) {
          ledger.rebuild(touch.contact(), forContact(touch.contact()));
          rebuilt.add(touch.contact());
        }
      }
    }

    @Override
    public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query) {
      if (ledger == null) {
        ledger = new TouchLedger(windows);
        findAll().forEach(ledger::append);
      }
      return ledger.summaries(query, this::forContact);
    }

    @Override
    public TouchSummary summary(ContactId contact, TouchSummaryQuery query) {
      return TouchSummarizer.summarizeOne(contact, forContact(contact), query);
    }

    @Override
    public NetworkActivity activity(ActivityWindow window) {
      return ActivityTally.of(window, findAll());
    }

    @Override
    public List<Touch> forContact(ContactId contact) {
      return state.touches.stream().filter(t -> t.contact().equals(contact)).sorted(TOUCH_ORDER)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<Touch> findAll() {
      return state.touches.stream().sorted(TOUCH_ORDER).collect(ImmutableList.toImmutableList());
    }

    @Override
    public int deleteForContact(ContactId contact) {
      int before = state.touches.size();
      state.touches.removeIf(t -> t.contact().equals(contact) || t.introducedTo().equals(Optional.of(contact)));
      ledger = null;
      return before - state.touches.size();
    }
  };

  private final SpecialDayRepository days = new SpecialDayRepository() {
    @Override
    public void add(SpecialDay day) {
      state.days.add(day);
    }

    @Override
    public List<SpecialDay> findAll() {
      return state.days.stream().sorted(DAY_ORDER).collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<SpecialDay> forContact(ContactId contact) {
      return state.days.stream().filter(d -> d.contact().equals(Optional.of(contact))).sorted(DAY_ORDER)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public int deleteForContact(ContactId contact) {
      int before = state.days.size();
      state.days.removeIf(d -> d.contact().equals(Optional.of(contact)));
      return before - state.days.size();
    }
  };

  private final ChannelRepository channels = new ChannelRepository() {
    @Override
    public void save(Channel channel) {
      state.channels.put(key(channel.name()), channel);
    }

    @Override
    public Optional<Channel> find(String name) {
      return Optional.ofNullable(state.channels.get(key(name)));
    }

    @Override
    public List<Channel> findAll() {
      return ImmutableList.copyOf(state.channels.values());
    }

    @Override
    public boolean delete(String name) {
      return state.channels.remove(key(name)) != null;
    }

    private String key(String name) {
      return name.toLowerCase(Locale.ROOT);
    }
  };

  private final ResourceRepository resources = new ResourceRepository() {
    @Override
    public ResourceId nextId() {
      return new ResourceId(++state.lastResourceId);
    }

    @Override
    public void save(Resource resource) {
      state.lastResourceId = Math.max(state.lastResourceId, resource.id().value());
      state.resources.put(resource.id(), resource);
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
      return Optional.ofNullable(state.resources.get(id));
    }

    @Override
    public List<Resource> findAll() {
      return ImmutableList.copyOf(state.resources.values());
    }
  };

  private final CollaborationRepository collaborations = new CollaborationRepository() {
    @Override
    public void add(Collaboration collaboration) {
      state.collaborations.add(collaboration);
    }

    @Override
    public List<Collaboration> findAll() {
      return state.collaborations.stream().sorted(comparing(Collaboration::on).thenComparing(Collaboration::title))
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public int removeContact(ContactId contact) {
      int changed = 0;
      List<Collaboration> kept = new ArrayList<>();
      for (Collaboration c : state.collaborations) {
        if (c.contacts().contains(contact)) {
          changed++;
          if (c.contacts().size() > 1) {
            kept.add(Collaboration.builder().from(c)
                .contacts(c.contacts().stream().filter(id -> !id.equals(contact)).toList()).build());
          }
        } else {
          kept.add(c);
        }
      }
      state.collaborations = kept;
      return changed;
    }
  };

  private final OwnerProfileRepository profile = new OwnerProfileRepository() {
    @Override
    public Optional<OwnerProfile> load() {
      return state.profile;
    }

    @Override
    public void save(OwnerProfile p) {
      state.profile = Optional.of(p);
    }
  };
}
