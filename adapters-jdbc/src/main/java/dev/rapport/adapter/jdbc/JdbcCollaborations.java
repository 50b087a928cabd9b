package dev.rapport.adapter.jdbc;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import dev.rapport.adapter.jdbc.Rows.CollaborationRow;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.port.out.CollaborationRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collaborations in {@code collaborations}, with whom in {@code collaboration_contacts}. */
final class JdbcCollaborations implements CollaborationRepository {

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcCollaborations(Database db) {
    this.db = db;
  }

  @Override
  public void add(Collaboration collaboration) {
    CollaborationRow row = mapper.toRow(collaboration);
    db.write(c -> {
      long id;
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO collaborations (title, on_day, channel) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, row.title());
        insert.setString(2, row.on());
        Sql.text(insert, 3, row.channel());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO collaboration_contacts (collaboration_id, seq, contact_id) VALUES (?, ?, ?)")) {
        int seq = 0;
        for (ContactId contact : collaboration.contacts()) {
          insert.setLong(1, id);
          insert.setInt(2, seq++);
          insert.setLong(3, contact.value());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  @Override
  public List<Collaboration> findAll() {
    return db.read(c -> {
      Map<Long, CollaborationRow> rows = new LinkedHashMap<>();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT id, title, on_day, channel FROM collaborations ORDER BY on_day, title, id");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.put(r.getLong(1), new CollaborationRow(r.getString(2), r.getString(3), r.getString(4)));
        }
      }
      ListMultimap<Long, ContactId> contacts = MultimapBuilder.hashKeys().arrayListValues().build();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT collaboration_id, contact_id FROM collaboration_contacts ORDER BY collaboration_id, seq");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          contacts.put(r.getLong(1), new ContactId(r.getLong(2)));
        }
      }
      List<Collaboration> collaborations = new ArrayList<>(rows.size());
      rows.forEach((id, row) -> collaborations.add(mapper.toCollaboration(row, ImmutableSet.copyOf(contacts.get(id)))));
      return collaborations;
    });
  }

  @Override
  public int removeContact(ContactId contact) {
    return db.write(c -> {
      int changed;
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM collaboration_contacts WHERE contact_id = ?")) {
        delete.setLong(1, contact.value());
        changed = delete.executeUpdate();
      }
      if (changed > 0) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM collaborations WHERE NOT EXISTS "
            + "(SELECT 1 FROM collaboration_contacts cc WHERE cc.collaboration_id = collaborations.id)")) {
          delete.executeUpdate();
        }
      }
      return changed;
    });
  }
}
