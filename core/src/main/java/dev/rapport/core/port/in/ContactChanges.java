package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Command: change the details of one contact. Each detail given replaces the contact's; the
 * others stay as they are. Each method that gives a detail returns a new, checked command:
 * {@code ContactChanges.to(ada.id()).company("Analytical Engines").tier(Tier.CLOSE)}.
 */
@Value.Immutable(builder = false)
@Value.Style(with = "*")
public abstract class ContactChanges extends ContactDetails<ContactChanges> {

  ContactChanges() {}

  /**
   * Changes to the contact {@code id}, none yet; give them with the methods named after the details.
   *
   * @throws NullPointerException when {@code id} is null
   */
  public static ContactChanges to(ContactId id) {
    return ImmutableContactChanges.of(id);
  }

  /** The contact changed. */
  @Value.Parameter
  public abstract ContactId contact();

  /** A new name to show. */
  public abstract Optional<String> displayName();

  /**
   * Gives {@link #displayName()}.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public abstract ContactChanges displayName(String displayName);

  /** An address that becomes the contact's primary one, the others kept after it. */
  public abstract Optional<String> primaryEmail();

  /**
   * Gives {@link #primaryEmail()}.
   *
   * @throws IllegalArgumentException when it is no address
   */
  public abstract ContactChanges primaryEmail(String primaryEmail);

  /** Whether the contact is archived: in the file, but given no suggestions. */
  public abstract Optional<Boolean> archived();

  /** Gives {@link #archived()}. */
  public abstract ContactChanges archived(boolean archived);

  /**
   * The contact {@code current} with these changes.
   *
   * @throws IllegalArgumentException when {@code current} is another contact than {@link #contact()}
   */
  public Contact applyTo(Contact current) {
    checkArgument(current.id().equals(contact()), "changes to contact %s applied to contact %s", contact(), current.id());
    var changed = Contact.builder().from(current);
    displayName().ifPresent(changed::displayName);
    setDetailsOn(changed);
    primaryEmail().ifPresent(primary -> changed.emails(primaryFirst(primary, emails().orElse(current.emails()))));
    archived().ifPresent(changed::archived);
    return changed.build();
  }

  private static List<String> primaryFirst(String primary, List<String> emails) {
    List<String> all = new ArrayList<>();
    all.add(primary);
    emails.stream().filter(e -> !e.equalsIgnoreCase(primary)).forEach(all::add);
    return all;
  }

  @Value.Check
  ContactChanges check() {
    displayName().ifPresent(ContactDetails::checkDisplayName);
    primaryEmail().ifPresent(e -> checkArgument(Contact.isEmailAddress(e),
        "contact primaryEmail must be an address such as ada@example.org: '%s'", e));
    checkDetails();
    return copied();
  }
}
