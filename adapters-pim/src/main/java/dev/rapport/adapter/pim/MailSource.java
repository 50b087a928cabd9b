package dev.rapport.adapter.pim;

import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/** An mbox read as an import source: the rules of {@link Mailbox}, applied message by message. */
final class MailSource implements ImportSource {

  static final String NO_SENDER = "no usable From";
  static final String NO_DATE = "no usable Date";
  static final String MAILING_LIST = "mailing list (List-Id)";
  static final String OVERSIZED = "header block too large";
  static final String TO_YOURSELF = "only to your own addresses";

  private static final String SUMMARY = "e-mail";

  private final Path file;
  private final String fileName;
  private final Set<String> owner;
  private final boolean addUnknown;
  private final Mailbox.Policy policy;
  private final DoubleConsumer progress;

  MailSource(Path file, List<String> ownerAddresses, boolean addUnknown, Mailbox.Policy policy, DoubleConsumer progress) {
    this.file = file;
    this.fileName = name(file);
    this.owner = ownerAddresses.stream().map(MatchKeys::email).collect(Collectors.toUnmodifiableSet());
    this.addUnknown = addUnknown;
    this.policy = policy;
    this.progress = progress;
  }

  /** The file's name, with its folder's for an Apple Mail export ({@code Sent Messages.mbox/mbox}). */
  private static String name(Path file) {
    if (file.getFileName() == null) {
      return file.toString();
    }
    String name = file.getFileName().toString();
    Path folder = file.getParent();
    if (name.equals(Mailbox.APPLE_MAIL_FILE) && folder != null && folder.getFileName() != null) {
      return folder.getFileName() + "/" + name;
    }
    return name;
  }

  @Override
  public String source() {
    return "mbox " + fileName;
  }

  @Override
  public boolean distinctContacts() {
    return false;
  }

  @Override
  public boolean addressBook() {
    return false;
  }

  /** A correspondent's headers name them however they like: a known contact is left as the owner keeps them. */
  @Override
  public boolean addsOnlyUnknown() {
    return true;
  }

  @Override
  public ImportBatch read(Contacts contacts) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ImportException(new ImportProblem(fileName, 0, 0, "could not read the file: " + e.getMessage()), e);
    }
    int passes = addUnknown ? 2 : 1;
    double whole = Math.max(1, size) * (double) passes;
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Map<String, ContactRef> refs = new HashMap<>();
    if (addUnknown) {
      Correspondents written = new Correspondents();
      Optional<MboxSplitter.Failure> failure = split(bytes -> progress.accept(bytes / whole),
          (line, header, length, oversized) -> countWritten(line, header, length, oversized, written));
      if (failure.isPresent()) {
        return failed(failure.get());
      }
      written.drafts(policy.addUnknownAfter(), fileName).forEach(contacts::add);
    }
    double before = addUnknown ? size : 0;
    Optional<MboxSplitter.Failure> failure = split(bytes -> progress.accept((before + bytes) / whole),
        (line, header, length, oversized) -> {
          String reason = touches(line, header, length, oversized, refs, contacts);
          if (reason != null) {
            skipped.merge(reason, 1, Integer::sum);
          }
        });
    progress.accept(1);
    if (failure.isPresent()) {
      return failed(failure.get());
    }
    return ImportBatch.builder().source(source()).skippedFor(skipped).build();
  }

  private Optional<MboxSplitter.Failure> split(java.util.function.LongConsumer bytesRead, MboxSplitter.Messages messages) {
    try {
      return new MboxSplitter(file, policy.maxHeaderBytes(), bytesRead).split(messages);
    } catch (IOException e) {
      throw new ImportException(new ImportProblem(fileName, 0, 0, "could not read the file: " + e.getMessage()), e);
    }
  }

  private ImportBatch failed(MboxSplitter.Failure failure) {
    return ImportBatch.builder().source(source())
        .addProblems(new ImportProblem(fileName, failure.line(), 0, failure.message())).build();
  }

  /**
   * Hands over the touches of one message; returns why it has none (a reason to count), or null.
   * An odd message is left out with its reason: it never fails the import.
   */
  private String touches(long line, byte[] bytes, int length, boolean oversized, Map<String, ContactRef> refs,
      Contacts contacts) {
    if (oversized) {
      return OVERSIZED;
    }
    Message message;
    try {
      message = Message.read(MailHeader.parse(bytes, length), bytes, length, policy.maxRecipients());
    } catch (RuntimeException unreadable) {
      return NO_SENDER; // a header block the parsers cannot read names nobody
    }
    if (message.skipReason() != null) {
      return message.skipReason();
    }
    Origin origin = new Origin(fileName, line);
    String key = message.key();
    if (owner.contains(message.sender().key())) {
      boolean any = false;
      for (Message.Address recipient : message.recipients()) {
        if (!owner.contains(recipient.key())) {
          contacts.addTouch(touch(refs, recipient, message.at(), Direction.OUTBOUND, origin, key));
          any = true;
        }
      }
      return any ? null : TO_YOURSELF;
    }
    contacts.addTouch(touch(refs, message.sender(), message.at(), Direction.INBOUND, origin, key));
    return null;
  }

  private static TouchDraft touch(Map<String, ContactRef> refs, Message.Address who, Instant at, Direction direction,
      Origin origin, String key) {
    // one reference per correspondent, however many messages name them
    ContactRef ref = refs.computeIfAbsent(who.key(), k -> ContactRef.person(null, k, null));
    return TouchDraft.of(ref, at, direction, InteractionKind.MESSAGE, Optional.empty(), SUMMARY, origin)
        .withExternalKey(key);
  }

  private void countWritten(long line, byte[] bytes, int length, boolean oversized, Correspondents written) {
    if (oversized) {
      return;
    }
    try {
      Message message = Message.read(MailHeader.parse(bytes, length), bytes, length, policy.maxRecipients());
      if (message.skipReason() == null && owner.contains(message.sender().key())) {
        for (Message.Address recipient : message.recipients()) {
          if (!owner.contains(recipient.key())) {
            written.wroteTo(recipient, message.at(), line);
          }
        }
      }
    } catch (RuntimeException unreadable) {
      // counted in the pass that imports
    }
  }

  /** The people the owner wrote to, with how often, the name they were given and the first message. */
  private static final class Correspondents {
    private static final class Seen {
      String name;
      int count;
      Instant first;
      long line;
    }

    private final Map<String, Seen> byAddress = new LinkedHashMap<>();

    void wroteTo(Message.Address who, Instant at, long line) {
      Seen seen = byAddress.computeIfAbsent(who.key(), k -> new Seen());
      seen.count++;
      if (seen.first == null || at.isBefore(seen.first)) {
        seen.first = at;
      }
      if (seen.line == 0) {
        seen.line = line;
      }
      if (seen.name == null && !who.name().isEmpty()) {
        seen.name = who.name();
      }
    }

    List<ContactDraft> drafts(int atLeast, String fileName) {
      return byAddress.entrySet().stream().filter(e -> e.getValue().count >= atLeast).map(e -> {
        Seen seen = e.getValue();
        String name = seen.name != null ? seen.name : e.getKey().substring(0, Math.max(1, e.getKey().indexOf('@')));
        LocalDate since = LocalDate.ofInstant(seen.first, ZoneOffset.UTC);
        return new ContactDraft("mail:" + e.getKey(), new Origin(fileName, seen.line),
            ContactDraft.details(name).emails(List.of(e.getKey())).connectedOn(since).build());
      }).toList();
    }
  }
}
