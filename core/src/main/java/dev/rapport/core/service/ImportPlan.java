package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.hash.Hasher;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.imports.CollaborationDraft;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportConflict;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import dev.rapport.core.port.out.Storage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An import worked out against the network: which drafts merge into which contacts, what is new,
 * what conflicts. A dry run stops at the report. An import, in its transaction, stores each new
 * contact as it is planned and the rest at the end; any problem fails the transaction, so nothing
 * of it is kept.
 */
final class ImportPlan implements ImportSource.Contacts {

  /** A contact the import ends with: one already known, or one the batch adds. */
  private static final class Target {
    final Contact original;
    Contact current;
    /** Null for a contact the batch adds until it is stored. */
    ContactId id;
    /** Its place among the targets: what touch keys from the source are fingerprinted with. */
    final int number;
    /** Whether the touches storage has for it are among {@link #touchKeys} yet. */
    boolean storedTouchesKnown;
    Set<Note> knownNotes;
    Set<Object> knownDays;
    /** The companies it had before this import changed it: it is still found by name and those. */
    List<Optional<String>> earlierCompanies;

    /** A known contact. */
    Target(Contact known, int number) {
      this.original = known;
      this.current = known;
      this.id = known.id();
      this.number = number;
    }

    /** A contact the batch adds: its id is null until storage gives it one. */
    Target(Contact incoming, ContactId id, int number) {
      this.original = null;
      this.current = incoming;
      this.id = id;
      this.number = number;
    }

    boolean isNew() {
      return original == null;
    }
  }

  /** A resource the import ends with. */
  private static final class ResourceTarget {
    final ResourceDraft draft;
    ResourceId id;
    /** Its place among the resource targets: what touch keys are fingerprinted with. */
    final int number;

    ResourceTarget(ResourceDraft draft, ResourceId id, int number) {
      this.draft = draft;
      this.id = id;
      this.number = number;
    }
  }

  /** A touch as the import tells it from others; one with a key in its source is told by that key alone. */
  private record TouchKey(Target contact, Instant at, Direction direction, InteractionKind kind, Optional<String> channel,
      String summary, OptionalInt minutes, ResourceTarget resource, Target introducedTo, String externalKey) {}

  private record DayKey(Target contact, SpecialDayKind kind, PartialDate date, boolean recurring, Optional<String> title) {}

  private record CollaborationKey(String title, LocalDate on, Set<Target> contacts, Optional<String> channel) {}

  private record PendingNote(Target target, Note note) {}

  /** Contacts by a match key; usually one per key, so a list is made only when several share it. */
  private static final class Index {
    private final Map<String, Object> entries;

    Index(int expected) {
      entries = new HashMap<>(capacity(expected));
    }

    void put(String key, Target target) {
      Object present = entries.putIfAbsent(key, target);
      if (present == null || present == target) {
        return;
      }
      if (present instanceof Target single) {
        List<Target> several = new ArrayList<>(2);
        several.add(single);
        several.add(target);
        entries.put(key, several);
      } else {
        @SuppressWarnings("unchecked")
        List<Target> several = (List<Target>) present;
        // a repeat further back is harmless to find(); scanning for it would make namesakes quadratic
        if (several.get(several.size() - 1) != target) {
          several.add(target);
        }
      }
    }

    /** The first contact under the key that {@code free} accepts, or null. */
    Target find(String key, Predicate<Target> free) {
      Object present = entries.get(key);
      if (present instanceof Target single) {
        return free.test(single) ? single : null;
      }
      if (present != null) {
        @SuppressWarnings("unchecked")
        List<Target> several = (List<Target>) present;
        for (Target target : several) {
          if (free.test(target)) {
            return target;
          }
        }
      }
      return null;
    }

    Target find(String key) {
      return find(key, t -> true);
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  /**
   * The drafts' keys in file order, each with the contact it was planned into. They are kept in
   * arrays and checked once all contacts are planned, in a table of ints that stays in the cache:
   * a map probed as each draft came cost a wait on memory for every row of a large file, and only
   * references by key (LinkedIn's rows have none) need the map itself.
   */
  private static final class DraftKeys {
    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private Target[] targets = new Target[16];
    private Origin[] origins = new Origin[16];
    private int size;
    private Map<String, Target> byKey;

    void add(ContactDraft draft, Target target) {
      room(size + 1);
      keys[size] = draft.key();
      hashes[size] = draft.key().hashCode();
      targets[size] = target;
      origins[size] = draft.origin();
      size++;
      byKey = null;
    }

    private void room(int needed) {
      if (needed > keys.length) {
        int length = Math.max(needed, keys.length * 2);
        keys = Arrays.copyOf(keys, length);
        hashes = Arrays.copyOf(hashes, length);
        targets = Arrays.copyOf(targets, length);
        origins = Arrays.copyOf(origins, length);
      }
    }

    /** A problem for each draft whose key an earlier draft gave to another contact, in file order. */
    List<ImportProblem> conflicts() {
      int length = Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1;
      int mask = length - 1;
      // the index of the first draft with each key, plus one (0 is an empty slot)
      int[] first = new int[length];
      List<ImportProblem> conflicts = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int hash = hashes[i];
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (first[slot] != 0 && !(hashes[first[slot] - 1] == hash && keys[first[slot] - 1].equals(keys[i]))) {
          slot = (slot + 1) & mask;
        }
        if (first[slot] == 0) {
          first[slot] = i + 1;
        } else if (targets[first[slot] - 1] != targets[i]) {
          conflicts.add(ImportProblem.at(origins[i], "the key '" + keys[i] + "' names another contact already"));
        }
      }
      return conflicts;
    }

    /** The contact the first draft with this key was planned into, or null. */
    Target find(String key) {
      if (byKey == null) {
        byKey = new HashMap<>(capacity(size));
        for (int i = 0; i < size; i++) {
          byKey.putIfAbsent(keys[i], targets[i]);
        }
      }
      return byKey.get(key);
    }
  }

