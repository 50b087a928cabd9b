package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ImmutableContact;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A contact as an import source describes it, before it is matched to the network: a key that
 * other items of the batch use to name it, where it came from, and the contact's details. The
 * details' id is a placeholder: the import keeps the id of the contact it merges into, or storage
 * gives a new one.
 */
public final class ContactDraft {

  /** The id drafts carry until the import gives them a real one. */
  public static final ContactId PLACEHOLDER_ID = new ContactId(Long.MAX_VALUE);

  private final String key;
  private final Origin origin;
  private final Contact details;
  private final List<String> emailKeys;
  private final List<String> profileKeys;

  /** @throws IllegalArgumentException when the key is blank */
  public ContactDraft(String key, Origin origin, Contact details) {
    checkArgument(key != null && !key.isBlank(), "contact draft key must not be blank: '%s'", key);
    this.key = key;
    this.origin = checkNotNull(origin, "origin");
    this.details = checkNotNull(details, "details");
    // worked out as the draft is made, while its details are at hand: an import matches its drafts
    // only once all are read, and by then following each one's profiles to their text cost more
    // than normalizing them. The import hashes the keys; a String keeps its hash once worked out.
    this.emailKeys = keys(details.emails(), MatchKeys::email);
    this.profileKeys = keys(details.channelProfiles(), (ChannelProfile p) -> MatchKeys.profile(p.handle()));
    key.hashCode();
  }

  /** A contact builder with the placeholder id and the display name set. */
  public static ImmutableContact.Builder details(String displayName) {
    return Contact.builder().id(PLACEHOLDER_ID).displayName(displayName);
  }

  private static <T> List<String> keys(List<T> items, Function<T, String> key) {
    List<String> keys = switch (items.size()) {
      case 0 -> List.of();
      case 1 -> List.of(key.apply(items.get(0)));
      default -> items.stream().map(key).toList();
    };
    for (int i = 0; i < keys.size(); i++) {
      keys.get(i).hashCode(); // indexed: forEach on these lists makes an iterator for every draft
    }
    return keys;
  }

  /** What other items of the batch name this contact by. */
  public String key() {
    return key;
  }

  /** Where in the source the contact was read. */
  public Origin origin() {
    return origin;
  }

  /** The contact's details, with the placeholder id. */
  public Contact details() {
    return details;
  }

  /** The details' e-mail addresses as an import matches them ({@link MatchKeys#email}), in order. */
  public List<String> emailKeys() {
    return emailKeys;
  }

  /** The details' channel profiles as an import matches them ({@link MatchKeys#profile}), in order. */
  public List<String> profileKeys() {
    return profileKeys;
  }

  /** Drafts are equal when their key, origin and details are (the match keys follow from the details). */
  @Override
  public boolean equals(Object other) {
    return other instanceof ContactDraft that && key.equals(that.key) && origin.equals(that.origin)
        && details.equals(that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, origin, details);
  }

  @Override
  public String toString() {
    return "ContactDraft[key=" + key + ", origin=" + origin + ", details=" + details + "]";
  }
}
