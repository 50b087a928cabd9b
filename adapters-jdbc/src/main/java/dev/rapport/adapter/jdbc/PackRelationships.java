package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.RelationshipRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5: each contact gets its packed relationship value ({@link RelationshipRows}),
 * built here from its columns and topics. In Java because SQL cannot write the packed layout; in
 * one transaction with the new column, so a store is never left half packed.
 */
final class PackRelationships implements JavaMigration {

  static final MigrationVersion VERSION = MigrationVersion.fromVersion("5");

  private final Dialect dialect;

  PackRelationships(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public MigrationVersion getVersion() {
    return VERSION;
  }

  @Override
  public String getDescription() {
    return "relationship packed";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement alter = c.createStatement()) {
      alter.executeUpdate("ALTER TABLE contacts ADD COLUMN relationship " + dialect.placeholders().get("blob"));
    }
    Map<Long, List<String>> interests = topics(c, "interest");
    Map<Long, List<String>> goals = topics(c, "goal");
    try (PreparedStatement select = c.prepareStatement("SELECT id, display_name, tier, cadence, connected_on, "
            + "snoozed_until, archived FROM contacts");
        ResultSet r = select.executeQuery();
        PreparedStatement update = c.prepareStatement("UPDATE contacts SET relationship = ? WHERE id = ?")) {
      while (r.next()) {
        RelationshipRow row = new RelationshipRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getBoolean(7));
        update.setBytes(1, RelationshipRows.pack(row, interests.getOrDefault(row.id(), List.of()),
            goals.getOrDefault(row.id(), List.of())));
        update.setLong(2, row.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** Every contact's values of one field, in their stored order. */
  private static Map<Long, List<String>> topics(Connection c, String field) throws SQLException {
    Map<Long, List<String>> byContact = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(
        "SELECT contact_id, value FROM contact_values WHERE field = ? ORDER BY contact_id, seq")) {
      select.setString(1, field);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          byContact.computeIfAbsent(r.getLong(1), id -> new ArrayList<>(2)).add(r.getString(2));
        }
      }
    }
    return byContact;
  }
}
