package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.policy.imports.ContactMerge;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportConflict;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import dev.rapport.core.port.out.Storage;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * An import worked out against the network: which drafts merge into which contacts, what is new,
 * what conflicts. A dry run stops at the report. An import, in its transaction, stores each new
 * contact as it is planned and the rest at the end; any problem fails the transaction, so nothing
 * of it is kept. Contacts are found by {@link ContactMatcher} and merged by the rules of
 * {@link ContactMerge}; touches are planned by {@link TouchPlanner}, the other records by
 * {@link RecordPlanner}.
 */
final class ImportPlan implements ImportSource.Contacts {

  /** The reason touches the network already has by their key in the source are left out. */
  static final String ALREADY_IMPORTED = "already imported";

  /** Touches stored at once as a streaming source hands them over: few enough to keep, many enough to batch. */
  private static final int TOUCHES_PER_WRITE = 20_000;

  /**
   * How many new contacts are stored together: enough that a bulk write's fixed costs vanish, few
   * enough that the rows waiting to be written stay small.
   */
  private static final int STORE_IN_BULK = 1_024;

  /** The most ids reserved at once for new contacts. */
  private static final int MOST_RESERVED = 64 * STORE_IN_BULK;

  private final Storage storage;
  private final ImportSource source;
  /** Whether this plan is to be written, in the caller's transaction: a dry run only reports. */
  private final boolean writing;
  private final ContactMatcher contacts;
  private final TouchPlanner touches;
  private final RecordPlanner records;
  /** How many of the planned contacts are known ones (they come first). */
  private final int knownContacts;
  /** New contacts stored as they were planned, then changed by a later draft of the batch. */
  private final Set<PlannedContact> changedAfterStoring = new LinkedHashSet<>();
  /** New contacts planned but not stored yet: they are given ids and stored together, in bulk. */
  private final List<PlannedContact> unstored = new ArrayList<>();
  /** Ids reserved for new contacts, and how many the last reservation took. */
  private final Queue<ContactId> reserved = new ArrayDeque<>();
  private int reservation;

  /** The problems the source found in reading, known when it is finished. */
  private List<ImportProblem> readingProblems = List.of();
  /** The problems found in planning. */
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportConflict> conflicts = new ArrayList<>();
  private boolean finished;
  private Map<String, Integer> skippedFor = Map.of();
  private int added;
  private int merged;
  private int unchanged;
  private int jobChanges;
  private int skipped;

  /**
   * Starts planning what {@code source} reads against the network in {@code storage}: its contacts
   * are planned one by one as they are {@link #add handed over}, the rest when it is {@link
   * #finish finished}. A plan that is to be {@code writing} is made inside the transaction that
   * writes it: a new contact is then given its id and stored as it is planned, while its details
   * are at hand (a later pass over 30,000 new contacts, to copy each with its id and store it, cost
   * as much again as planning them).
   */
  ImportPlan(Storage storage, ImportSource source, LocalDate today, boolean writing) {
    this.storage = storage;
    this.source = source;
    this.writing = writing;
    contacts = new ContactMatcher(storage.contacts().findAll(), source.distinctContacts(), problems);
    knownContacts = contacts.all().size();
    touches = new TouchPlanner(storage.touches(), storage.resources(), contacts, problems);
    records = new RecordPlanner(storage, contacts, conflicts, source.source(), today);
  }

  /** Plans one contact draft of the source, in the source's order. */
  @Override
  public void add(ContactDraft draft) {
    checkState(!finished, "the plan is finished: no more contacts");
    planContact(draft);
  }

  /** Plans a touch the source hands over as it reads, storing touches in chunks when the plan is written. */
  @Override
  public void addTouch(TouchDraft draft) {
    checkState(!finished, "the plan is finished: touches come with the rest");
    touches.plan(draft);
    if (touches.pending() >= TOUCHES_PER_WRITE) {
      if (writing) {
        writeTouches();
      } else {
        touches.forgetPending(); // a dry run only counts them
      }
    }
  }

  /** Plans a resource the source hands over as it reads, before the touches that share it. */
  @Override
  public void addResource(ResourceDraft draft) {
    checkState(!finished, "the plan is finished: resources come with the rest");
    touches.planResource(draft);
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
    problems.addAll(contacts.keyConflicts());
    rest.resources().forEach(touches::planResource);
    rest.touches().forEach(touches::plan);
    rest.notes().forEach(records::planNote);
    rest.specialDays().forEach(records::planDay);
    rest.channels().forEach(records::planChannel);
    rest.collaborations().forEach(records::planCollaboration);
    rest.profile().ifPresent(records::planProfile);
  }

