package com.transitionadvisor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.plans.Milestone;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.StudyPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans and their dated milestones ({@code study_plans}, {@code plan_milestones}), read together with their
 * progress. A user has at most one plan: the unique key on {@code user_id} holds that even across app instances.
 */
public final class PlanRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT p.id, p.user_id, p.guide_id, p.guide_title, p.pace, p.start_date, p.estimate, p.followed_share_id,
                   p.created_at, m.milestone_index, m.phase_label, m.title, m.items, m.gaps,
                   m.start_date AS milestone_start, m.due_date AS milestone_due
            FROM study_plans p LEFT JOIN plan_milestones m ON m.plan_id = p.id
            """;
    private static final int IN_LIST_CHUNK = 500;

    private final Database database;
    private final ObjectMapper json = new ObjectMapper();

    public PlanRepository(Database database) {
        this.database = database;
    }

    public Optional<StudyPlan> findByUser(String userId) {
        return database.withConnection("reading a plan", c -> load(c, "p.user_id = ?", List.of(userId)).stream().findFirst());
    }

    public Optional<StudyPlan> findById(String planId) {
        return database.withConnection("reading a plan", c -> load(c, "p.id = ?", List.of(planId)).stream().findFirst());
    }

    public Map<String, StudyPlan> findByUsers(Collection<String> userIds) {
        Map<String, StudyPlan> plans = new LinkedHashMap<>();
        for (List<String> chunk : chunks(userIds)) {
            database.withConnection("reading plans", c -> load(c, "p.user_id IN (" + Sql.placeholders(chunk.size()) + ")", chunk))
                    .forEach(plan -> plans.put(plan.userId(), plan));
        }
        return plans;
    }

    /** Plans made by following any of these shares. */
    public List<StudyPlan> findFollowing(Collection<String> shareIds) {
        List<StudyPlan> plans = new ArrayList<>();
        for (List<String> chunk : chunks(shareIds)) {
            plans.addAll(database.withConnection("reading followers' plans",
                    c -> load(c, "p.followed_share_id IN (" + Sql.placeholders(chunk.size()) + ")", chunk)));
        }
        plans.sort(java.util.Comparator.comparing(StudyPlan::createdAt));
        return plans;
    }

    /** False, with nothing saved, when the user already has a plan. */
    public boolean insert(StudyPlan plan) {
        try {
            return database.inTransaction("saving a plan", c -> {
                insert(c, plan);
                return true;
            });
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && Sql.isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes the user's plan, if any, and saves {@code plan} in its place, in one transaction. When another
     * instance saves a plan for the same user at the same moment, the later transaction retries once.
     */
    public void replace(StudyPlan plan) {
        for (int attempt = 1; ; attempt++) {
            try {
                database.inTransaction("replacing a plan", c -> {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM study_plans WHERE user_id = ?")) {
                        delete.setString(1, plan.userId());
                        delete.executeUpdate();
                    }
                    insert(c, plan);
                    return null;
                });
                return;
            } catch (StorageException e) {
                boolean conflict = e.getCause() instanceof SQLException sql && Sql.isUniqueViolation(sql);
                if (!conflict || attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** New pace, start and milestone dates; progress rows are untouched. False when the plan is gone. */
    public boolean reschedule(String planId, Pace pace, LocalDate start, boolean estimate, List<Milestone> milestones, Instant at) {
        return database.inTransaction("rescheduling a plan", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE study_plans SET pace = ?, start_date = ?, estimate = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, pace.key());
                Sql.setDate(update, 2, start);
                update.setBoolean(3, estimate);
                Sql.setInstant(update, 4, at);
                update.setString(5, planId);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM plan_milestones WHERE plan_id = ?")) {
                delete.setString(1, planId);
                delete.executeUpdate();
            }
            insertMilestones(c, planId, milestones);
            return true;
        });
    }

    public boolean deleteByUser(String userId) {
        return database.withConnection("deleting a plan", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM study_plans WHERE user_id = ?")) {
                delete.setString(1, userId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private void insert(Connection c, StudyPlan plan) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO study_plans (id, user_id, guide_id, guide_title, pace, start_date, estimate, followed_share_id,
                                         created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, plan.id());
            insert.setString(2, plan.userId());
            insert.setString(3, plan.guideId());
            insert.setString(4, plan.guideTitle());
            insert.setString(5, plan.pace().key());
            Sql.setDate(insert, 6, plan.startDate());
            insert.setBoolean(7, plan.estimate());
            insert.setString(8, plan.followedShareId().orElse(null));
            Sql.setInstant(insert, 9, plan.createdAt());
            Sql.setInstant(insert, 10, plan.createdAt());
            insert.executeUpdate();
        }
        insertMilestones(c, plan.id(), plan.milestones());
        for (int position : plan.done()) {
            ProgressRepository.insert(c, plan.id(), position, true, plan.createdAt());
        }
    }

    private void insertMilestones(Connection c, String planId, List<Milestone> milestones) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO plan_milestones (plan_id, milestone_index, phase_label, title, items, gaps, start_date, due_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Milestone m : milestones) {
                insert.setString(1, planId);
                insert.setInt(2, m.position());
                insert.setString(3, m.phaseLabel());
                insert.setString(4, m.title());
                insert.setString(5, toJson(m.items()));
                insert.setString(6, toJson(m.gaps()));
                Sql.setDate(insert, 7, m.startDate());
                Sql.setDate(insert, 8, m.dueDate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<StudyPlan> load(Connection c, String where, List<String> parameters) throws SQLException {
        Map<String, PlanRow> rows = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE " + where + " ORDER BY p.created_at, p.id, m.milestone_index")) {
            Sql.bindAll(select, 1, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    PlanRow row = rows.get(id);
                    if (row == null) {
                        row = new PlanRow(id, rs.getString("user_id"), rs.getString("guide_id"), rs.getString("guide_title"),
                                Pace.fromKey(rs.getString("pace")), Sql.date(rs, "start_date"), rs.getBoolean("estimate"),
                                Optional.ofNullable(rs.getString("followed_share_id")), Sql.instant(rs, "created_at"), new ArrayList<>());
                        rows.put(id, row);
                    }
                    int index = rs.getInt("milestone_index");
                    if (!rs.wasNull()) {
                        row.milestones().add(new Milestone(index, rs.getString("phase_label"), rs.getString("title"),
                                fromJson(rs.getString("items")), fromJson(rs.getString("gaps")),
                                Sql.date(rs, "milestone_start"), Sql.date(rs, "milestone_due")));
                    }
                }
            }
        }
        Map<String, Set<Integer>> done = ProgressRepository.doneFor(c, rows.keySet());
        return rows.values().stream().map(r -> new StudyPlan(r.id(), r.userId(), r.guideId(), r.guideTitle(), r.pace(), r.start(),
                r.estimate(), r.followedShareId(), r.createdAt(), r.milestones(), done.getOrDefault(r.id(), Set.of()))).toList();
    }

    private record PlanRow(String id, String userId, String guideId, String guideTitle, Pace pace, LocalDate start,
                           boolean estimate, Optional<String> followedShareId, Instant createdAt, List<Milestone> milestones) {
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings did not serialise", e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored milestone has malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)));
        }
        return chunks;
    }
}
