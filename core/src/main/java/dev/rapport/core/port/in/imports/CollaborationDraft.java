package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A collaboration an import source holds, its contacts named by reference. */
public record CollaborationDraft(String title, LocalDate on, List<ContactRef> contacts, Optional<String> channel,
    Origin origin) {

  /** @throws IllegalArgumentException when the title is blank or nobody took part */
  public CollaborationDraft {
    checkArgument(title != null && !title.isBlank(), "collaboration title must not be blank: '%s'", title);
    checkNotNull(on, "collaboration on");
    contacts = ImmutableList.copyOf(contacts);
    checkArgument(!contacts.isEmpty(), "collaboration '%s' needs at least one contact", title);
    checkNotNull(channel, "collaboration channel");
    checkNotNull(origin, "collaboration origin");
  }
}