  /** The reason touches the network already has by their key in the source are left out. */
  static final String ALREADY_IMPORTED = "already imported";

  /** Touches stored at once as a streaming source hands them over: few enough to keep, many enough to batch. */
  private static final int TOUCHES_PER_WRITE = 20_000;

  /**
   * How many new contacts are stored together: enough that a bulk write's fixed costs vanish, few
   * enough that the rows waiting to be written stay small.
   */
  private static final int STORE_IN_BULK = 1_024;

  /** The tier a contact has when nobody chose one. */
  private static final Tier DEFAULT_TIER = ContactDraft.details("anyone").build().tier();

  private final Storage storage;
  private final ImportSource source;
  private final LocalDate today;
  /** Whether this plan is to be written, in the caller's transaction: a dry run only reports. */
  private final boolean writing;
  /** How many of the targets are known contacts (they come first). */
  private int knownContacts;
  /** New contacts stored as they were planned, then changed by a later draft of the batch. */
  private final Set<Target> changedAfterStoring = new LinkedHashSet<>();
  /** New contacts planned but not stored yet: they are given ids and stored together, in bulk. */
  private final List<Target> unstored = new ArrayList<>();

  private final List<Target> targets = new ArrayList<>();
  /** The known contacts by id, for touches and collaborations that name them; made when first needed. */
  private Map<ContactId, Target> byId;
  private final DraftKeys draftKeys = new DraftKeys();
  private final Index byEmail;
  private final Index byProfile;
  /**
   * Contacts by normalized name and company, made when a draft without profiles first needs it:
   * an import whose drafts all have profiles (LinkedIn's) never does.
   */
  private Index byNameAndCompany;
  /** Those of them with no channel profile, the only ones a draft with profiles can match by name. */
  private final Index withoutProfiles;
  private final Set<Target> claimed = new HashSet<>();
  /** Contacts by normalized name, for references that give only a name; made when the first needs it. */
  private Map<String, List<Target>> byName;
  /** Normalized company names: colleagues share them, so each is normalized once. */
  private final Map<String, String> companies = new HashMap<>();
  private final Map<String, ResourceTarget> resourcesByKey = new HashMap<>();
  private final Map<ResourceId, ResourceTarget> resourcesById = new HashMap<>();
  private int resourceTargets;
  /** The stored resources by what tells one from another; read when first needed. */
  private Map<List<Object>, ResourceTarget> resourcesByContent;
  private final List<ResourceTarget> newResources = new ArrayList<>();

  /** Touches planned and not yet written: a plan being written stores them in chunks as they come. */
  private final List<TouchKey> touches = new ArrayList<>();
  private int touchesPlanned;
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
  private Map<String, Integer> skippedFor = Map.of();
  private final List<PendingNote> notes = new ArrayList<>();
  private final List<DayKey> days = new ArrayList<>();
  private final List<Channel> channels = new ArrayList<>();
  private final List<CollaborationKey> collaborations = new ArrayList<>();
  private Optional<OwnerProfile> profile = Optional.empty();
  private Set<Object> knownGlobalDays;
  private Set<CollaborationKey> knownCollaborations;

  /** The problems the source found in reading, known when it is finished. */
  private List<ImportProblem> readingProblems = List.of();
  /** The problems found in planning. */
  private final List<ImportProblem> problems = new ArrayList<>();
  private boolean finished;
  private final List<ImportConflict> conflicts = new ArrayList<>();
  private int added;
  private int merged;
  private int unchanged;
  private int jobChanges;
  private int skipped;

  /**
   * Starts planning what {@code source} reads against the network in {@code storage}: its contacts
   * are planned one by one as they are {@link #contact handed over}, the rest when it is {@link
   * #finish finished}. A plan that is to be {@code writing} is made inside the transaction that
   * writes it: a new contact is then given its id and stored as it is planned, while its details
   * are at hand (a later pass over 30,000 new contacts, to copy each with its id and store it, cost
   * as much again as planning them).
   */
  ImportPlan(Storage storage, ImportSource source, LocalDate today, boolean writing) {
    this.storage = storage;
    this.source = source;
    this.today = today;
    this.writing = writing;
    List<Contact> network = storage.contacts().findAll();
    // sized for the network as it is; the indexes grow with what the source adds
    byEmail = new Index(network.size() / 4);
    byProfile = new Index(network.size());
    withoutProfiles = new Index(network.size() / 4);
    for (Contact known : network) {
      Target target = new Target(known, targets.size());
      targets.add(target);
      index(target, keys(known));
    }
    knownContacts = targets.size();
  }

