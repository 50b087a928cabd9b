package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.ChannelRow;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.port.out.ChannelRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Channels in {@code channels}, keyed by their lower-cased name. */
final class JdbcChannels implements ChannelRepository {

  private static final String SELECT = "SELECT name, kind, joined_on, status, trial_ends, minutes_per_week FROM channels";

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcChannels(Database db) {
    this.db = db;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public void save(Channel channel) {
    ChannelRow row = mapper.toRow(channel);
    db.write(c -> {
      try (PreparedStatement upsert = c.prepareStatement("INSERT INTO channels "
          + "(name_key, name, kind, joined_on, status, trial_ends, minutes_per_week) VALUES (?, ?, ?, ?, ?, ?, ?) "
          + "ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
          + "joined_on = excluded.joined_on, status = excluded.status, trial_ends = excluded.trial_ends, "
          + "minutes_per_week = excluded.minutes_per_week")) {
        upsert.setString(1, key(row.name()));
        upsert.setString(2, row.name());
        upsert.setString(3, row.kind());
        upsert.setString(4, row.joinedOn());
        upsert.setString(5, row.status());
        Sql.text(upsert, 6, row.trialEnds());
        upsert.setInt(7, row.minutesPerWeek());
        upsert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<Channel> find(String name) {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE name_key = ?")) {
        select.setString(1, key(name));
        return read(select).stream().findFirst();
      }
    });
  }

  @Override
  public List<Channel> findAll() {
    return db.read(c -> {
      try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY name_key, name")) {
        return read(select);
      }
    });
  }

  private List<Channel> read(PreparedStatement select) throws SQLException {
    List<Channel> channels = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        channels.add(mapper.toChannel(new ChannelRow(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getInt(6))));
      }
    }
    return channels;
  }

  @Override
  public boolean delete(String name) {
    return db.write(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM channels WHERE name_key = ?")) {
        delete.setString(1, key(name));
        return delete.executeUpdate() > 0;
      }
    });
  }
}