  private void planContact(ContactDraft draft) {
    Contact incoming = draft.details();
    PlannedContact contact = contacts.match(draft);
    if (contact != null && source.addsOnlyUnknown()) {
      unchanged++;
      contacts.planned(draft, contact, false);
      return;
    }
    if (contact == null) {
      // A new contact's tier is only the default until the owner sorts it, unless the source says otherwise.
      Contact arriving = source.keepsTriage() || incoming.untriaged() ? incoming : ImmutableContact.copyOf(incoming).withUntriaged(true);
      contact = contacts.add(arriving, draft);
      added++;
      if (writing) {
        unstored.add(contact);
        if (unstored.size() == STORE_IN_BULK) {
          storeNew();
        }
      }
    } else {
      merge(contact, draft);
    }
    contacts.planned(draft, contact, true);
  }

  private void merge(PlannedContact contact, ContactDraft draft) {
    Contact before = contact.current;
    ContactMerge merge = ContactMerge.of(before, draft.details(), !contact.isNew(), source.addressBook());
    for (ContactMerge.Conflict conflict : merge.conflicts()) {
      conflicts.add(new ImportConflict(before.displayName(), conflict.field(), conflict.kept(), conflict.incoming(),
          draft.origin()));
    }
    merge.jobChange().ifPresent(change -> {
      jobChanges++;
      records.planJobChange(contact, change);
    });
    contact.current = merge.result();
    if (contact.isNew() || contact.current != before) {
      merged++;
    } else {
      unchanged++;
    }
    if (contact.current != before) {
      if (contact.isNew() && contact.id != null) {
        changedAfterStoring.add(contact);
      }
      contacts.changed(contact, before);
    }
  }

  /**
   * Gives the new contacts planned since the last call their ids and stores them, in the caller's
   * transaction, in one bulk write: while their details are at hand, and without a round trip each.
   */
  private void storeNew() {
    if (unstored.isEmpty()) {
      return;
    }
    List<Contact> stored = new ArrayList<>(unstored.size());
    for (int i = 0; i < unstored.size(); i++) {
      PlannedContact contact = unstored.get(i);
      contact.id = nextId(unstored.size() - i);
      contact.current = ImmutableContact.copyOf(contact.current).withId(contact.id);
      stored.add(contact.current);
    }
    storage.contacts().addAll(stored);
    unstored.clear();
  }

  /**
   * The next id for a new contact, from ids reserved ahead. A reservation is a write, which waits
   * for the bulk write before it (storage may still be writing it): the first takes just what the
   * first bulk write needs, each later one twice the last (up to {@link #MOST_RESERVED}), so a
   * large import makes a few, not one per bulk write. Ids left over at the end are never used.
   */
  private ContactId nextId(int needed) {
    if (reserved.isEmpty()) {
      reservation = reservation == 0 ? needed : Math.max(needed, Math.min(reservation * 2, MOST_RESERVED));
      reserved.addAll(storage.contacts().nextIds(reservation));
    }
    return reserved.poll();
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
        .touches(touches.planned())
        .notes(records.notes())
        .specialDays(records.days())
        .others(records.others() + touches.newResources())
        .jobChanges(jobChanges)
        .skipped(skipped + touches.skipped() + records.skipped())
        .skippedFor(skippedFor())
        .unknownPeople(touches.unknownPeople())
        .conflicts(conflicts)
        .problems(problems())
        .build();
  }

  private Map<String, Integer> skippedFor() {
    if (touches.alreadyImported() == 0) {
      return skippedFor;
    }
    Map<String, Integer> all = new LinkedHashMap<>(skippedFor);
    all.merge(ALREADY_IMPORTED, touches.alreadyImported(), Integer::sum);
    return all;
  }

  /** Writes the plan; the caller holds the transaction it was made in. */
  void write() {
    checkState(writing, "a plan made for a dry run is not written");
    checkState(problems().isEmpty(), "a plan with problems is not written: %s", problems());
    storeNew();
    List<Contact> changed = new ArrayList<>();
    for (PlannedContact contact : contacts.all().subList(0, knownContacts)) {
      if (!contact.current.equals(contact.original)) {
        changed.add(contact.current);
      }
    }
    changedAfterStoring.forEach(contact -> changed.add(contact.current));
    storage.contacts().saveAll(changed);
    touches.writeResources();
    records.writeNotesAndDays();
    writeTouches();
    records.writeChannelsCollaborationsAndProfile();
  }

  /** Stores the touches planned since the last time, in the caller's transaction. */
  private void writeTouches() {
    storeNew(); // the touches name new contacts by their ids
    touches.writePending();
  }
}