  /** Plans one contact draft of the source, in the source's order. */
  @Override
  public void add(ContactDraft draft) {
    checkState(!finished, "the plan is finished: no more contacts");
    planContact(draft);
  }

  /**
   * Plans the rest of what the source read, after its contacts: the contacts it did not hand over,
   * then resources, touches, notes, days, channels, collaborations and the profile.
   */
  void finish(ImportBatch rest) {
    checkState(!finished, "the plan is finished already");
    checkArgument(rest.source().equals(source.source()) && rest.distinctContacts() == source.distinctContacts()
        && rest.addressBook() == source.addressBook() && rest.keepsTriage() == source.keepsTriage(),
        "the batch read must be the source's: %s", rest.source());
    finished = true;
    readingProblems = rest.problems();
    skipped += rest.skipped();
    skippedFor = rest.skippedFor();
    rest.contacts().forEach(this::planContact);
    problems.addAll(draftKeys.conflicts());
    rest.resources().forEach(this::planResource);
    rest.touches().forEach(this::planTouch);
    rest.notes().forEach(this::planNote);
    rest.specialDays().forEach(this::planDay);
    rest.channels().forEach(this::planChannel);
    rest.collaborations().forEach(this::planCollaboration);
    rest.profile().ifPresent(this::planProfile);
  }

  /** The problems found in reading, then those found in planning. */
  List<ImportProblem> problems() {
    checkState(finished, "the plan is not finished");
    if (readingProblems.isEmpty()) {
      return problems;
    }
    List<ImportProblem> all = new ArrayList<>(readingProblems.size() + problems.size());
    all.addAll(readingProblems);
    all.addAll(problems);
    return all;
  }

  ImportReport report(boolean dryRun) {
    return ImportReport.builder()
        .source(source.source())
        .dryRun(dryRun)
        .added(added)
        .merged(merged)
        .unchanged(unchanged)
        .touches(touchesPlanned)
        .notes(notes.size())
        .specialDays(days.size())
        .others(channels.size() + newResources.size() + collaborations.size() + (profile.isPresent() ? 1 : 0))
        .jobChanges(jobChanges)
        .skipped(skipped)
        .skippedFor(skippedFor())
        .unknownPeople(unknownPeople.size())
        .conflicts(conflicts)
        .problems(problems())
        .build();
  }

  private Map<String, Integer> skippedFor() {
    if (alreadyImported == 0) {
      return skippedFor;
    }
    Map<String, Integer> all = new LinkedHashMap<>(skippedFor);
    all.merge(ALREADY_IMPORTED, alreadyImported, Integer::sum);
    return all;
  }

  /** Writes the plan; the caller holds the transaction it was made in. */
  void write() {
    checkState(writing, "a plan made for a dry run is not written");
    checkState(problems().isEmpty(), "a plan with problems is not written: %s", problems());
    storeNew();
    List<Contact> changed = new ArrayList<>();
    for (Target target : targets.subList(0, knownContacts)) {
      if (!target.current.equals(target.original)) {
        changed.add(target.current);
      }
    }
    changedAfterStoring.forEach(target -> changed.add(target.current));
    storage.contacts().saveAll(changed);
    for (ResourceTarget resource : newResources) {
      resource.id = storage.resources().nextId();
      ResourceDraft draft = resource.draft;
      storage.resources().save(Resource.builder().id(resource.id).title(draft.title()).link(draft.link())
          .topics(draft.topics()).foundOn(draft.foundOn()).build());
    }
    for (PendingNote note : notes) {
      storage.contacts().addNote(note.target().id, note.note());
    }
    for (DayKey key : days) {
      storage.specialDays().add(SpecialDay.builder()
          .contact(Optional.ofNullable(key.contact()).map(t -> t.id))
          .kind(key.kind()).date(key.date()).recurring(key.recurring()).title(key.title()).build());
    }
    writeTouches();
    channels.forEach(storage.channels()::save);
    for (CollaborationKey key : collaborations) {
      storage.collaborations().add(Collaboration.builder().title(key.title()).on(key.on())
          .contacts(key.contacts().stream().map(t -> t.id).toList()).channel(key.channel()).build());
    }
    profile.ifPresent(storage.profile()::save);
  }

  /** Stores the touches planned since the last time, in the caller's transaction. */
  private void writeTouches() {
    storeNew(); // the touches name new contacts by their ids
    List<Touch> newTouches = new ArrayList<>(touches.size());
    for (TouchKey key : touches) {
      newTouches.add(Touch.builder()
          .contact(key.contact().id)
          .at(key.at()).direction(key.direction()).kind(key.kind()).channel(key.channel())
          .summary(key.summary()).minutes(key.minutes())
          .resource(Optional.ofNullable(key.resource()).map(r -> r.id))
          .introducedTo(Optional.ofNullable(key.introducedTo()).map(t -> t.id))
          .externalKey(Optional.ofNullable(key.externalKey()))
          .build());
    }
    if (!newTouches.isEmpty()) {
      storage.touches().addAll(newTouches);
    }
    touches.clear();
  }

