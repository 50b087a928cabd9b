package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.policy.imports.ContactLookup;
import dev.rapport.core.policy.imports.ContactMatchPolicy;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contacts an import plans, known ones first, found by what identifies them: a draft by the
 * rules of {@link ContactMatchPolicy}, a touch's or note's reference ({@link ContactRef}) by the
 * key of a draft in the same import, an address, a profile or a name only one contact has.
 */
final class ContactMatcher implements ContactLookup<PlannedContact> {

  /** Contacts by one kind of match key; usually one per key, so a list is kept only for the rest. */
  private static final class Index {
    private final Map<String, PlannedContact> first;
    /** The contacts after the first under a key: namesakes, rare. */
    private final Map<String, List<PlannedContact>> others = new HashMap<>();

    Index(int expected) {
      first = new HashMap<>(capacity(expected));
    }

    void put(String key, PlannedContact contact) {
      PlannedContact present = first.putIfAbsent(key, contact);
      if (present == null || present == contact) {
        return;
      }
      List<PlannedContact> more = others.computeIfAbsent(key, k -> new ArrayList<>(1));
      // a repeat further back is harmless to find(); scanning for it would make namesakes quadratic
      if (more.isEmpty() || more.get(more.size() - 1) != contact) {
        more.add(contact);
      }
    }

    /** The first contact under the key that {@code free} accepts, or null. */
    PlannedContact find(String key, Predicate<PlannedContact> free) {
      PlannedContact contact = first.get(key);
      if (contact == null || free.test(contact)) {
        return contact;
      }
      List<PlannedContact> more = others.get(key);
      if (more != null) {
        for (PlannedContact other : more) {
          if (free.test(other)) {
            return other;
          }
        }
      }
      return null;
    }

    PlannedContact find(String key) {
      return first.get(key);
    }

    boolean isEmpty() {
      return first.isEmpty();
    }
  }

  /** What a contact is recognised by, normalized once; its name and company only when needed. */
  private record Keys(List<String> emails, List<String> profiles) {

    static Keys of(ContactDraft draft) {
      return new Keys(draft.emailKeys(), draft.profileKeys());
    }

    static Keys of(Contact contact) {
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
  }

  private final List<PlannedContact> contacts = new ArrayList<>();
  /** Whether the source's drafts are distinct people: each contact then matches at most one of them. */
  private final boolean distinctDrafts;
  private final Set<PlannedContact> claimed = new HashSet<>();
  private final Predicate<PlannedContact> free = this::isFree;
  private final Predicate<PlannedContact> freeWithoutProfiles = c -> isFree(c) && c.current.channelProfiles().isEmpty();
  private final Index byEmail;
  private final Index byProfile;
  /**
   * Contacts by normalized name and company, made when a draft without profiles first needs it:
   * an import whose drafts all have profiles (LinkedIn's) never does.
   */
  private Index byNameAndCompany;
  /** Those of them with no channel profile, the only ones a draft with profiles can match by name. */
  private final Index withoutProfiles;
  /** Contacts by normalized name, for references that give only a name; made when the first needs it. */
  private Map<String, List<PlannedContact>> byName;
  /** The known contacts by id, for touches and collaborations that name them; made when first needed. */
  private Map<ContactId, PlannedContact> byId;
  /** The contact the first draft with each key was planned into. */
  private final Map<String, PlannedContact> byDraftKey = new HashMap<>();
  /** Drafts whose key an earlier draft gave to another contact, in file order. */
  private final List<ImportProblem> keyConflicts = new ArrayList<>();
  /** Normalized company names: colleagues share them, so each is normalized once. */
  private final Map<String, String> companies = new HashMap<>();
  /** Where a reference that names nothing known is reported. */
  private final List<ImportProblem> problems;

  /** Starts with the network's contacts, indexed; {@code problems} receives bad references. */
  ContactMatcher(List<Contact> network, boolean distinctDrafts, List<ImportProblem> problems) {
    this.distinctDrafts = distinctDrafts;
    this.problems = problems;
    // sized for the network as it is; the indexes grow with what the source adds
    byEmail = new Index(network.size() / 4);
    byProfile = new Index(network.size());
    withoutProfiles = new Index(network.size() / 4);
    for (Contact known : network) {
      PlannedContact contact = PlannedContact.known(known, contacts.size());
      contacts.add(contact);
      index(contact, Keys.of(known));
    }
  }

  /** Every contact planned, the network's first, in the order they came. */
  List<PlannedContact> all() {
    return contacts;
  }

  /** The contact {@code draft} is, by the match rules, or null when it is someone new. */
  PlannedContact match(ContactDraft draft) {
    return ContactMatchPolicy.match(draft, this);
  }

  /** Adds a contact the import brings, under the keys of the draft it came from. */
  PlannedContact add(Contact incoming, ContactDraft draft) {
    PlannedContact contact = PlannedContact.added(incoming, contacts.size());
    contacts.add(contact);
    byName = null; // made again, with this one, if a touch streamed after it names someone by name
    index(contact, Keys.of(draft));
    return contact;
  }

