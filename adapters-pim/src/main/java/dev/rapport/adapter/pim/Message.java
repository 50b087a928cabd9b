package dev.rapport.adapter.pim;

import com.google.common.hash.Hashing;
import dev.rapport.core.port.in.imports.MatchKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * One message as the import sees it: sender, recipients, date and key; or why it is left out.
 * Addresses are parsed by mime4j's lenient RFC 5322 parser (groups, quoted names, comments), names
 * decoded from RFC 2047 encoded words.
 */
record Message(Address sender, List<Address> recipients, Instant at, String key, String skipReason) {

  /** A mailbox: its address as imports match it, and the name the header gives (perhaps empty). */
  record Address(String key, String name) {}

  /** Message-IDs longer than this are kept by their hash: a hostile header must not become a huge key. */
  private static final int MAX_KEY_LENGTH = 256;

  /** The message whose header block is {@code bytes[0, length)}, as {@code header} reads it. */
  static Message read(MailHeader header, byte[] bytes, int length, int maxRecipients) {
    Optional<Address> sender = first(header.from());
    if (sender.isEmpty()) {
      return skipped(MailSource.NO_SENDER);
    }
    Optional<Instant> at = MailDates.parse(header.date());
    if (at.isEmpty()) {
      return skipped(MailSource.NO_DATE);
    }
    if (header.listId()) {
      return skipped(MailSource.MAILING_LIST);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Address> recipients = new ArrayList<>(2);
    for (String field : header.recipients()) {
      for (Address address : addresses(field)) {
        if (seen.add(address.key())) {
          recipients.add(address);
        }
      }
    }
    if (recipients.size() > maxRecipients) {
      return skipped("more than " + maxRecipients + " recipients");
    }
    return new Message(sender.get(), recipients, at.get(), key(header, bytes, length), null);
  }

  private static Message skipped(String reason) {
    return new Message(null, List.of(), null, null, reason);
  }

  /**
   * The Message-ID; without one, a hash of the whole header block: the same file imported again
   * gives the same key, and two messages from one sender at one second (a client's test suite
   * has five) still differ in their other fields.
   */
  private static String key(MailHeader header, byte[] bytes, int length) {
    String id = header.messageId() == null ? "" : header.messageId().strip();
    if (id.isEmpty()) {
      id = "no-message-id:" + Hashing.sha256().hashBytes(bytes, 0, length).toString().substring(0, 32);
    }
    if (id.length() > MAX_KEY_LENGTH) {
      id = "sha256:" + Hashing.sha256().hashString(id, StandardCharsets.UTF_8);
    }
    return id;
  }

  private static Optional<Address> first(String field) {
    if (field == null) {
      return Optional.empty();
    }
    List<Address> all = addresses(field);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The field's mailboxes that have an address with a domain; groups flattened. */
  private static List<Address> addresses(String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    MailboxList mailboxes = LenientAddressParser.DEFAULT.parseAddressList(field).flatten();
    List<Address> addresses = new ArrayList<>(mailboxes.size());
    for (Mailbox mailbox : mailboxes) {
      String address = mailbox.getAddress();
      String domain = mailbox.getDomain();
      if (address == null || domain == null || domain.isBlank() || mailbox.getLocalPart() == null
          || mailbox.getLocalPart().isBlank() || address.indexOf(' ') >= 0) {
        continue;
      }
      String name = mailbox.getName() == null ? "" : decoded(mailbox.getName());
      addresses.add(new Address(MatchKeys.email(address), name));
    }
    return addresses;
  }

  private static String decoded(String name) {
    String text = name.contains("=?") ? DecoderUtil.decodeEncodedWords(name, DecodeMonitor.SILENT) : name;
    return text.strip();
  }
}