  // --- contacts

  private static int capacity(int entries) {
    return Math.max(16, (int) (entries / 0.75f) + 1);
  }

  /** What a contact is recognised by, normalized once; its name and company only when needed. */
  private record Keys(List<String> emails, List<String> profiles) {}

  private Keys keys(Contact contact) {
    return new Keys(normalized(contact.emails(), MatchKeys::email),
        normalized(contact.channelProfiles(), p -> MatchKeys.profile(p.handle())));
  }

  private static <T> List<String> normalized(List<T> items, Function<T, String> key) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(items.size());
    for (T item : items) {
      keys.add(key.apply(item));
    }
    return keys;
  }

  private String nameAndCompany(String name, Optional<String> company) {
    return MatchKeys.name(name) + '|' + companies.computeIfAbsent(company.orElse(""), MatchKeys::company);
  }

  private void planContact(ContactDraft draft) {
    Contact incoming = draft.details();
    Keys keys = new Keys(draft.emailKeys(), draft.profileKeys());
    Target target = match(incoming, keys);
    if (target != null && source.addsOnlyUnknown()) {
      unchanged++;
      draftKeys.add(draft, target);
      return;
    }
    if (target == null) {
      // A new contact's tier is only the default until the owner sorts it, unless the source says otherwise.
      Contact arriving = source.keepsTriage() || incoming.untriaged() ? incoming : ImmutableContact.copyOf(incoming).withUntriaged(true);
      target = new Target(arriving, null, targets.size());
      byName = null; // made again, with this one, if a touch streamed after it names someone by name
      if (writing) {
        unstored.add(target);
        if (unstored.size() == STORE_IN_BULK) {
          storeNew();
        }
      }
      targets.add(target);
      added++;
      index(target, keys);
    } else {
      Contact before = target.current;
      target.current = merge(target, incoming, draft.origin());
      if (target.isNew() || target.current != before) {
        merged++;
      } else {
        unchanged++;
      }
      if (target.current != before) {
        if (target.isNew() && target.id != null) {
          changedAfterStoring.add(target);
        }
        if (byNameAndCompany == null && !before.company().equals(target.current.company())) {
          if (target.earlierCompanies == null) {
            target.earlierCompanies = new ArrayList<>(1);
          }
          target.earlierCompanies.add(before.company());
        }
        index(target, keys(target.current));
      }
    }
    if (source.distinctContacts()) {
      claimed.add(target);
    }
    draftKeys.add(draft, target);
  }

  /**
   * Gives the new contacts planned since the last call their ids and stores them, in the caller's
   * transaction, in one bulk write: while their details are at hand, and without a round trip each.
   */
  private void storeNew() {
    if (unstored.isEmpty()) {
      return;
    }
    List<ContactId> ids = storage.contacts().nextIds(unstored.size());
    List<Contact> contacts = new ArrayList<>(unstored.size());
    for (int i = 0; i < unstored.size(); i++) {
      Target target = unstored.get(i);
      target.id = ids.get(i);
      target.current = ImmutableContact.copyOf(target.current).withId(target.id);
      contacts.add(target.current);
    }
    storage.contacts().addAll(contacts);
    unstored.clear();
  }

  private Target match(Contact incoming, Keys keys) {
    Predicate<Target> free = source.distinctContacts() ? t -> !t.isNew() && !claimed.contains(t) : t -> true;
    for (String email : keys.emails()) {
      Target target = byEmail.find(email, free);
      if (target != null) {
        return target;
      }
    }
    for (String profile : keys.profiles()) {
      Target target = byProfile.find(profile, free);
      if (target != null) {
        return target;
      }
    }
    // people who both have profiles are told apart by them; by name and company only when one has none
    if (keys.profiles().isEmpty()) {
      return byNameAndCompany().find(nameAndCompany(incoming.displayName(), incoming.company()), free);
    }
    if (withoutProfiles.isEmpty()) {
      return null;
    }
    return withoutProfiles.find(nameAndCompany(incoming.displayName(), incoming.company()),
        free.and(t -> t.current.channelProfiles().isEmpty()));
  }

  private void index(Target target, Keys keys) {
    // by index: these lists are mostly empty or single, and an iterator for each costs more than the work
    for (int i = 0; i < keys.emails().size(); i++) {
      byEmail.put(keys.emails().get(i), target);
    }
    for (int i = 0; i < keys.profiles().size(); i++) {
      byProfile.put(keys.profiles().get(i), target);
    }
    if (byNameAndCompany != null || keys.profiles().isEmpty()) {
      String nameAndCompany = nameAndCompany(target.current.displayName(), target.current.company());
      if (byNameAndCompany != null) {
        byNameAndCompany.put(nameAndCompany, target);
      }
      if (keys.profiles().isEmpty()) {
        withoutProfiles.put(nameAndCompany, target);
      }
    }
  }