  /** Files a contact a merge changed under its new keys, and remembers the company it had. */
  void changed(PlannedContact contact, Contact before) {
    if (byNameAndCompany == null && !before.company().equals(contact.current.company())) {
      if (contact.earlierCompanies == null) {
        contact.earlierCompanies = new ArrayList<>(1);
      }
      contact.earlierCompanies.add(before.company());
    }
    index(contact, Keys.of(contact.current));
  }

  /** Marks the contact a draft was planned into: under its key, and as taken when drafts are distinct people. */
  void planned(ContactDraft draft, PlannedContact contact, boolean claim) {
    if (claim && distinctDrafts) {
      claimed.add(contact);
    }
    PlannedContact first = byDraftKey.putIfAbsent(draft.key(), contact);
    if (first != null && first != contact) {
      keyConflicts.add(ImportProblem.at(draft.origin(), "the key '" + draft.key() + "' names another contact already"));
    }
  }

  /** A problem for each draft whose key an earlier draft gave to another contact, in file order. */
  List<ImportProblem> keyConflicts() {
    return keyConflicts;
  }

  private boolean isFree(PlannedContact contact) {
    return !distinctDrafts || (!contact.isNew() && !claimed.contains(contact));
  }

  @Override
  public PlannedContact byEmail(String emailKey) {
    return byEmail.find(emailKey, free);
  }

  @Override
  public PlannedContact byProfile(String profileKey) {
    return byProfile.find(profileKey, free);
  }

  @Override
  public PlannedContact byNameAndCompany(String name, Optional<String> company) {
    return byNameAndCompany().find(nameAndCompany(name, company), free);
  }

  @Override
  public PlannedContact byNameAndCompanyWithoutProfiles(String name, Optional<String> company) {
    return withoutProfiles.isEmpty() ? null : withoutProfiles.find(nameAndCompany(name, company), freeWithoutProfiles);
  }

  private String nameAndCompany(String name, Optional<String> company) {
    return MatchKeys.name(name) + '|' + companies.computeIfAbsent(company.orElse(""), MatchKeys::company);
  }

  private void index(PlannedContact contact, Keys keys) {
    // by index: these lists are mostly empty or single, and an iterator for each costs more than the work
    for (int i = 0; i < keys.emails().size(); i++) {
      byEmail.put(keys.emails().get(i), contact);
    }
    for (int i = 0; i < keys.profiles().size(); i++) {
      byProfile.put(keys.profiles().get(i), contact);
    }
    if (byNameAndCompany != null || keys.profiles().isEmpty()) {
      String nameAndCompany = nameAndCompany(contact.current.displayName(), contact.current.company());
      if (byNameAndCompany != null) {
        byNameAndCompany.put(nameAndCompany, contact);
      }
      if (keys.profiles().isEmpty()) {
        withoutProfiles.put(nameAndCompany, contact);
      }
    }
  }

  /** Every contact under the name and company it has, and those it had before this import changed them. */
  private Index byNameAndCompany() {
    if (byNameAndCompany == null) {
      byNameAndCompany = new Index(contacts.size());
      for (PlannedContact contact : contacts) {
        String name = contact.current.displayName();
        if (contact.earlierCompanies != null) {
          contact.earlierCompanies.forEach(company -> byNameAndCompany.put(nameAndCompany(name, company), contact));
        }
        byNameAndCompany.put(nameAndCompany(name, contact.current.company()), contact);
      }
    }
    return byNameAndCompany;
  }

  /** The known contact with this id, or null. */
  PlannedContact known(ContactId id) {
    if (byId == null) {
      byId = new HashMap<>(capacity(contacts.size()));
      for (PlannedContact contact : contacts) {
        if (!contact.isNew()) {
          byId.put(contact.id, contact);
        }
      }
    }
    return byId.get(id);
  }

  /**
   * The contact a reference names, or null: by the key of a draft in this import (an unknown key
   * is a problem), else by an address, a profile, or a name only one contact has.
   */
  PlannedContact resolve(ContactRef ref, Origin origin) {
    if (ref.key().isPresent()) {
      PlannedContact contact = byDraftKey.get(ref.key().get());
      if (contact == null) {
        problems.add(ImportProblem.at(origin, "expected the key of a contact in this import: '" + ref.key().get() + "'"));
      }
      return contact;
    }
    if (ref.email().isPresent()) {
      PlannedContact contact = byEmail.find(MatchKeys.email(ref.email().get()));
      if (contact != null) {
        return contact;
      }
    }
    if (ref.profileUrl().isPresent()) {
      PlannedContact contact = byProfile.find(MatchKeys.profile(ref.profileUrl().get()));
      if (contact != null) {
        return contact;
      }
    }
    if (ref.name().isPresent()) {
      List<PlannedContact> named = byName().get(MatchKeys.name(ref.name().get()));
      if (named != null && named.size() == 1) {
        return named.get(0);
      }
    }
    return null;
  }

  /** A merge never changes a display name, so the index is made once, after the contacts are planned. */
  private Map<String, List<PlannedContact>> byName() {
    if (byName == null) {
      byName = new HashMap<>(capacity(contacts.size()));
      for (PlannedContact contact : contacts) {
        byName.computeIfAbsent(MatchKeys.name(contact.current.displayName()), k -> new ArrayList<>(1)).add(contact);
      }
    }
    return byName;
  }

  static int capacity(int entries) {
    return Math.max(16, (int) (entries / 0.75f) + 1);
  }
}
