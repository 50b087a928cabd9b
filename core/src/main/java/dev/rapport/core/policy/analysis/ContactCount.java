package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;

/** A contact and how many times something happened with them. */
public record ContactCount(ContactId contact, String name, int count) {

  /** @throws IllegalArgumentException for a negative count */
  public ContactCount {
    checkNotNull(contact, "contact");
    checkNotNull(name, "name");
    checkArgument(count >= 0, "count must not be negative: %s", count);
  }
}