  /** Every contact under the name and company it has, and those it had before this import changed them. */
  private Index byNameAndCompany() {
    if (byNameAndCompany == null) {
      byNameAndCompany = new Index(targets.size());
      for (Target target : targets) {
        String name = target.current.displayName();
        if (target.earlierCompanies != null) {
          target.earlierCompanies.forEach(company -> byNameAndCompany.put(nameAndCompany(name, company), target));
        }
        byNameAndCompany.put(nameAndCompany(name, target.current.company()), target);
      }
    }
    return byNameAndCompany;
  }

  /** The known contact with this id. */
  private Target known(ContactId id) {
    if (byId == null) {
      byId = new HashMap<>(capacity(targets.size()));
      for (Target target : targets) {
        if (!target.isNew()) {
          byId.put(target.id, target);
        }
      }
    }
    return byId.get(id);
  }

  private Contact merge(Target target, Contact incoming, Origin origin) {
    Contact known = target.current;
    Merge merge = new Merge(known, incoming, origin);
    // a job change is against what the network held: two rows of one import that disagree conflict
    boolean jobChange = !target.isNew() && isSameSource(known, incoming) && (
        differs(known.company(), incoming.company(), MatchKeys::company)
            || differs(known.title(), incoming.title(), MatchKeys::name));
    boolean roleConflict = false;
    if (jobChange) {
      jobChange(target, incoming, merge);
    } else {
      int before = conflicts.size();
      merge.scalar("company", known.company(), incoming.company(), ImmutableContact.Builder::company);
      merge.scalar("title", known.title(), incoming.title(), ImmutableContact.Builder::title);
      roleConflict = conflicts.size() > before;
    }
    if (!known.displayName().equals(incoming.displayName())
        && !MatchKeys.name(known.displayName()).equals(MatchKeys.name(incoming.displayName()))) {
      merge.conflict("displayName", known.displayName(), incoming.displayName());
    }
    merge.scalar("givenName", known.givenName(), incoming.givenName(), ImmutableContact.Builder::givenName);
    merge.scalar("familyName", known.familyName(), incoming.familyName(), ImmutableContact.Builder::familyName);
    merge.scalar("seniority", known.seniority(), incoming.seniority(), ImmutableContact.Builder::seniority);
    merge.scalar("industry", known.industry(), incoming.industry(), ImmutableContact.Builder::industry);
    merge.scalar("cadence", known.cadence(), incoming.cadence(), ImmutableContact.Builder::cadence);
    // a source whose role for them we did not take does not become their source: a later import
    // of it would otherwise read the kept role as a job change
    if (!roleConflict) {
      merge.scalar("sourceChannel", known.sourceChannel(), incoming.sourceChannel(),
          ImmutableContact.Builder::sourceChannel);
    }
    merge.scalar("connectedOn", known.connectedOn(), incoming.connectedOn(), ImmutableContact.Builder::connectedOn);
    merge.scalar("snoozedUntil", known.snoozedUntil(), incoming.snoozedUntil(), ImmutableContact.Builder::snoozedUntil);
    if (known.location().isUnknown()) {
      if (!incoming.location().isUnknown()) {
        merge.change(b -> b.location(incoming.location()));
      }
    } else if (!incoming.location().isUnknown() && !known.location().equals(incoming.location())) {
      merge.conflict("location", known.location().toString(), incoming.location().toString());
    }
    if (known.tier() != incoming.tier() && incoming.tier() != DEFAULT_TIER) {
      if (known.tier() == DEFAULT_TIER) {
        merge.change(b -> b.tier(incoming.tier()));
      } else {
        merge.conflict("tier", known.tier().toString(), incoming.tier().toString());
      }
    }
    if (incoming.archived() != known.archived()) {
      merge.conflict("archived", Boolean.toString(known.archived()), Boolean.toString(incoming.archived()));
    }
    merge.union(known.emails(), incoming.emails(), MatchKeys::email, ImmutableContact.Builder::emails);
    merge.union(known.phones(), incoming.phones(), p -> p.replaceAll("[^0-9+]", ""), ImmutableContact.Builder::phones);
    merge.union(known.channelProfiles(), incoming.channelProfiles(), p -> MatchKeys.profile(p.handle()),
        ImmutableContact.Builder::channelProfiles);
    merge.adding(known.tags(), incoming.tags(), ImmutableContact.Builder::addAllTags);
    merge.adding(known.interests(), incoming.interests(), ImmutableContact.Builder::addAllInterests);
    merge.adding(known.goals(), incoming.goals(), ImmutableContact.Builder::addAllGoals);
    merge.adding(known.offers(), incoming.offers(), ImmutableContact.Builder::addAllOffers);
    merge.adding(known.watchKeywords(), incoming.watchKeywords(), ImmutableContact.Builder::addAllWatchKeywords);
    return merge.result();
  }

  /**
   * Whether the draft comes from the source the contact's role came from: a networking source
   * marks its contacts with its source channel (a merge only when it took that source's role); a
   * contact without one has the role an address book or the owner gave it.
   */
  private boolean isSameSource(Contact known, Contact incoming) {
    if (incoming.sourceChannel().isEmpty()) {
      return source.addressBook() && known.sourceChannel().isEmpty();
    }
    String source = incoming.sourceChannel().get();
    return known.sourceChannel().map(source::equalsIgnoreCase).orElse(false);
  }

