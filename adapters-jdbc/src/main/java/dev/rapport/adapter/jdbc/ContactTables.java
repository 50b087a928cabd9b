package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.ContactRow;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Contacts as the rows of their three tables ({@code contacts}, {@code contact_values},
 * {@code contact_channel_profiles}), made before any is written: so that a write on the
 * transaction's writer thread only binds and sends them, while the caller, which made them,
 * goes on.
 */
final class ContactTables {

  /** The multi-valued fields, by the name stored in {@code contact_values.field}. */
  private static final Map<String, Function<Contact, Collection<String>>> VALUES = Map.of(
      "email", Contact::emails,
      "phone", Contact::phones,
      "tag", Contact::tags,
      "interest", Contact::interests,
      "goal", Contact::goals,
      "offer", Contact::offers,
      "watch", Contact::watchKeywords);

  /** A contact's row, with its packed relationship value. */
  record ContactWithRelationship(ContactRow row, byte[] relationship) {}

  /** A row of {@code contact_values}: each list numbered from 0 in its order. */
  record ValueRow(long contactId, String field, int seq, String value) {}

  /** A row of {@code contact_channel_profiles}: numbered from 0 in the contact's order. */
  record ProfileRow(long contactId, int seq, ChannelProfile profile) {}

  final List<ContactWithRelationship> contacts;
  final List<ValueRow> values = new ArrayList<>();
  final List<ProfileRow> profiles = new ArrayList<>();
  /** The highest contact id among them. */
  final long highest;

  ContactTables(Collection<? extends Contact> contacts, RowMapper mapper) {
    this.contacts = new ArrayList<>(contacts.size());
    long highest = 0;
    for (Contact contact : contacts) {
      ContactRow row = mapper.toRow(contact);
      this.contacts.add(new ContactWithRelationship(row,
          RelationshipRows.pack(mapper.toRelationshipRow(row), contact.interests(), contact.goals())));
      highest = Math.max(highest, row.id());
      long id = row.id();
      VALUES.forEach((field, list) -> {
        int seq = 0;
        for (String value : list.apply(contact)) {
          values.add(new ValueRow(id, field, seq++, value));
        }
      });
      int seq = 0;
      for (ChannelProfile profile : contact.channelProfiles()) {
        profiles.add(new ProfileRow(id, seq++, profile));
      }
    }
    this.highest = highest;
  }

  /** The ids of the contacts, in their order. */
  List<Long> ids() {
    return contacts.stream().map(contact -> contact.row().id()).toList();
  }
}
