package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Note;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A note an import source holds for a contact named by reference. A note without a date (an
 * address book's notes field) is dated on the day of the import, and counts as known when the
 * contact's file already has its text.
 */
public record NoteDraft(ContactRef contact, Optional<LocalDate> on, String text, Origin origin) {

  /** @throws IllegalArgumentException when the text is blank */
  public NoteDraft {
    checkNotNull(contact, "note contact");
    checkNotNull(on, "note date");
    checkArgument(text != null && !text.isBlank(), "note text must not be blank: '%s'", text);
    checkNotNull(origin, "note origin");
  }

  /** A dated note. */
  public NoteDraft(ContactRef contact, Note note, Origin origin) {
    this(contact, Optional.of(checkNotNull(note, "note").on()), note.text(), origin);
  }
}