  private static boolean differs(Optional<String> known, Optional<String> incoming, Function<String, String> normalize) {
    return known.isPresent() && incoming.isPresent() && !known.get().equals(incoming.get())
        && !normalize.apply(known.get()).equals(normalize.apply(incoming.get()));
  }

  /** The seed's "congratulate them on a new role": update the file, keep the old role, mark the day. */
  private void jobChange(Target target, Contact incoming, Merge merge) {
    Contact known = target.current;
    jobChanges++;
    Optional<String> company = incoming.company().or(known::company);
    merge.change(b -> b.company(company).title(incoming.title()));
    String from = incoming.sourceChannel().orElse(source.source());
    String oldRole = known.title().map(t -> t + known.company().map(c -> " at " + c).orElse(""))
        .orElseGet(() -> known.company().orElse("?"));
    String newRole = incoming.title().map(t -> t + company.map(c -> " at " + c).orElse(""))
        .orElseGet(() -> company.orElse("?"));
    addNote(target, new Note(today, "Role until " + today + ": " + oldRole + " (" + from + " now shows " + newRole + ")"));
    addDay(new DayKey(target, SpecialDayKind.ACCOMPLISHMENT, PartialDate.of(today), false,
        Optional.of("new role at " + company.orElse(newRole))));
  }

  /**
   * One draft merged into one contact: values the network lacks are taken, differing ones reported.
   * The changes are gathered first and a new contact is built only when there is one, so a re-import
   * of what is known costs comparisons, not copies.
   */
  private final class Merge {
    private final Contact known;
    private final Origin origin;
    /** Made with the first change: most drafts of a re-import bring none. */
    private List<Consumer<ImmutableContact.Builder>> changes;

    Merge(Contact known, Contact incoming, Origin origin) {
      this.known = known;
      this.origin = origin;
    }

    /** Takes their value when the network has none; reports it when it differs from the network's. */
    <T> void scalar(String field, Optional<T> mine, Optional<T> theirs,
        BiConsumer<ImmutableContact.Builder, Optional<T>> set) {
      if (mine.isEmpty()) {
        if (theirs.isPresent()) {
          change(b -> set.accept(b, theirs));
        }
      } else if (theirs.isPresent() && !same(mine.get(), theirs.get())) {
        conflict(field, mine.get().toString(), theirs.get().toString());
      }
    }

    /** The known items followed by the incoming ones not among them by {@code key}. */
    <T> void union(List<T> mine, List<T> theirs, Function<T, String> key,
        BiConsumer<ImmutableContact.Builder, List<T>> set) {
      List<T> added = null;
      for (int i = 0; i < theirs.size(); i++) {
        T item = theirs.get(i);
        // the same text is the common case of a re-import: no key needs computing for it
        if (!mine.contains(item) && !containsKey(mine, key.apply(item), key)
            && (added == null || !containsKey(added, key.apply(item), key))) {
          if (added == null) {
            added = new ArrayList<>(theirs.size());
          }
          added.add(item);
        }
      }
      if (added != null) {
        List<T> all = new ArrayList<>(mine.size() + added.size());
        all.addAll(mine);
        all.addAll(added);
        change(b -> set.accept(b, all));
      }
    }

    private static <T> boolean containsKey(List<T> items, String wanted, Function<T, String> key) {
      for (int i = 0; i < items.size(); i++) {
        if (key.apply(items.get(i)).equals(wanted)) {
          return true;
        }
      }
      return false;
    }

    /** Adds their items to a set of the network's. */
    <T> void adding(Set<T> mine, Set<T> theirs, BiConsumer<ImmutableContact.Builder, Set<T>> add) {
      if (!mine.containsAll(theirs)) {
        change(b -> add.accept(b, theirs));
      }
    }

    void change(Consumer<ImmutableContact.Builder> change) {
      if (changes == null) {
        changes = new ArrayList<>(4);
      }
      changes.add(change);
    }

    private boolean same(Object mine, Object theirs) {
      if (mine.equals(theirs)) {
        return true;
      }
      if (mine instanceof String a && theirs instanceof String b) {
        return MatchKeys.name(a).equals(MatchKeys.name(b));
      }
      return false;
    }

    void conflict(String field, String kept, String incoming) {
      conflicts.add(new ImportConflict(known.displayName(), field, kept, incoming, origin));
    }

    /** The known contact when nothing changes, else a copy with the changes. */
    Contact result() {
      if (changes == null) {
        return known;
      }
      ImmutableContact.Builder builder = Contact.builder().from(known);
      changes.forEach(change -> change.accept(builder));
      Contact merged = builder.build();
      return merged.equals(known) ? known : merged;
    }
  }

  // --- references

