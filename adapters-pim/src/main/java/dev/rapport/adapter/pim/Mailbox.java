package dev.rapport.adapter.pim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.imports.ImportSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * An mbox file (as Google Takeout, Thunderbird or Apple Mail export it) read as touches, by its
 * headers only: a message between one of the owner's addresses and a known contact's address is
 * a MESSAGE touch, OUTBOUND when the owner sent it (one for each contact among its recipients),
 * INBOUND when the contact did. Bodies are never read into memory; the file streams, whatever its
 * size. Hand {@link #source()} to {@code ImportNetworkUseCase.importNetwork(source, dryRun)}.
 *
 * <p>Left out and counted in the report's {@code skippedFor}: messages with a {@code List-Id},
 * with more recipients than the policy allows, without a usable Date or From, with a header block
 * too large to be a real one, and (by Message-ID) those already imported. A file that is no mbox,
 * or ends inside a message's headers, fails the import with the line; nothing is written.
 */
public final class Mailbox {

  /**
   * The mail import's policy.
   *
   * @param maxRecipients a message to more people than this (To, Cc and Bcc) is a broadcast, not a touch
   * @param addUnknownAfter with {@link Mailbox#addingUnknown()}, a correspondent the owner wrote to at least this often becomes a contact
   * @param maxHeaderBytes a header block longer than this is no real message's: it is skipped, and memory stays bounded
   */
  public record Policy(int maxRecipients, int addUnknownAfter, int maxHeaderBytes) {

    /** @throws IllegalArgumentException when a number is out of range */
    public Policy {
      checkArgument(maxRecipients >= 1, "mail policy maxRecipients must be at least 1: %s", maxRecipients);
      checkArgument(addUnknownAfter >= 1, "mail policy addUnknownAfter must be at least 1: %s", addUnknownAfter);
      checkArgument(maxHeaderBytes >= 1024, "mail policy maxHeaderBytes must be at least 1024: %s", maxHeaderBytes);
    }

    /** SPEC §10's defaults: more than 10 recipients is a broadcast; written to twice makes a contact; 1 MiB of header. */
    public static Policy defaults() {
      return new Policy(10, 2, 1 << 20);
    }
  }

  /** Apple Mail exports a mailbox as a folder {@code Name.mbox} holding its messages in a file of this name. */
  public static final String APPLE_MAIL_FILE = "mbox";

  private final Path file;
  private final List<String> ownerAddresses;
  private final boolean addUnknown;
  private final Policy policy;
  private final DoubleConsumer progress;

  private Mailbox(Path file, List<String> ownerAddresses, boolean addUnknown, Policy policy, DoubleConsumer progress) {
    this.file = file;
    this.ownerAddresses = ownerAddresses;
    this.addUnknown = addUnknown;
    this.policy = policy;
    this.progress = progress;
  }

  /**
   * The mbox {@code file} of the owner whose addresses are {@code ownerAddresses} (the profile's
   * e-mails), with the default policy. An Apple Mail export, a folder holding a file named
   * {@code mbox}, may be given as the folder.
   *
   * @throws IllegalArgumentException when no owner address is given: sent and received mail could not be told apart
   */
  public static Mailbox of(Path file, Collection<String> ownerAddresses) {
    checkNotNull(file, "mbox file");
    checkArgument(ownerAddresses != null && !ownerAddresses.isEmpty(),
        "a mail import needs your own e-mail addresses to tell sent mail from received: set them with profile --email ADDRESS");
    Path messages = Files.isDirectory(file) && Files.isRegularFile(file.resolve(APPLE_MAIL_FILE))
        ? file.resolve(APPLE_MAIL_FILE) : file;
    return new Mailbox(messages, List.copyOf(ownerAddresses), false, Policy.defaults(), fraction -> { });
  }

  /** This mailbox, also adding as contacts the unknown people the owner wrote to at least {@link Policy#addUnknownAfter()} times. */
  public Mailbox addingUnknown() {
    return new Mailbox(file, ownerAddresses, true, policy, progress);
  }

  /** This mailbox read with {@code policy}. */
  public Mailbox withPolicy(Policy policy) {
    return new Mailbox(file, ownerAddresses, addUnknown, checkNotNull(policy, "mail policy"), progress);
  }

  /** This mailbox, telling {@code progress} the share of the reading done (0 to 1) now and then, on the reading thread. */
  public Mailbox reportingProgress(DoubleConsumer progress) {
    return new Mailbox(file, ownerAddresses, addUnknown, policy, checkNotNull(progress, "progress"));
  }

  /** The import source: read once for the touches, and once before when adding unknown people. */
  public ImportSource source() {
    return new MailSource(file, ownerAddresses, addUnknown, policy, progress);
  }
}
