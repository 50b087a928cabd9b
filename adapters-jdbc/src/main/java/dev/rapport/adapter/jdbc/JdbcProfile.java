package dev.rapport.adapter.jdbc;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import dev.rapport.adapter.jdbc.Rows.GoalRow;
import dev.rapport.adapter.jdbc.Rows.ProfileRow;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.out.OwnerProfileRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The owner's profile: one row of {@code owner_profile}, with its goals. */
final class JdbcProfile implements OwnerProfileRepository {

  private final Database db;
  private final RowMapper mapper = RowMapper.INSTANCE;

  JdbcProfile(Database db) {
    this.db = db;
  }

  @Override
  public Optional<OwnerProfile> load() {
    return db.read(c -> {
      ProfileRow row;
      try (PreparedStatement select = c.prepareStatement("SELECT zone, weekly_budget_minutes, style, max_sites, "
          + "max_groups, min_outreach_per_month FROM owner_profile WHERE id = 1");
          ResultSet r = select.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        row = new ProfileRow(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6));
      }
      Map<Integer, GoalRow> goals = new TreeMap<>();
      try (PreparedStatement select = c.prepareStatement("SELECT seq, kind, value, wanted FROM owner_goals");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          goals.put(r.getInt(1), new GoalRow(r.getString(2), r.getString(3), r.getInt(4)));
        }
      }
      ListMultimap<Integer, String> aliases = MultimapBuilder.hashKeys().arrayListValues().build();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT goal_seq, alias FROM owner_goal_aliases ORDER BY goal_seq, seq");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          aliases.put(r.getInt(1), r.getString(2));
        }
      }
      List<Goal> list = new ArrayList<>(goals.size());
      goals.forEach((seq, goal) -> list.add(mapper.toGoal(goal, ImmutableSet.copyOf(aliases.get(seq)))));
      List<String> emails = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT address FROM owner_emails ORDER BY seq");
          ResultSet r = select.executeQuery()) {
        while (r.next()) {
          emails.add(r.getString(1));
        }
      }
      return Optional.of(mapper.toProfile(row, list, emails));
    });
  }

  @Override
  public void save(OwnerProfile profile) {
    ProfileRow row = mapper.toRow(profile);
    db.write(c -> {
      try (PreparedStatement upsert = c.prepareStatement("INSERT INTO owner_profile (id, zone, weekly_budget_minutes, "
          + "style, max_sites, max_groups, min_outreach_per_month) VALUES (1, ?, ?, ?, ?, ?, ?) "
          + "ON CONFLICT (id) DO UPDATE SET zone = excluded.zone, "
          + "weekly_budget_minutes = excluded.weekly_budget_minutes, style = excluded.style, "
          + "max_sites = excluded.max_sites, max_groups = excluded.max_groups, "
          + "min_outreach_per_month = excluded.min_outreach_per_month")) {
        upsert.setString(1, row.zone());
        upsert.setInt(2, row.weeklyBudgetMinutes());
        upsert.setString(3, row.style());
        upsert.setInt(4, row.maxSites());
        upsert.setInt(5, row.maxGroups());
        upsert.setInt(6, row.minOutreachPerMonth());
        upsert.executeUpdate();
      }
      try (Statement delete = c.createStatement()) {
        delete.executeUpdate("DELETE FROM owner_goal_aliases");
        delete.executeUpdate("DELETE FROM owner_goals");
        delete.executeUpdate("DELETE FROM owner_emails");
      }
      try (PreparedStatement emails = c.prepareStatement("INSERT INTO owner_emails (seq, address) VALUES (?, ?)")) {
        int seq = 0;
        for (String address : profile.emails()) {
          emails.setInt(1, seq++);
          emails.setString(2, address);
          emails.addBatch();
        }
        emails.executeBatch();
      }
      try (PreparedStatement goals = c.prepareStatement(
              "INSERT INTO owner_goals (seq, kind, value, wanted) VALUES (?, ?, ?, ?)");
          PreparedStatement aliases = c.prepareStatement(
              "INSERT INTO owner_goal_aliases (goal_seq, seq, alias) VALUES (?, ?, ?)")) {
        int seq = 0;
        for (Goal goal : profile.goals()) {
          GoalRow goalRow = mapper.toRow(goal);
          goals.setInt(1, seq);
          goals.setString(2, goalRow.kind());
          goals.setString(3, goalRow.value());
          goals.setInt(4, goalRow.wanted());
          goals.addBatch();
          int aliasSeq = 0;
          for (String alias : goal.aliases()) {
            aliases.setInt(1, seq);
            aliases.setInt(2, aliasSeq++);
            aliases.setString(3, alias);
            aliases.addBatch();
          }
          seq++;
        }
        goals.executeBatch();
        aliases.executeBatch();
      }
      return null;
    });
  }
}