  private Target resolve(ContactRef ref, Origin origin) {
    if (ref.key().isPresent()) {
      Target target = draftKeys.find(ref.key().get());
      if (target == null) {
        problems.add(ImportProblem.at(origin, "expected the key of a contact in this import: '" + ref.key().get() + "'"));
      }
      return target;
    }
    if (ref.email().isPresent()) {
      Target target = byEmail.find(MatchKeys.email(ref.email().get()));
      if (target != null) {
        return target;
      }
    }
    if (ref.profileUrl().isPresent()) {
      Target target = byProfile.find(MatchKeys.profile(ref.profileUrl().get()));
      if (target != null) {
        return target;
      }
    }
    if (ref.name().isPresent()) {
      List<Target> named = byName().get(MatchKeys.name(ref.name().get()));
      if (named != null && named.size() == 1) {
        return named.get(0);
      }
    }
    return null;
  }

  /** A merge never changes a display name, so the index is made once, after the contacts are planned. */
  private Map<String, List<Target>> byName() {
    if (byName == null) {
      byName = new HashMap<>(capacity(targets.size()));
      for (Target target : targets) {
        byName.computeIfAbsent(MatchKeys.name(target.current.displayName()), k -> new ArrayList<>(1)).add(target);
      }
    }
    return byName;
  }

  // --- touches

  /** Plans a resource the source hands over as it reads, before the touches that share it. */
  @Override
  public void addResource(ResourceDraft draft) {
    checkState(!finished, "the plan is finished: resources come with the rest");
    planResource(draft);
  }

  private void planResource(ResourceDraft draft) {
    ResourceTarget target = knownResources().computeIfAbsent(
        resourceKey(draft.title(), draft.link(), draft.topics(), draft.foundOn()), k -> {
      ResourceTarget created = new ResourceTarget(draft, null, resourceTargets++);
      newResources.add(created);
      return created;
    });
    if (resourcesByKey.putIfAbsent(draft.key(), target) != null) {
      problems.add(ImportProblem.at(draft.origin(), "the key '" + draft.key() + "' names another resource already"));
    }
  }

  /** The resources storage has, by content; read when first needed (and {@link #resourcesById} with them). */
  private Map<List<Object>, ResourceTarget> knownResources() {
    if (resourcesByContent == null) {
      resourcesByContent = new HashMap<>();
      for (Resource known : storage.resources().findAll()) {
        ResourceTarget target = new ResourceTarget(null, known.id(), resourceTargets++);
        resourcesById.put(known.id(), target);
        resourcesByContent.put(resourceKey(known.title(), known.link(), known.topics(), known.foundOn()), target);
      }
    }
    return resourcesByContent;
  }

  /** A resource is known when one with the same title, link, topics and day found is. */
  private static List<Object> resourceKey(String title, Optional<String> link, Set<String> topics, LocalDate foundOn) {
    return List.of(title, link, topics, foundOn);
  }

  private void planTouch(TouchDraft draft) {
    Target target = resolve(draft.contact(), draft.origin());
    Target introduced = draft.introducedTo().map(ref -> resolve(ref, draft.origin())).orElse(null);
    ResourceTarget resource = null;
    if (draft.resourceKey().isPresent()) {
      resource = resourcesByKey.get(draft.resourceKey().get());
      if (resource == null) {
        problems.add(ImportProblem.at(draft.origin(), "expected the key of a resource in this import: '"
            + draft.resourceKey().get() + "'"));
        return;
      }
    }
    if (target == null || (draft.introducedTo().isPresent() && introduced == null)) {
      skipped++;
      ContactRef unknown = target == null ? draft.contact() : draft.introducedTo().get();
      if (unknown.key().isEmpty()) {
        unknownPeople.add(unknown.email().map(MatchKeys::email).orElseGet(() -> unknown.toString()));
      }
      return;
    }
    if (introduced != null && draft.kind() != InteractionKind.INTRODUCTION) {
      problems.add(ImportProblem.at(draft.origin(), "only an INTRODUCTION names the contact introduced, not a " + draft.kind()));
      return;
    }
    if (introduced == target) {
      problems.add(ImportProblem.at(draft.origin(), "an introduction needs two different contacts"));
      return;
    }
    TouchKey key = new TouchKey(target, draft.at(), draft.direction(), draft.kind(), draft.channel(), draft.summary(),
        draft.minutes(), resource, introduced, draft.externalKey().orElse(null));
    boolean isNew;
    if (draft.externalKey().isPresent()) {
      String external = draft.externalKey().get();
      isNew = externalKeys().add(target.number, external);
      if (!isNew && !external.equals(lastAlreadyImported)) {
        alreadyImported++;
        lastAlreadyImported = external;
      }
    } else {
      knowStoredTouches(target);
      isNew = touchKeys.add(fingerprint(key));
    }
    if (isNew) {
      touches.add(key);
      touchesPlanned++;
    }
  }

  /** Plans a touch the source hands over as it reads, storing touches in chunks when the plan is written. */
  @Override
  public void addTouch(TouchDraft draft) {
    checkState(!finished, "the plan is finished: touches come with the rest");
    planTouch(draft);
    if (touches.size() >= TOUCHES_PER_WRITE) {
      if (writing) {
        writeTouches();
      } else {
        touches.clear(); // a dry run only counts them
      }
    }
  }

