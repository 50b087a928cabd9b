package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A connection in the owner's network, with the file the seed asks to keep on each: who they
 * are, where they work, what they care about and can offer, and how you met. The part the
 * relationship rules read is its {@link Relationship}.
 */
// A contact is its relationship and more: it shares the accessors on purpose, and the two never
// compare equal, which is what Immutables warns of.
@SuppressWarnings("immutables:subtype")
@Value.Immutable
public abstract class Contact implements Relationship {

  /** Starts a contact; {@code id} and {@code displayName} are required. */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }

  /** The identity storage gave this contact. */
  public abstract ContactId id();

  /** The name to show. */
  public abstract String displayName();

  /** Given (first) name, when known. */
  public abstract Optional<String> givenName();

  /** Family (last) name, when known. */
  public abstract Optional<String> familyName();

  /** E-mail addresses, the primary first. */
  public abstract List<String> emails();

  /** Phone numbers, the primary first. */
  public abstract List<String> phones();

  /** Current employer. */
  public abstract Optional<String> company();

  /** Current title or role. */
  public abstract Optional<String> title();

  /** Seniority, such as "senior" or "executive". */
  public abstract Optional<String> seniority();

  /** Industry, such as "fintech". */
  public abstract Optional<String> industry();

  /** Where they are. */
  @Value.Default
  public Location location() {
    return Location.unknown();
  }

  /** Free labels. */
  public abstract Set<String> tags();

  /** How close they are. */
  @Value.Default
  public Tier tier() {
    return Tier.ACQUAINTANCE;
  }

  /** A cadence of their own, overriding their tier's. */
  public abstract Optional<Cadence> cadence();

  /** Topics they care about. */
  public abstract Set<String> interests();

  /** What they are trying to achieve. */
  public abstract Set<String> goals();

  /** What they can help others with. */
  public abstract Set<String> offers();

  /** The channel through which you met. */
  public abstract Optional<String> sourceChannel();

  /** The day you connected. */
  public abstract Optional<LocalDate> connectedOn();

  /** Their profiles on networking channels. */
  public abstract List<ChannelProfile> channelProfiles();

  /** Words worth an alert: their name, their company. */
  public abstract Set<String> watchKeywords();

  /** A suggestion to contact them is held back until this day. */
  public abstract Optional<LocalDate> snoozedUntil();

  /** Archived contacts stay in the file but get no suggestions. */
  @Value.Default
  public boolean archived() {
    return false;
  }

  /**
   * Whether the contact came in by import and the owner has not yet given them a tier: their tier
   * is only the default. Setting a tier (by hand or through triage) clears it.
   */
  @Value.Default
  public boolean untriaged() {
    return false;
  }

  @Value.Check
  protected void check() {
    checkArgument(!displayName().isBlank(), "contact %s: displayName must not be blank: '%s'", id(), displayName());
    for (String email : emails()) {
      checkArgument(isEmailAddress(email), "contact %s: email is not an address: '%s'", id(), email);
    }
  }

  /**
   * Whether {@code email} is an address a contact may hold: something before and after an
   * {@code @}, and no white space. Importers ask it first, to report a bad cell where it is.
   */
  public static boolean isEmailAddress(String email) {
    int at = email.indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return false;
    }
    for (int i = 0; i < email.length(); i++) {
      if (Character.isWhitespace(email.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
