package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A contact's id, display name and e-mail addresses: what finding a contact by a name or an
 * address needs, without the rest of their file.
 *
 * @param id the contact's id
 * @param displayName their display name
 * @param emails their addresses, in the order of their file
 */
public record ContactName(ContactId id, String displayName, List<String> emails) {

  public ContactName {
    checkNotNull(id, "id");
    checkNotNull(displayName, "displayName");
    emails = List.copyOf(emails);
  }

  /** The name part of a contact's file. */
  public static ContactName of(Contact contact) {
    return new ContactName(contact.id(), contact.displayName(), contact.emails());
  }
}
