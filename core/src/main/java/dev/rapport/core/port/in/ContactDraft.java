package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ImmutableContact;

/**
 * A contact as an import source describes it, before it is matched to the network: a key that
 * other items of the batch use to name it, where it came from, and the contact's details. The
 * details' id is a placeholder: the import keeps the id of the contact it merges into, or storage
 * gives a new one.
 */
public record ContactDraft(String key, Origin origin, Contact details) {

  /** The id drafts carry until the import gives them a real one. */
  public static final ContactId PLACEHOLDER_ID = new ContactId(Long.MAX_VALUE);

  /** @throws IllegalArgumentException when the key is blank */
  public ContactDraft {
    checkArgument(key != null && !key.isBlank(), "contact draft key must not be blank: '%s'", key);
    checkNotNull(origin, "origin");
    checkNotNull(details, "details");
  }

  /** A contact builder with the placeholder id and the display name set. */
  public static ImmutableContact.Builder details(String displayName) {
    return Contact.builder().id(PLACEHOLDER_ID).displayName(displayName);
  }
}
