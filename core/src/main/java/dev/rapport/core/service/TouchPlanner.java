package dev.rapport.core.service;

import com.google.common.hash.Hasher;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import dev.rapport.core.port.out.ResourceRepository;
import dev.rapport.core.port.out.TouchRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An import's touches and the resources they share: which are new, which the network has (by
 * their key in the source, or by all they say), and which name someone who is not a contact.
 */
final class TouchPlanner {

  /** A touch as the import tells it from others; one with a key in its source is told by that key alone. */
  record Key(PlannedContact contact, Instant at, Direction direction, InteractionKind kind, Optional<String> channel,
      String summary, OptionalInt minutes, PlannedResource resource, PlannedContact introducedTo, String externalKey) {}

  /** A resource the import ends with: a known one, or one a draft adds (its id is null until stored). */
  static final class PlannedResource {
    final ResourceDraft draft;
    ResourceId id;
    /** Its place among the planned resources: what touch keys are fingerprinted with. */
    final int number;

    PlannedResource(ResourceDraft draft, ResourceId id, int number) {
      this.draft = draft;
      this.id = id;
      this.number = number;
    }
  }

  private final TouchRepository touchStore;
  private final ResourceRepository resourceStore;
  private final ContactMatcher contacts;
  private final List<ImportProblem> problems;
  private final Map<String, PlannedResource> resourcesByKey = new HashMap<>();
  private final Map<ResourceId, PlannedResource> resourcesById = new HashMap<>();
  private int plannedResources;
  /** The stored resources by what tells one from another; read when first needed. */
  private Map<List<Object>, PlannedResource> resourcesByContent;
  private final List<PlannedResource> newResources = new ArrayList<>();
  /** Touches planned and not yet written: a plan being written stores them in chunks as they come. */
  private final List<Key> pending = new ArrayList<>();
  private int planned;
  /**
   * The touches without a key in their source that the network or this import has, by contact
   * number, as fingerprints: a million touches take some 32 MB here.
   */
  private final FingerprintSet touchKeys = new FingerprintSet();
  /** The touches with a key in their source that the network or this import has, by contact. */
  private FingerprintSet externalKeys;
  private int alreadyImported;
  /** The key of the last touch found already imported: one message's touches are counted once. */
  private String lastAlreadyImported;
  /** The people touches named who are not contacts, by e-mail key or name. */
  private final Set<String> unknownPeople = new HashSet<>();
  private int skipped;

  TouchPlanner(TouchRepository touchStore, ResourceRepository resourceStore, ContactMatcher contacts,
      List<ImportProblem> problems) {
    this.touchStore = touchStore;
    this.resourceStore = resourceStore;
    this.contacts = contacts;
    this.problems = problems;
  }

  /** Plans one resource: one with the same title, link, topics and day found as a known one is that one. */
  void planResource(ResourceDraft draft) {
    PlannedResource resource = knownResources().computeIfAbsent(
        resourceKey(draft.title(), draft.link(), draft.topics(), draft.foundOn()), k -> {
          PlannedResource created = new PlannedResource(draft, null, plannedResources++);
          newResources.add(created);
          return created;
        });
    if (resourcesByKey.putIfAbsent(draft.key(), resource) != null) {
      problems.add(ImportProblem.at(draft.origin(), "the key '" + draft.key() + "' names another resource already"));
    }
  }

  /** The resources storage has, by content; read when first needed (and {@link #resourcesById} with them). */
  private Map<List<Object>, PlannedResource> knownResources() {
    if (resourcesByContent == null) {
      resourcesByContent = new HashMap<>();
      for (Resource known : resourceStore.findAll()) {
        PlannedResource resource = new PlannedResource(null, known.id(), plannedResources++);
        resourcesById.put(known.id(), resource);
        resourcesByContent.put(resourceKey(known.title(), known.link(), known.topics(), known.foundOn()), resource);
      }
    }
    return resourcesByContent;
  }

  private static List<Object> resourceKey(String title, Optional<String> link, Set<String> topics, LocalDate foundOn) {
    return List.of(title, link, topics, foundOn);
  }

