package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The details of a contact a command gives: each one given is set, each one left out stays as
 * it is (a new contact's default). Shared by {@link NewContact} and {@link ContactChanges}; each
 * method that gives a detail returns a new, checked command.
 *
 * @param <C> the command
 */
public abstract class ContactDetails<C extends ContactDetails<C>> {

  ContactDetails() {}

  /** Given (first) name. */
  public abstract Optional<String> givenName();

  /**
   * Gives {@link #givenName()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C givenName(String givenName);

  /** Family (last) name. */
  public abstract Optional<String> familyName();

  /**
   * Gives {@link #familyName()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C familyName(String familyName);

  /** E-mail addresses, the primary first; they replace the ones the contact had. */
  public abstract Optional<List<String>> emails();

  /**
   * Gives {@link #emails()}.
   *
   * @throws IllegalArgumentException when one is no address
   */
  public abstract C emails(List<String> emails);

  abstract C emails(Optional<? extends List<String>> emails);

  /** Phone numbers, the primary first; they replace the ones the contact had. */
  public abstract Optional<List<String>> phones();

  /**
   * Gives {@link #phones()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C phones(List<String> phones);

  abstract C phones(Optional<? extends List<String>> phones);

  /** Current employer. */
  public abstract Optional<String> company();

  /**
   * Gives {@link #company()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C company(String company);

  /** Current title or role. */
  public abstract Optional<String> title();

  /**
   * Gives {@link #title()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C title(String title);

  /** Seniority, such as "senior" or "executive". */
  public abstract Optional<String> seniority();

  /**
   * Gives {@link #seniority()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C seniority(String seniority);

  /** Industry, such as "fintech". */
  public abstract Optional<String> industry();

  /**
   * Gives {@link #industry()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C industry(String industry);

  /** Where they are. */
  public abstract Optional<Location> location();

  /** Gives {@link #location()}. */
  public abstract C location(Location location);

  /** Free labels; they replace the ones the contact had. */
  public abstract Optional<Set<String>> tags();

  /**
   * Gives {@link #tags()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C tags(Set<String> tags);

  abstract C tags(Optional<? extends Set<String>> tags);

  /** How close they are; the owner giving it makes the contact triaged. */
  public abstract Optional<Tier> tier();

  /** Gives {@link #tier()}. */
  public abstract C tier(Tier tier);

  /** A cadence of their own, overriding their tier's. */
  public abstract Optional<Cadence> cadence();

  /** Gives {@link #cadence()}. */
  public abstract C cadence(Cadence cadence);

  /** Topics they care about; they replace the ones the contact had. */
  public abstract Optional<Set<String>> interests();

  /**
   * Gives {@link #interests()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C interests(Set<String> interests);

  abstract C interests(Optional<? extends Set<String>> interests);

  /** What they are trying to achieve; it replaces what the contact had. */
  public abstract Optional<Set<String>> goals();

  /**
   * Gives {@link #goals()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C goals(Set<String> goals);

  abstract C goals(Optional<? extends Set<String>> goals);

  /** What they can help others with; it replaces what the contact had. */
  public abstract Optional<Set<String>> offers();

  /**
   * Gives {@link #offers()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C offers(Set<String> offers);

  abstract C offers(Optional<? extends Set<String>> offers);

  /** The channel through which you met. */
  public abstract Optional<String> sourceChannel();

  /**
   * Gives {@link #sourceChannel()}.
   *
   * @throws IllegalArgumentException when it is blank
   */
  public abstract C sourceChannel(String sourceChannel);

  /** The day you connected. */
  public abstract Optional<LocalDate> connectedOn();

  /** Gives {@link #connectedOn()}. */
  public abstract C connectedOn(LocalDate connectedOn);

  /** Their profiles on networking channels; they replace the ones the contact had. */
  public abstract Optional<List<ChannelProfile>> channelProfiles();

  /**
   * Gives {@link #channelProfiles()}.
   *
   * @throws IllegalArgumentException when one is null
   */
  public abstract C channelProfiles(List<ChannelProfile> channelProfiles);

  abstract C channelProfiles(Optional<? extends List<ChannelProfile>> channelProfiles);

  /** Words worth an alert; they replace the ones the contact had. */
  public abstract Optional<Set<String>> watchKeywords();

  /**
   * Gives {@link #watchKeywords()}.
   *
   * @throws IllegalArgumentException when one is blank
   */
  public abstract C watchKeywords(Set<String> watchKeywords);

  abstract C watchKeywords(Optional<? extends Set<String>> watchKeywords);

  /** Their birthday; it replaces the one the contact had (a contact has one). */
  public abstract Optional<PartialDate> birthday();

  /** Gives {@link #birthday()}. */
  public abstract C birthday(PartialDate birthday);

  // Every with-er above is implemented by the one Immutables generates for the attribute.

  /**
   * These details with every collection copied, so that a caller changing the list it gave
   * cannot change the command. Immutables keeps an optional's collection as given; a copy of a
   * copy is the same instance, so each with-er below returns its command once copied.
   */
  C copied() {
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
