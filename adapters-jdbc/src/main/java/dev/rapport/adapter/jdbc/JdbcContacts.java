package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import dev.rapport.adapter.jdbc.Rows.ContactDetails;
import dev.rapport.adapter.jdbc.Rows.ContactRow;
import dev.rapport.adapter.jdbc.Rows.NoteRow;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.ContactName;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.out.ContactRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Contacts in {@code contacts}, their lists in {@code contact_values}, their notes in {@code notes}. */
final class JdbcContacts implements ContactRepository {

  private static final String COLUMNS = "id, display_name, given_name, family_name, company, title, seniority, "
      + "industry, city, region, country, tier, cadence, source_channel, connected_on, snoozed_until, archived, untriaged";

  private static final String INSERT = "INSERT INTO contacts (" + COLUMNS + ", relationship) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String UPSERT = INSERT + " ON CONFLICT (id) DO UPDATE SET "
      + "display_name = excluded.display_name, given_name = excluded.given_name, "
      + "family_name = excluded.family_name, company = excluded.company, title = excluded.title, "
      + "seniority = excluded.seniority, industry = excluded.industry, city = excluded.city, "
      + "region = excluded.region, country = excluded.country, tier = excluded.tier, "
      + "cadence = excluded.cadence, source_channel = excluded.source_channel, "
      + "connected_on = excluded.connected_on, snoozed_until = excluded.snoozed_until, "
      + "archived = excluded.archived, untriaged = excluded.untriaged, relationship = excluded.relationship";

  private static final String SELECT_RELATIONSHIPS = "SELECT id, relationship FROM contacts";

  /** Ids a query names at most: well under SQLite's and PostgreSQL's limits on parameters. */
  private static final int IDS_PER_QUERY = 500;

  private static final String INSERT_NOTE = "INSERT INTO notes (contact_id, on_day, body) VALUES (?, ?, ?)";

  /** From this many new contacts in a transaction, {@link #addAll} writes them behind (see {@link Database#writeBehind}). */
  private static final int WRITE_BEHIND_FROM = 1_000;

  /** Rows a batch holds before it is sent: the driver keeps every row of a batch until then. */
  private static final int BATCH = 2_000;

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcContacts(Database db) {
    this.db = db;
  }

  @Override
  public ContactId nextId() {
    return db.write(c -> new ContactId(Sql.next(db, c, "contact")));
  }

  @Override
  public List<ContactId> nextIds(int count) {
    checkArgument(count >= 0, "count must not be negative: %s", count);
    if (count == 0) {
      return List.of();
    }
    long last = db.write(c -> Sql.reserve(db, c, "contact", count));
    List<ContactId> ids = new ArrayList<>(count);
    for (long id = last - count + 1; id <= last; id++) {
      ids.add(new ContactId(id));
    }
    return ids;
  }

  @Override
  public void save(Contact contact) {
    saveAll(List.of(contact));
  }

  /**
   * Writes the contacts in JDBC batches, one statement per table: their rows, then their lists
   * (those they had are deleted first). On PostgreSQL the driver sends a batch as multi-row
   * statements (reWriteBatchedInserts), a round trip per hundred rows or so instead of per row.
   */
  @Override
  public void saveAll(Collection<? extends Contact> contacts) {
    if (contacts.isEmpty()) {
      return;
    }
    // the later of two with one id is kept: one batch must not write a row twice (PostgreSQL
    // refuses a multi-row upsert that does)
    Map<Long, Contact> byId = new LinkedHashMap<>(Math.max(16, contacts.size() * 4 / 3 + 1));
    for (Contact contact : contacts) {
      byId.put(contact.id().value(), contact);
    }
    ContactTables tables = new ContactTables(byId.values(), mapper);
    db.write(c -> {
      write(c, tables, true);
      return null;
    });
  }

  /**
   * Inserts the contacts with plain INSERTs (COPY on PostgreSQL from {@link PostgresCopy#COPY_FROM}):
   * no earlier rows or lists to replace or delete. A contact whose id is stored already fails the
   * write (and its transaction). Their rows are made here; in a transaction, {@link
   * #WRITE_BEHIND_FROM} contacts or more are then sent on its writer thread while the caller goes on.
   */
  @Override
  public void addAll(Collection<? extends Contact> contacts) {
    if (contacts.isEmpty()) {
      return;
    }
    ContactTables tables = new ContactTables(contacts, mapper);
    SqlWork<Void> work = c -> {
      if (db.dialect() == Dialect.POSTGRESQL && tables.contacts.size() >= PostgresCopy.COPY_FROM) {
        copy(c, tables);
      } else {
        write(c, tables, false);
      }
      return null;
    };
    if (tables.contacts.size() >= WRITE_BEHIND_FROM) {
      db.writeBehind(work);
    } else {
      db.write(work);
    }
  }

