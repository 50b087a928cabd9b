package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Note;

/** A note an import source holds for a contact named by reference. */
public record NoteDraft(ContactRef contact, Note note, Origin origin) {

  public NoteDraft {
    checkNotNull(contact, "note contact");
    checkNotNull(note, "note");
    checkNotNull(origin, "note origin");
  }
}
