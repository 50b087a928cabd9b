package dev.rapport.adapter.jdbc;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import dev.rapport.adapter.jdbc.Rows.ResourceRow;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.port.out.ResourceRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resources in {@code resources}, their topics in {@code resource_topics}. */
final class JdbcResources implements ResourceRepository {

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcResources(Database db) {
    this.db = db;
  }

  @Override
  public ResourceId nextId() {
    return db.write(c -> new ResourceId(Sql.next(db, c, "resource")));
  }

  @Override
  public void save(Resource resource) {
    ResourceRow row = mapper.toRow(resource);
    db.write(c -> {
      try (PreparedStatement upsert = c.prepareStatement("INSERT INTO resources (id, title, link, found_on) "
          + "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, link = excluded.link, "
          + "found_on = excluded.found_on")) {
        upsert.setLong(1, row.id());
        upsert.setString(2, row.title());
        Sql.text(upsert, 3, row.link());
        upsert.setString(4, row.foundOn());
        upsert.executeUpdate();
      }
      Sql.claim(db, c, "resource", row.id());
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM resource_topics WHERE resource_id = ?")) {
        delete.setLong(1, row.id());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO resource_topics (resource_id, seq, topic) VALUES (?, ?, ?)")) {
        int seq = 0;
        for (String topic : resource.topics()) {
          insert.setLong(1, row.id());
          insert.setInt(2, seq++);
          insert.setString(3, topic);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  @Override
  public Optional<Resource> find(ResourceId id) {
    return db.read(c -> load(c, id.value()).stream().findFirst());
  }

  @Override
  public List<Resource> findAll() {
    return db.read(c -> load(c, null));
  }

  private List<Resource> load(Connection c, Long id) throws SQLException {
    List<ResourceRow> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT id, title, link, found_on FROM resources"
        + (id == null ? "" : " WHERE id = ?") + " ORDER BY id")) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new ResourceRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    ListMultimap<Long, String> topics = MultimapBuilder.hashKeys().arrayListValues().build();
    try (PreparedStatement select = c.prepareStatement("SELECT resource_id, topic FROM resource_topics"
        + (id == null ? "" : " WHERE resource_id = ?") + " ORDER BY resource_id, seq")) {
      if (id != null) {
        select.setLong(1, id);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          topics.put(r.getLong(1), r.getString(2));
        }
      }
    }
    List<Resource> resources = new ArrayList<>(rows.size());
    for (ResourceRow row : rows) {
      resources.add(mapper.toResource(row, ImmutableSet.copyOf(topics.get(row.id()))));
    }
    return resources;
  }
}