  /** Writes the contacts' rows in JDBC batches, replacing those stored with their ids (and their lists) or not. */
  private void write(Connection c, ContactTables tables, boolean replacing) throws SQLException {
    PreparedStatement rows = db.prepare(c, replacing ? UPSERT : INSERT);
    int pending = 0;
    for (ContactTables.ContactWithRelationship contact : tables.contacts) {
      bind(rows, contact.row());
      rows.setBytes(19, contact.relationship());
      rows.addBatch();
      pending = Sql.flushAt(rows, pending + 1, BATCH);
    }
    Sql.flush(rows, pending);
    Sql.claim(db, c, "contact", tables.highest);
    if (replacing) {
      deleteDetails(c, tables.ids());
    }
    PreparedStatement values = db.prepare(c, "INSERT INTO contact_values (contact_id, field, seq, value) VALUES (?, ?, ?, ?)");
    pending = 0;
    for (ContactTables.ValueRow value : tables.values) {
      values.setLong(1, value.contactId());
      values.setString(2, value.field());
      values.setInt(3, value.seq());
      values.setString(4, value.value());
      values.addBatch();
      pending = Sql.flushAt(values, pending + 1, BATCH);
    }
    Sql.flush(values, pending);
    PreparedStatement profiles = db.prepare(c,
        "INSERT INTO contact_channel_profiles (contact_id, seq, channel, handle) VALUES (?, ?, ?, ?)");
    pending = 0;
    for (ContactTables.ProfileRow profile : tables.profiles) {
      profiles.setLong(1, profile.contactId());
      profiles.setInt(2, profile.seq());
      profiles.setString(3, profile.profile().channel());
      profiles.setString(4, profile.profile().handle());
      profiles.addBatch();
      pending = Sql.flushAt(profiles, pending + 1, BATCH);
    }
    Sql.flush(profiles, pending);
  }

  /**
   * Inserts new contacts on PostgreSQL by COPY, a table at a time: the server takes a thousand
   * rows in about the time batched INSERTs take a hundred (each table's rows, and each foreign
   * key of a list, otherwise checked statement by statement).
   */
  private void copy(Connection c, ContactTables tables) throws SQLException {
    try (PostgresCopy rows = PostgresCopy.into(c, "contacts (" + COLUMNS + ", relationship)")) {
      for (ContactTables.ContactWithRelationship contact : tables.contacts) {
        ContactRow row = contact.row();
        rows.field(row.id()).field(row.displayName()).field(row.givenName()).field(row.familyName())
            .field(row.company()).field(row.title()).field(row.seniority()).field(row.industry())
            .field(row.city()).field(row.region()).field(row.country()).field(row.tier()).field(row.cadence())
            .field(row.sourceChannel()).field(row.connectedOn()).field(row.snoozedUntil())
            .field(row.archived()).field(row.untriaged())
            .bytes(contact.relationship())
            .endRow();
      }
      rows.finish();
    }
    Sql.claim(db, c, "contact", tables.highest);
    try (PostgresCopy values = PostgresCopy.into(c, "contact_values (contact_id, field, seq, value)")) {
      for (ContactTables.ValueRow value : tables.values) {
        values.field(value.contactId()).field(value.field()).field(value.seq()).field(value.value()).endRow();
      }
      values.finish();
    }
    try (PostgresCopy profiles = PostgresCopy.into(c, "contact_channel_profiles (contact_id, seq, channel, handle)")) {
      for (ContactTables.ProfileRow profile : tables.profiles) {
        profiles.field(profile.contactId()).field(profile.seq()).field(profile.profile().channel())
            .field(profile.profile().handle()).endRow();
      }
      profiles.finish();
    }
  }

  private static void bind(PreparedStatement s, ContactRow row) throws SQLException {
    s.setLong(1, row.id());
    s.setString(2, row.displayName());
    Sql.text(s, 3, row.givenName());
    Sql.text(s, 4, row.familyName());
    Sql.text(s, 5, row.company());
    Sql.text(s, 6, row.title());
    Sql.text(s, 7, row.seniority());
    Sql.text(s, 8, row.industry());
    Sql.text(s, 9, row.city());
    Sql.text(s, 10, row.region());
    Sql.text(s, 11, row.country());
    s.setString(12, row.tier());
    Sql.text(s, 13, row.cadence());
    Sql.text(s, 14, row.sourceChannel());
    Sql.text(s, 15, row.connectedOn());
    Sql.text(s, 16, row.snoozedUntil());
    s.setBoolean(17, row.archived());
    s.setBoolean(18, row.untriaged());
  }

