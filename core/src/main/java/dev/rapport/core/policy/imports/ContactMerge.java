package dev.rapport.core.policy.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.port.in.imports.MatchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One incoming contact merged into one the import has: the rules ({@link ContactMergePolicy}) read
 * both and record what to take and what to report. The changes are gathered first and a new
 * contact is built only when there is one, so a re-import of what is known costs comparisons, not
 * copies.
 */
public final class ContactMerge {

  /** A field where the incoming contact differs from the known one, which keeps its value. */
  public record Conflict(String field, String kept, String incoming) {}

  private final Contact known;
  private final Contact incoming;
  private final boolean inTheNetwork;
  private final boolean fromAnAddressBook;
  /** Made with the first change: most drafts of a re-import bring none. */
  private List<Consumer<ImmutableContact.Builder>> changes;
  private List<Conflict> conflicts;
  private JobChange jobChange;

  private ContactMerge(Contact known, Contact incoming, boolean inTheNetwork, boolean fromAnAddressBook) {
    this.known = checkNotNull(known, "known");
    this.incoming = checkNotNull(incoming, "incoming");
    this.inTheNetwork = inTheNetwork;
    this.fromAnAddressBook = fromAnAddressBook;
  }

  /**
   * Merges {@code incoming} into {@code known} by every current rule.
   *
   * @param inTheNetwork whether {@code known} is a contact the network held before this import
   *     (not one an earlier draft of the same import added)
   * @param fromAnAddressBook whether the import reads an address book, whose contacts name no source
   */
  public static ContactMerge of(Contact known, Contact incoming, boolean inTheNetwork, boolean fromAnAddressBook) {
    ContactMerge merge = new ContactMerge(known, incoming, inTheNetwork, fromAnAddressBook);
    List<ContactMergePolicy> policies = ContactMergePolicy.allCurrentPolicies();
    for (int i = 0; i < policies.size(); i++) {
      policies.get(i).apply(merge);
    }
    return merge;
  }

  /** The known contact when nothing changes, else a copy with the changes. */
  public Contact result() {
    if (changes == null) {
      return known;
    }
    ImmutableContact.Builder builder = Contact.builder().from(known);
    changes.forEach(change -> change.accept(builder));
    Contact merged = builder.build();
    return merged.equals(known) ? known : merged;
  }

  /** The differences reported, in the order of the rules. */
  public List<Conflict> conflicts() {
    return conflicts == null ? List.of() : conflicts;
  }

  /** The new role taken, when the source of the contact's role shows another. */
  public Optional<JobChange> jobChange() {
    return Optional.ofNullable(jobChange);
  }

  // --- what the rules read

  Contact known() {
    return known;
  }

  Contact incoming() {
    return incoming;
  }

  boolean inTheNetwork() {
    return inTheNetwork;
  }

  /**
   * Whether the draft comes from the source the contact's role came from: a networking source
   * marks its contacts with its source channel; a contact without one has the role an address
   * book or the owner gave it.
   */
  boolean fromTheSourceOfItsRole() {
    if (incoming.sourceChannel().isEmpty()) {
      return fromAnAddressBook && known.sourceChannel().isEmpty();
    }
    String source = incoming.sourceChannel().get();
    return known.sourceChannel().map(source::equalsIgnoreCase).orElse(false);
  }

  boolean isJobChange() {
    return jobChange != null;
  }

  boolean reported(String field) {
    return conflicts != null && conflicts.stream().anyMatch(c -> c.field().equals(field));
  }

  // --- what the rules do

  void takeNewRole() {
    jobChange = JobChange.between(known, incoming);
    Optional<String> company = jobChange.company();
    change(b -> b.company(company).title(incoming.title()));
  }

  /** Takes their value when the network has none; reports it when it differs from the network's. */
  <T> void scalar(String field, Function<Contact, Optional<T>> get, BiConsumer<ImmutableContact.Builder, Optional<T>> set) {
    Optional<T> mine = get.apply(known);
    Optional<T> theirs = get.apply(incoming);
    if (mine.isEmpty()) {
      if (theirs.isPresent()) {
        change(b -> set.accept(b, theirs));
      }
    } else if (theirs.isPresent() && !same(mine.get(), theirs.get())) {
      conflict(field, mine.get().toString(), theirs.get().toString());
    }
  }

  private static boolean same(Object mine, Object theirs) {
    if (mine.equals(theirs)) {
      return true;
    }
    return mine instanceof String a && theirs instanceof String b && MatchKeys.name(a).equals(MatchKeys.name(b));
  }

  /** Adds to the known items the incoming ones not among them by {@code key}. */
  <T> void union(Function<Contact, List<T>> get, Function<T, String> key,
      BiConsumer<ImmutableContact.Builder, List<T>> set) {
    List<T> mine = get.apply(known);
    List<T> theirs = get.apply(incoming);
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
  <T> void adding(Function<Contact, Set<T>> get, BiConsumer<ImmutableContact.Builder, Set<T>> add) {
    Set<T> theirs = get.apply(incoming);
    if (!get.apply(known).containsAll(theirs)) {
      change(b -> add.accept(b, theirs));
    }
  }

  void change(Consumer<ImmutableContact.Builder> change) {
    if (changes == null) {
      changes = new ArrayList<>(4);
    }
    changes.add(change);
  }

  void conflict(String field, String kept, String incoming) {
    if (conflicts == null) {
      conflicts = new ArrayList<>(2);
    }
    conflicts.add(new Conflict(field, kept, incoming));
  }
}
