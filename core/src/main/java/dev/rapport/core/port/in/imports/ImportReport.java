package dev.rapport.core.port.in.imports;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an import did, or with a dry run would do: contacts added, merged into known ones or found
 * unchanged; touches, notes and days added; job changes seen; conflicts kept; problems found.
 */
@Value.Immutable
public abstract class ImportReport {

  /** Starts a report. */
  public static ImmutableImportReport.Builder builder() {
    return ImmutableImportReport.builder();
  }

  /** The source imported. */
  public abstract String source();

  /** Whether nothing was written. */
  public abstract boolean dryRun();

  /** Contacts new to the network. */
  public abstract int added();

  /** Contact drafts merged into a known contact (or into one added earlier in the same import) and changing it. */
  public abstract int merged();

  /** Contact drafts describing a known contact with nothing new. */
  public abstract int unchanged();

  /** Touches added (those already recorded are not counted). */
  public abstract int touches();

  /** Notes added, the old roles of job changes included. */
  public abstract int notes();

  /** Special days added, the new roles of job changes included. */
  public abstract int specialDays();

  /** Channels, resources and collaborations added. */
  public abstract int others();

  /** Known contacts seen in a new company or position. */
  public abstract int jobChanges();

  /** Rows that named nobody, and touches with someone who is not a contact, left out. */
  public abstract int skipped();

  /**
   * What was left out on purpose, by reason: the source's own (see {@link ImportBatch#skippedFor()})
   * and touches the network has already (by their key in the source: "already imported").
   */
  public abstract Map<String, Integer> skippedFor();

  /**
   * The people touches named who are not contacts (by e-mail, or by name when they have none),
   * each counted once; their touches are among {@link #skipped()}.
   */
  @Value.Default
  public int unknownPeople() {
    return 0;
  }

  /** Fields on which the import and the network disagree; the network's value is kept. */
  public abstract List<ImportConflict> conflicts();

  /** What was wrong in the input; when there is any, nothing is written. */
  public abstract List<ImportProblem> problems();
}