  private void deleteDetails(Connection c, Collection<Long> ids) throws SQLException {
    for (String table : List.of("contact_values", "contact_channel_profiles")) {
      PreparedStatement delete = db.prepare(c, "DELETE FROM " + table + " WHERE contact_id = ?");
      int pending = 0;
      for (long id : ids) {
        delete.setLong(1, id);
        delete.addBatch();
        pending = Sql.flushAt(delete, pending + 1, BATCH);
      }
      Sql.flush(delete, pending);
    }
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    return db.read(c -> {
      List<Contact> found = load(c, id.value());
      return found.stream().findFirst();
    });
  }

  @Override
  public List<Contact> findAll() {
    return db.read(c -> load(c, null));
  }

  /** Loads one contact, or all when {@code id} is null, with their lists: three queries in all. */
  private List<Contact> load(Connection c, Long id) throws SQLException {
    String where = id == null ? "" : " WHERE id = ?";
    String detailWhere = id == null ? "" : " WHERE contact_id = ?";
    List<ContactRow> rows = new ArrayList<>();
    Map<Long, Values> values = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM contacts" + where + " ORDER BY id")) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          // By position, in the order of COLUMNS: a name lookup per cell adds up over a whole network.
          ContactRow row = new ContactRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
              r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16),
              r.getBoolean(17), r.getBoolean(18));
          rows.add(row);
          values.put(row.id(), new Values());
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement select = c.prepareStatement("SELECT contact_id, field, value FROM contact_values"
        + detailWhere + " ORDER BY contact_id, field, seq")) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          values.get(r.getLong(1)).add(r.getString(2), r.getString(3));
        }
      }
    }
    try (PreparedStatement select = c.prepareStatement("SELECT contact_id, channel, handle FROM contact_channel_profiles"
        + detailWhere + " ORDER BY contact_id, seq")) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          values.get(r.getLong(1)).profiles.add(new ChannelProfile(r.getString(2), r.getString(3)));
        }
      }
    }
    ImmutableList.Builder<Contact> contacts = ImmutableList.builderWithExpectedSize(rows.size());
    for (ContactRow row : rows) {
      contacts.add(mapper.toContact(row, values.get(row.id()).details()));
    }
    return contacts.build();
  }

  /** One contact's multi-valued fields as they are read, each in its stored order. */
  private static final class Values {
    private final Map<String, List<String>> byField = new HashMap<>(8);
    private final List<ChannelProfile> profiles = new ArrayList<>(1);

    void add(String field, String value) {
      byField.computeIfAbsent(field, f -> new ArrayList<>(2)).add(value);
    }

    private List<String> list(String field) {
      return byField.getOrDefault(field, List.of());
    }

    private Set<String> set(String field) {
      return ImmutableSet.copyOf(list(field));
    }

    ContactDetails details() {
      return new ContactDetails(list("email"), list("phone"), set("tag"), set("interest"), set("goal"), set("offer"),
          profiles, set("watch"));
    }
  }

  @Override
  public List<ContactName> names() {
    return db.read(c -> {
      Map<Long, List<String>> emails = new HashMap<>();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT contact_id, value FROM contact_values WHERE field = 'email' ORDER BY contact_id, seq");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          emails.computeIfAbsent(r.getLong(1), id -> new ArrayList<>(1)).add(r.getString(2));
        }
      }
      List<ContactName> names = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT id, display_name FROM contacts ORDER BY id");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          names.add(new ContactName(new ContactId(id), r.getString(2), emails.getOrDefault(id, List.of())));
        }
      }
      return names;
    });
  }

  /** Reads each contact's packed relationship value: two cells a contact, where its columns and topics took twelve. */
  @Override
  public List<Relationship> relationships() {
    return db.read(c -> {
      List<Relationship> relationships = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(SELECT_RELATIONSHIPS + " ORDER BY id")) {
        readRelationships(select, relationships::add);
      }
      return relationships;
    });
  }

  /**
   * The named contacts a few hundred ids to a query, then those connected on a month-day of the
   * span, found by the last five characters of {@code connected_on} ({@code MM-DD}, whatever the
   * year's width).
   */
  @Override
  public List<Relationship> relationshipsFor(Set<ContactId> ids, MonthDaySpan span) {
    return db.read(c -> {
      Map<ContactId, Relationship> found = new TreeMap<>();
      List<Long> named = ids.stream().map(ContactId::value).sorted().toList();
      for (List<Long> chunk : Lists.partition(named, IDS_PER_QUERY)) {
        try (PreparedStatement select = c.prepareStatement(SELECT_RELATIONSHIPS + " WHERE id IN ("
            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setLong(i + 1, chunk.get(i));
          }
          readRelationships(select, r -> found.put(r.id(), r));
        }
      }
      if (!span.isEmpty()) {
        String monthDay = "substr(connected_on, length(connected_on) - 4)";
        String within = span.isWholeYear() ? "TRUE"
            : span.wraps() ? monthDay + " >= ? OR " + monthDay + " <= ?" : monthDay + " BETWEEN ? AND ?";
        try (PreparedStatement select = c.prepareStatement(SELECT_RELATIONSHIPS
            + " WHERE connected_on IS NOT NULL AND (" + within + " OR " + monthDay + " = '02-29' AND ?)")) {
          int next = 1;
          if (!span.isWholeYear()) {
            select.setString(next++, monthDay(span.first()));
            select.setString(next++, monthDay(span.last()));
          }
          select.setBoolean(next, span.holds(MonthDay.of(2, 29)));
          readRelationships(select, r -> found.put(r.id(), r));
        }
      }
      return List.copyOf(found.values());
    });
  }

  private static String monthDay(MonthDay day) {
    return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  private void readRelationships(PreparedStatement select, Consumer<Relationship> take) throws SQLException {
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        RelationshipRows.Packed packed = RelationshipRows.unpack(r.getLong(1), r.getBytes(2));
        take.accept(mapper.toRelationship(packed.row(), packed.interests(), packed.goals()));
      }
    }
  }

  @Override
  public int countUntriaged() {
    return db.read(c -> {
      try (PreparedStatement count = c.prepareStatement(
          "SELECT COUNT(*) FROM contacts WHERE untriaged = ? AND archived = ?")) {
        count.setBoolean(1, true);
        count.setBoolean(2, false);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Override
  public int countArchived() {
    return db.read(c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM contacts WHERE archived = ?")) {
        count.setBoolean(1, true);
        try (ResultSet r = count.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Override
  public boolean delete(ContactId id) {
    return db.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM contacts WHERE id = ?")) {
        delete.setLong(1, id.value());
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public void addNote(ContactId id, Note note) {
    NoteRow row = mapper.toRow(note);
    db.write(c -> {
      if (!exists(c, id)) {
        throw new ContactNotFoundException(id.toString());
      }
      PreparedStatement insert = db.prepare(c, INSERT_NOTE);
      insert.setLong(1, id.value());
      insert.setString(2, row.on());
      insert.setString(3, row.text());
      insert.executeUpdate();
      return null;
    });
  }

  /** Inserts the notes in JDBC batches; the notes' foreign key fails the write for a contact not stored. */
  @Override
  public void addNotes(Map<ContactId, List<Note>> notes) {
    if (notes.isEmpty()) {
      return;
    }
    db.write(c -> {
      PreparedStatement insert = db.prepare(c, INSERT_NOTE);
      int pending = 0;
      for (Map.Entry<ContactId, List<Note>> ofContact : notes.entrySet()) {
        for (Note note : ofContact.getValue()) {
          NoteRow row = mapper.toRow(note);
          insert.setLong(1, ofContact.getKey().value());
          insert.setString(2, row.on());
          insert.setString(3, row.text());
          insert.addBatch();
          pending = Sql.flushAt(insert, pending + 1, BATCH);
        }
      }
      Sql.flush(insert, pending);
      return null;
    });
  }

  private boolean exists(Connection c, ContactId id) throws SQLException {
    PreparedStatement select = db.prepare(c, "SELECT 1 FROM contacts WHERE id = ?");
    select.setLong(1, id.value());
    try (ResultSet r = select.executeQuery()) {
      return r.next();
    }
  }

  @Override
  public void eachNote(BiConsumer<? super ContactId, ? super Note> action) {
    db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT contact_id, on_day, body FROM notes ORDER BY contact_id, on_day, id")) {
        select.setFetchSize(JdbcTouches.STREAM_PAGE);
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            action.accept(new ContactId(r.getLong(1)), mapper.toNote(new NoteRow(r.getString(2), r.getString(3))));
          }
        }
      }
      return null;
    });
  }

  @Override
  public List<Note> notes(ContactId id) {
    return db.read(c -> {
      PreparedStatement select = db.prepare(c, "SELECT on_day, body FROM notes WHERE contact_id = ? ORDER BY on_day, id");
      select.setLong(1, id.value());
      List<Note> notes = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          notes.add(mapper.toNote(new NoteRow(r.getString(1), r.getString(2))));
        }
      }
      return notes;
    });
  }
}
