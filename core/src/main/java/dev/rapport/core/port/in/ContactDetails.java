package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The details of a contact a command gives: each one given is set, each one left out stays as
 * it is (a new contact's default). Shared by {@link NewContact} and {@link ContactChanges}.
 */
public abstract class ContactDetails {

  ContactDetails() {}

  /** Given (first) name. */
  public abstract Optional<String> givenName();

  /** Family (last) name. */
  public abstract Optional<String> familyName();

  /** E-mail addresses, the primary first; replaces the ones the contact had. */
  public abstract Optional<List<String>> emails();

  /** Phone numbers, the primary first; replaces the ones the contact had. */
  public abstract Optional<List<String>> phones();

  /** Current employer. */
  public abstract Optional<String> company();

  /** Current title or role. */
  public abstract Optional<String> title();

  /** Seniority, such as "senior" or "executive". */
  public abstract Optional<String> seniority();

  /** Industry, such as "fintech". */
  public abstract Optional<String> industry();

  /** Where they are. */
  public abstract Optional<Location> location();

  /** Free labels; replaces the ones the contact had. */
  public abstract Optional<Set<String>> tags();

  /** How close they are; the owner choosing it makes the contact triaged. */
  public abstract Optional<Tier> tier();

  /** A cadence of their own, overriding their tier's. */
  public abstract Optional<Cadence> cadence();

  /** Topics they care about; replaces the ones the contact had. */
  public abstract Optional<Set<String>> interests();

  /** What they are trying to achieve; replaces what the contact had. */
  public abstract Optional<Set<String>> goals();

  /** What they can help others with; replaces what the contact had. */
  public abstract Optional<Set<String>> offers();

  /** The channel through which you met. */
  public abstract Optional<String> sourceChannel();

  /** The day you connected. */
  public abstract Optional<LocalDate> connectedOn();

  /** Their profiles on networking channels; replaces the ones the contact had. */
  public abstract Optional<List<ChannelProfile>> channelProfiles();

  /** Words worth an alert; replaces the ones the contact had. */
  public abstract Optional<Set<String>> watchKeywords();

  /** Their birthday; replaces the one the contact had (a contact has one). */
  public abstract Optional<PartialDate> birthday();

  // Implemented by the with-ers Immutables generates: they let copied() work for both commands.
  abstract ContactDetails emails(Optional<? extends List<String>> emails);

  abstract ContactDetails phones(Optional<? extends List<String>> phones);

  abstract ContactDetails tags(Optional<? extends Set<String>> tags);

  abstract ContactDetails interests(Optional<? extends Set<String>> interests);

  abstract ContactDetails goals(Optional<? extends Set<String>> goals);

  abstract ContactDetails offers(Optional<? extends Set<String>> offers);

  abstract ContactDetails channelProfiles(Optional<? extends List<ChannelProfile>> channelProfiles);

  abstract ContactDetails watchKeywords(Optional<? extends Set<String>> watchKeywords);

  /**
   * These details with every collection copied, so that a caller changing the list it gave
   * cannot change the command. Immutables keeps an optional's collection as given; a copy of a
   * copy is the same instance, so each with-er below returns its command once copied.
   */
  ContactDetails copied() {
    return emails(emails().map(ImmutableList::copyOf))
        .phones(phones().map(ImmutableList::copyOf))
        .tags(tags().map(ImmutableSet::copyOf))
        .interests(interests().map(ImmutableSet::copyOf))
        .goals(goals().map(ImmutableSet::copyOf))
        .offers(offers().map(ImmutableSet::copyOf))
        .channelProfiles(channelProfiles().map(ImmutableList::copyOf))
        .watchKeywords(watchKeywords().map(ImmutableSet::copyOf));
  }

  /** Checks every detail given, naming the one that is wrong and its value. */
  void checkDetails() {
    checkText("givenName", givenName());
    checkText("familyName", familyName());
    emails().ifPresent(all -> all.forEach(e -> checkArgument(e != null && Contact.isEmailAddress(e),
        "contact emails must be addresses such as ada@example.org: '%s' in %s", e, all)));
    checkTexts("phones", phones());
    checkText("company", company());
    checkText("title", title());
    checkText("seniority", seniority());
    checkText("industry", industry());
    checkTexts("tags", tags());
    checkTexts("interests", interests());
    checkTexts("goals", goals());
    checkTexts("offers", offers());
    checkText("sourceChannel", sourceChannel());
    checkTexts("watchKeywords", watchKeywords());
    channelProfiles().ifPresent(all -> checkArgument(all.stream().allMatch(Objects::nonNull),
        "contact channelProfiles must not hold null: %s", all));
  }

  static void checkDisplayName(String name) {
    checkArgument(!name.isBlank(), "contact displayName must not be blank: '%s'", name);
  }

  private static void checkText(String field, Optional<String> value) {
    value.ifPresent(text -> checkArgument(!text.isBlank(), "contact %s must not be blank: '%s'", field, text));
  }

  private static void checkTexts(String field, Optional<? extends Collection<String>> values) {
    values.ifPresent(all -> all.forEach(text -> checkArgument(text != null && !text.isBlank(),
        "contact %s must not hold a blank value: '%s' in %s", field, text, all)));
  }

  /** Sets every detail given on {@code contact}. */
  void setDetailsOn(ImmutableContact.Builder contact) {
    givenName().ifPresent(contact::givenName);
    familyName().ifPresent(contact::familyName);
    emails().ifPresent(contact::emails);
    phones().ifPresent(contact::phones);
    company().ifPresent(contact::company);
    title().ifPresent(contact::title);
    seniority().ifPresent(contact::seniority);
    industry().ifPresent(contact::industry);
    location().ifPresent(contact::location);
    tags().ifPresent(contact::tags);
    tier().ifPresent(tier -> contact.tier(tier).untriaged(false)); // the owner chose it: triage done
    cadence().ifPresent(contact::cadence);
    interests().ifPresent(contact::interests);
    goals().ifPresent(contact::goals);
    offers().ifPresent(contact::offers);
    sourceChannel().ifPresent(contact::sourceChannel);
    connectedOn().ifPresent(contact::connectedOn);
    channelProfiles().ifPresent(contact::channelProfiles);
    watchKeywords().ifPresent(contact::watchKeywords);
  }
}
