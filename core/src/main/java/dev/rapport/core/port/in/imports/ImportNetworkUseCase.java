package dev.rapport.core.port.in.imports;

/**
 * Use case: bring a network in from elsewhere (LinkedIn, Google Contacts, Outlook, Rapport's own
 * export), merging the people found into the contacts already known.
 */
public interface ImportNetworkUseCase {

  /**
   * Imports the batch in one transaction, or with a dry run only reports what that would do.
   * A person already known (same e-mail, same profile URL, or same normalized name and company
   * when one of the two has no channel profile to tell them apart) is merged, keeping the network's values and reporting conflicts; a new company or title from
   * the contact's own source is a job change: the contact is updated, the old role noted in their
   * file and an ACCOMPLISHMENT day recorded. Importing the same batch again changes nothing.
   *
   * @return the report; a dry run reports the batch's problems instead of failing on them
   * @throws ImportException when the batch has problems (nothing is written)
   */
  ImportReport importNetwork(ImportCommand command);

  /**
   * Imports what {@code source} reads, as {@link #importNetwork(ImportCommand)} does the batch it
   * would read whole ({@link ImportSource#readWhole}), with the same report: each contact is
   * matched as it is handed over, while it is still at hand. The import is one transaction; problems
   * found in reading fail it at the end, so nothing of it is kept.
   *
   * @return the report; a dry run reports the problems found instead of failing on them
   * @throws ImportException when reading finds problems (nothing is written), or the source cannot be read
   */
  ImportReport importNetwork(ImportSource source, boolean dryRun);
}
