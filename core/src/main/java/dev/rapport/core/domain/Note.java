package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/** A dated entry in a contact's file: what was learned, asked or promised. */
public record Note(LocalDate on, String text) {

  /** @throws IllegalArgumentException when the text is blank */
  public Note {
    checkNotNull(on, "note date");
    checkArgument(text != null && !text.isBlank(), "note text must not be blank: '%s'", text);
  }
}