  /** The keys of the touches known by their source's key, read from storage when first needed. */
  private FingerprintSet externalKeys() {
    if (externalKeys == null) {
      externalKeys = new FingerprintSet();
      storage.touches().forEachExternalKey((contact, key) -> {
        Target target = known(contact);
        if (target != null) {
          externalKeys.add(target.number, key);
        }
      });
    }
    return externalKeys;
  }

  /** Adds the touches storage has for a known contact to {@link #touchKeys}, the first time it is asked. */
  private void knowStoredTouches(Target target) {
    if (target.storedTouchesKnown) {
      return;
    }
    target.storedTouchesKnown = true;
    if (!target.isNew()) {
      knownResources(); // stored touches name stored resources
      for (Touch touch : storage.touches().forContact(target.id)) {
        if (touch.externalKey().isPresent()) {
          continue; // told apart by its key: a touch without one is never the same
        }
        touchKeys.add(fingerprint(new TouchKey(target, touch.at(), touch.direction(), touch.kind(),
            touch.channel(), touch.summary(), touch.minutes(), touch.resource().map(resourcesById::get).orElse(null),
            touch.introducedTo().map(this::known).orElse(null), null)));
      }
    }
  }

  /** A touch key's entry in {@link #touchKeys}: every part, contacts and resources by their number in this plan. */
  private static Hasher fingerprint(TouchKey key) {
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

  // --- notes and days

  private void planNote(NoteDraft draft) {
    Target target = resolve(draft.contact(), draft.origin());
    if (target == null) {
      skipped++;
      return;
    }
    if (draft.on().isPresent()) {
      addNote(target, new Note(draft.on().get(), draft.text()));
    } else if (!knownNotes(target).stream().anyMatch(n -> n.text().equals(draft.text()))) {
      addNote(target, new Note(today, draft.text()));
    }
  }

  private Set<Note> knownNotes(Target target) {
    if (target.knownNotes == null) {
      target.knownNotes = new HashSet<>(target.isNew() ? List.of() : storage.contacts().notes(target.id));
    }
    return target.knownNotes;
  }

  private void addNote(Target target, Note note) {
    if (knownNotes(target).add(note)) {
      notes.add(new PendingNote(target, note));
    }
  }

  private void planDay(SpecialDayDraft draft) {
    Target target = null;
    if (draft.contact().isPresent()) {
      target = resolve(draft.contact().get(), draft.origin());
      if (target == null) {
        skipped++;
        return;
      }
    }
    addDay(new DayKey(target, draft.kind(), draft.date(), draft.recurring(), draft.title()));
  }

  private void addDay(DayKey key) {
    Set<Object> known;
    if (key.contact() == null) {
      if (knownGlobalDays == null) {
        knownGlobalDays = new HashSet<>();
        storage.specialDays().findAll().stream().filter(d -> d.contact().isEmpty())
            .forEach(d -> knownGlobalDays.add(new DayKey(null, d.kind(), d.date(), d.recurring(), d.title())));
      }
      known = knownGlobalDays;
    } else {
      Target target = key.contact();
      if (target.knownDays == null) {
        target.knownDays = new HashSet<>();
        if (!target.isNew()) {
          storage.specialDays().forContact(target.id)
              .forEach(d -> target.knownDays.add(new DayKey(target, d.kind(), d.date(), d.recurring(), d.title())));
        }
      }
      known = target.knownDays;
    }
    if (known.add(key)) {
      days.add(key);
    }
  }

  // --- channels, collaborations, profile

  private void planChannel(Channel channel) {
    Optional<Channel> known = storage.channels().find(channel.name());
    Optional<Channel> planned = channels.stream().filter(c -> c.name().equalsIgnoreCase(channel.name())).findFirst();
    Optional<Channel> existing = known.or(() -> planned);
    if (existing.isEmpty()) {
      channels.add(channel);
    } else if (!existing.get().equals(channel)) {
      conflicts.add(new ImportConflict("channel " + channel.name(), "channel", existing.get().toString(),
          channel.toString(), Origin.file(source.source())));
    }
  }

  private void planCollaboration(CollaborationDraft draft) {
    Set<Target> with = new HashSet<>();
    for (ContactRef ref : draft.contacts()) {
      Target target = resolve(ref, draft.origin());
      if (target == null) {
        skipped++;
        return;
      }
      with.add(target);
    }
    CollaborationKey key = new CollaborationKey(draft.title(), draft.on(), with, draft.channel());
    if (knownCollaborations == null) {
      knownCollaborations = new HashSet<>();
      for (Collaboration known : storage.collaborations().findAll()) {
        Set<Target> knownWith = new HashSet<>();
        known.contacts().forEach(id -> knownWith.add(known(id)));
        knownCollaborations.add(new CollaborationKey(known.title(), known.on(), knownWith, known.channel()));
      }
    }
    if (knownCollaborations.add(key)) {
      collaborations.add(key);
    }
  }

  private void planProfile(OwnerProfile incoming) {
    Optional<OwnerProfile> known = storage.profile().load();
    if (known.isEmpty()) {
      profile = Optional.of(incoming);
    } else if (!known.get().equals(incoming)) {
      conflicts.add(new ImportConflict("owner", "profile", known.get().toString(), incoming.toString(),
          Origin.file(source.source())));
    }
  }
}
