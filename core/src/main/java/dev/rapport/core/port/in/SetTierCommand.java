package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;

/**
 * Gives a contact the tier the owner chose: the contact is triaged from then on.
 *
 * @param contact whom
 * @param tier how close they are
 */
public record SetTierCommand(ContactId contact, Tier tier) {

  /** @throws NullPointerException when the contact or tier is missing */
  public SetTierCommand {
    checkNotNull(contact, "contact");
    checkNotNull(tier, "tier");
  }
}
