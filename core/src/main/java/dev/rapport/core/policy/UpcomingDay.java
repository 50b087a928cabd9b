package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.SpecialDayKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One occurrence of a special day in a window, with what to do about it.
 *
 * @param date the day it falls on this time (February 29 on the 28th in other years)
 * @param contact whose day it is; empty for a global holiday
 * @param contactName their display name; empty for a global holiday
 * @param kind what kind of day
 * @param title its title, if it has one ("new role at Acme", "New Year")
 * @param years how many years it marks (an age, years at work or since connecting), when its year is known
 * @param action what to send
 * @param suggestion the suggestion in words
 */
public record UpcomingDay(
    LocalDate date, Optional<ContactId> contact, Optional<String> contactName, SpecialDayKind kind,
    Optional<String> title, OptionalInt years, OutreachAction action, String suggestion) {

  /** @throws IllegalArgumentException when a contact's day has no contact name, or the suggestion is blank */
  public UpcomingDay {
    checkNotNull(date, "date");
    checkNotNull(kind, "kind");
    checkNotNull(action, "action");
    checkArgument(contact.isPresent() == contactName.isPresent(), "contact and contactName go together: %s %s", contact, contactName);
    checkArgument(!suggestion.isBlank(), "suggestion must not be blank");
  }
}
