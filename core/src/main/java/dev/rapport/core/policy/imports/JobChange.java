package dev.rapport.core.policy.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Note;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A new role a source shows for a contact (the seed's "congratulate them on a new role"): the file
 * takes it, a note keeps the old one and the day is marked as the contact's accomplishment.
 *
 * @param oldRole the role the network held, as "title at company"
 * @param newRole the role the source shows
 * @param company the company after the change
 * @param shownBy the networking source that shows it, when the draft names one
 */
public record JobChange(String oldRole, String newRole, Optional<String> company, Optional<String> shownBy) {

  public JobChange {
    checkNotNull(oldRole, "oldRole");
    checkNotNull(newRole, "newRole");
    checkNotNull(company, "company");
    checkNotNull(shownBy, "shownBy");
  }

  /** The change from {@code known}'s role to {@code incoming}'s; a company the source leaves out stays. */
  static JobChange between(Contact known, Contact incoming) {
    Optional<String> company = incoming.company().or(known::company);
    return new JobChange(role(known.title(), known.company()), role(incoming.title(), company), company,
        incoming.sourceChannel());
  }

  private static String role(Optional<String> title, Optional<String> company) {
    return title.map(t -> t + company.map(c -> " at " + c).orElse("")).orElseGet(() -> company.orElse("?"));
  }

  /** The note that keeps the old role, dated {@code on}; {@code source} names the import when the draft names no source. */
  public Note note(LocalDate on, String source) {
    return new Note(on, "Role until " + on + ": " + oldRole + " (" + shownBy.orElse(source) + " now shows " + newRole + ")");
  }

  /** The title of the accomplishment that marks the day. */
  public String dayTitle() {
    return "new role at " + company.orElse(newRole);
  }
}
