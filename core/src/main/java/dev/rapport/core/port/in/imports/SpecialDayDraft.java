package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDayKind;
import java.util.Optional;

/** A special day an import source holds: a contact's (named by reference) or, for a holiday, nobody's. */
public record SpecialDayDraft(
    Optional<ContactRef> contact, SpecialDayKind kind, PartialDate date, boolean recurring,
    Optional<String> title, Origin origin) {

  /** @throws IllegalArgumentException when a day other than a holiday has no contact, or a one-off no year */
  public SpecialDayDraft {
    checkNotNull(contact, "special day contact");
    checkNotNull(kind, "special day kind");
    checkNotNull(date, "special day date");
    checkNotNull(title, "special day title");
    checkNotNull(origin, "special day origin");
    checkArgument(contact.isPresent() || kind == SpecialDayKind.HOLIDAY, "special day: a %s needs a contact", kind);
    checkArgument(recurring || date.year().isPresent(), "special day: a one-off %s needs a year: '%s'", kind, date);
  }
}
