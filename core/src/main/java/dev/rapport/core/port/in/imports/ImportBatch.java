package dev.rapport.core.port.in.imports;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.OwnerProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an import source holds, read but not yet matched to the network: contact drafts and what
 * refers to them, plus the problems found while reading. Parsing builds it; the import merges it.
 */
@Value.Immutable
public abstract class ImportBatch {

  /** Starts a batch; only the source is required. */
  public static ImmutableImportBatch.Builder builder() {
    return ImmutableImportBatch.builder();
  }

  /**
   * The source's name, such as {@code LinkedIn}, for the report. A job change is recognised from
   * the drafts: a draft whose source channel is the known contact's own describes them anew (and,
   * from an {@link #addressBook() address book}, a draft for a contact that has no source channel).
   */
  public abstract String source();

  /** The contacts, in file order. */
  public abstract List<ContactDraft> contacts();

  /** The touches. */
  public abstract List<TouchDraft> touches();

  /** Notes for contacts' files. */
  public abstract List<NoteDraft> notes();

  /** Special days. */
  public abstract List<SpecialDayDraft> specialDays();

  /** Networking channels. */
  public abstract List<Channel> channels();

  /** Resources worth sharing. */
  public abstract List<ResourceDraft> resources();

  /** Collaborations. */
  public abstract List<CollaborationDraft> collaborations();

  /** The owner's profile, when the source holds one. */
  public abstract Optional<OwnerProfile> profile();

  /** What was wrong in the input; an import with problems writes nothing. */
  public abstract List<ImportProblem> problems();

  /**
   * Whether each contact draft is a person of its own, as in Rapport's own export where two
   * namesakes sharing an address are still two contacts: drafts of this batch then never merge
   * with one another, and each known contact takes at most one of them.
   */
  @Value.Default
  public boolean distinctContacts() {
    return false;
  }

  /**
   * Whether the source is an address book (Google Contacts, Outlook): the owner's own record of
   * people, whose drafts name no source channel. A contact without a source channel got its role
   * from an address book (or by hand), so an address book showing another company or position for
   * it is a job change; for a contact with one (LinkedIn's) it is a conflict.
   */
  @Value.Default
  public boolean addressBook() {
    return false;
  }

  /**
   * Items the source left out on purpose, counted by the reason, in the order first met (a
   * mailbox's mailing-list messages, broadcasts, messages without a usable date): what it read
   * but does not import, which is not a problem.
   */
  public abstract Map<String, Integer> skippedFor();

  /**
   * Whether the source records which contacts the owner has given a tier (Rapport's own export):
   * its new contacts keep the untriaged flag they carry. From any other source a new contact comes
   * in untriaged, its tier only the default, until the owner sorts it ({@code TriageUseCase}).
   */
  @Value.Default
  public boolean keepsTriage() {
    return false;
  }

  /** Rows that name nobody (a hidden profile, a blank line of a contacts export), left out. */
  @Value.Default
  public int skipped() {
    return 0;
  }
}