  /** Plans one touch: skipped when it names someone unknown, left out when the network has it. */
  void plan(TouchDraft draft) {
    PlannedContact contact = contacts.resolve(draft.contact(), draft.origin());
    PlannedContact introduced = draft.introducedTo().map(ref -> contacts.resolve(ref, draft.origin())).orElse(null);
    PlannedResource resource = null;
    if (draft.resourceKey().isPresent()) {
      resource = resourcesByKey.get(draft.resourceKey().get());
      if (resource == null) {
        problems.add(ImportProblem.at(draft.origin(), "expected the key of a resource in this import: '"
            + draft.resourceKey().get() + "'"));
        return;
      }
    }
    if (contact == null || (draft.introducedTo().isPresent() && introduced == null)) {
      skipped++;
      ContactRef unknown = contact == null ? draft.contact() : draft.introducedTo().get();
      if (unknown.key().isEmpty()) {
        unknownPeople.add(unknown.email().map(MatchKeys::email).orElseGet(unknown::toString));
      }
      return;
    }
    if (introduced != null && draft.kind() != InteractionKind.INTRODUCTION) {
      problems.add(ImportProblem.at(draft.origin(), "only an INTRODUCTION names the contact introduced, not a " + draft.kind()));
      return;
    }
    if (introduced == contact) {
      problems.add(ImportProblem.at(draft.origin(), "an introduction needs two different contacts"));
      return;
    }
    Key key = new Key(contact, draft.at(), draft.direction(), draft.kind(), draft.channel(), draft.summary(),
        draft.minutes(), resource, introduced, draft.externalKey().orElse(null));
    boolean isNew;
    if (draft.externalKey().isPresent()) {
      String external = draft.externalKey().get();
      isNew = externalKeys().add(contact.number, external);
      if (!isNew && !external.equals(lastAlreadyImported)) {
        alreadyImported++;
        lastAlreadyImported = external;
      }
    } else {
      knowStoredTouches(contact);
      isNew = touchKeys.add(fingerprint(key));
    }
    if (isNew) {
      pending.add(key);
      planned++;
    }
  }

  /** The keys of the touches known by their source's key, read from storage when first needed. */
  private FingerprintSet externalKeys() {
    if (externalKeys == null) {
      externalKeys = new FingerprintSet();
      touchStore.forEachExternalKey((id, key) -> {
        PlannedContact contact = contacts.known(id);
        if (contact != null) {
          externalKeys.add(contact.number, key);
        }
      });
    }
    return externalKeys;
  }

  /** Adds the touches storage has for a known contact to {@link #touchKeys}, the first time it is asked. */
  private void knowStoredTouches(PlannedContact contact) {
    if (contact.storedTouchesKnown) {
      return;
    }
    contact.storedTouchesKnown = true;
    if (!contact.isNew()) {
      knownResources(); // stored touches name stored resources
      for (Touch touch : touchStore.forContact(contact.id)) {
        if (touch.externalKey().isPresent()) {
          continue; // told apart by its key: a touch without one is never the same
        }
        touchKeys.add(fingerprint(new Key(contact, touch.at(), touch.direction(), touch.kind(),
            touch.channel(), touch.summary(), touch.minutes(), touch.resource().map(resourcesById::get).orElse(null),
            touch.introducedTo().map(contacts::known).orElse(null), null)));
      }
    }
  }

  /** A touch key's entry in {@link #touchKeys}: every part, contacts and resources by their number in this plan. */
  private static Hasher fingerprint(Key key) {
    Hasher entry = FingerprintSet.entry().putInt(key.contact().number)
        .putLong(key.at().getEpochSecond()).putInt(key.at().getNano())
        .putInt(key.direction().ordinal()).putInt(key.kind().ordinal())
        .putInt(key.minutes().isPresent() ? key.minutes().getAsInt() : -1)
        .putInt(key.resource() == null ? -1 : key.resource().number)
        .putInt(key.introducedTo() == null ? -1 : key.introducedTo().number)
        .putInt(key.channel().map(String::length).orElse(-1)) // lengths first: no two keys put the same chars
        .putUnencodedChars(key.channel().orElse(""));
    return entry.putInt(key.summary().length()).putUnencodedChars(key.summary());
  }

  /** Touches planned and not yet written. */
  int pending() {
    return pending.size();
  }

  /** Forgets the touches planned so far: a dry run only counts them. */
  void forgetPending() {
    pending.clear();
  }

  /** Stores the resources the import adds, giving each its id. */
  void writeResources() {
    for (PlannedResource resource : newResources) {
      resource.id = resourceStore.nextId();
      ResourceDraft draft = resource.draft;
      resourceStore.save(Resource.builder().id(resource.id).title(draft.title()).link(draft.link())
          .topics(draft.topics()).foundOn(draft.foundOn()).build());
    }
  }

  /** Stores the touches planned since the last time; the contacts they name must have their ids. */
  void writePending() {
    List<Touch> touches = new ArrayList<>(pending.size());
    for (Key key : pending) {
      touches.add(Touch.builder()
          .contact(key.contact().id)
          .at(key.at()).direction(key.direction()).kind(key.kind()).channel(key.channel())
          .summary(key.summary()).minutes(key.minutes())
          .resource(Optional.ofNullable(key.resource()).map(r -> r.id))
          .introducedTo(Optional.ofNullable(key.introducedTo()).map(c -> c.id))
          .externalKey(Optional.ofNullable(key.externalKey()))
          .build());
    }
    if (!touches.isEmpty()) {
      touchStore.addAll(touches);
    }
    pending.clear();
  }

  int planned() {
    return planned;
  }

  int newResources() {
    return newResources.size();
  }

  int alreadyImported() {
    return alreadyImported;
  }

  int unknownPeople() {
    return unknownPeople.size();
  }

  int skipped() {
    return skipped;
  }
}
