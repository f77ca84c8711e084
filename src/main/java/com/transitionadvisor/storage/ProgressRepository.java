package com.transitionadvisor.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which milestones are ticked off ({@code milestone_progress}): one row per plan and milestone, written with
 * an update-or-insert of that row alone. Two app instances ticking different milestones of the same plan touch
 * different rows and both ticks are kept; ticking the same milestone twice is idempotent, last write wins.
 */
public final class ProgressRepository {
    private final Database database;

    public ProgressRepository(Database database) {
        this.database = database;
    }

    /** Ticks or unticks a milestone; false when the plan no longer exists. */
    public boolean setDone(String planId, int position, boolean done, Instant at) {
        return database.withConnection("saving progress", c -> {
            if (update(c, planId, position, done, at)) {
                return true;
            }
            try {
                insert(c, planId, position, done, at);
                return true;
            } catch (SQLException e) {
                if (Sql.isForeignKeyViolation(e)) {
                    return false;
                }
                if (Sql.isUniqueViolation(e)) {
                    // Another instance inserted the row between our update and insert: update it now.
                    return update(c, planId, position, done, at);
                }
                throw e;
            }
        });
    }

    public Set<Integer> doneFor(String planId) {
        return database.withConnection("reading progress", c -> doneFor(c, List.of(planId)).getOrDefault(planId, Set.of()));
    }

    static Map<String, Set<Integer>> doneFor(Connection c, Collection<String> planIds) throws SQLException {
        Map<String, Set<Integer>> done = new HashMap<>();
        for (List<String> chunk : PlanRepository.chunks(planIds)) {
            try (PreparedStatement select = c.prepareStatement("SELECT plan_id, milestone_index FROM milestone_progress "
                    + "WHERE done = TRUE AND plan_id IN (" + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bindAll(select, 1, chunk);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        done.computeIfAbsent(rs.getString("plan_id"), k -> new TreeSet<>()).add(rs.getInt("milestone_index"));
                    }
                }
            }
        }
        return done;
    }

    private static boolean update(Connection c, String planId, int position, boolean done, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE milestone_progress SET done = ?, changed_at = ? WHERE plan_id = ? AND milestone_index = ?")) {
            update.setBoolean(1, done);
            Sql.setInstant(update, 2, at);
            update.setString(3, planId);
            update.setInt(4, position);
            return update.executeUpdate() > 0;
        }
    }

    static void insert(Connection c, String planId, int position, boolean done, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO milestone_progress (plan_id, milestone_index, done, changed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, planId);
            insert.setInt(2, position);
            insert.setBoolean(3, done);
            Sql.setInstant(insert, 4, at);
            insert.executeUpdate();
        }
    }
}
