package dev.rapport.core.port.in;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import org.immutables.value.Value;

/**
 * Command: add a contact named {@link #displayName()}, with the details given. Each method that
 * gives a detail returns a new, checked command:
 * {@code NewContact.named("Ada Lovelace").company("Analytical Engines").tier(Tier.CLOSE)}.
 */
@Value.Immutable(builder = false)
@Value.Style(with = "*")
public abstract class NewContact extends ContactDetails<NewContact> {

  NewContact() {}

  /**
   * A new contact with only a name; give details with the methods named after them.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static NewContact named(String displayName) {
    return ImmutableNewContact.of(displayName);
  }

  /** The name to show. */
  @Value.Parameter
  public abstract String displayName();

  /** The contact this command adds, with the id storage gave it; its birthday is written apart. */
  public Contact toContact(ContactId id) {
    var contact = Contact.builder().id(id).displayName(displayName());
    setDetailsOn(contact);
    return contact.build();
  }

  @Value.Check
  NewContact check() {
    checkDisplayName(displayName());
    checkDetails();
    return copied();
  }
}
