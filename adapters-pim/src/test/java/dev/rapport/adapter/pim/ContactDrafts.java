package dev.rapport.adapter.pim;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ImmutableContact;

/** Contacts for tests, with an id that storage replaces. */
final class ContactDrafts {

  private ContactDrafts() {}

  static ImmutableContact.Builder contact(String name) {
    return Contact.builder().id(new ContactId(1)).displayName(name);
  }
}
