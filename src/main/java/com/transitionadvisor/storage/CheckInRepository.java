package com.transitionadvisor.storage;

import com.transitionadvisor.plans.CheckInClaim;
import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.ZoneSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Weekly check-in schedules ({@code checkin_schedules}, with where each zone came from) and which weeks' check-ins were sent
 * ({@code checkins_sent}, keyed by user and ISO week, so a week is held by one copy at a time and sent at most once:
 * see {@link CheckInClaim}).
 */
public final class CheckInRepository {
    private static final String COLUMNS = "user_id, day_of_week, minute_of_day, zone_id, zone_source";

    private final Database database;

    public CheckInRepository(Database database) {
        this.database = database;
    }

    /** Saves or replaces the user's schedule. */
    public void save(CheckInSchedule schedule, Instant at) {
        database.withConnection("saving a check-in schedule", c -> {
            if (update(c, schedule, at)) {
                return null;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO checkin_schedules (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, schedule.userId());
                insert.setInt(2, schedule.day().getValue());
                insert.setInt(3, schedule.time().toSecondOfDay() / 60);
                insert.setString(4, schedule.zone().getId());
                insert.setString(5, schedule.zoneSource().name());
                Sql.setInstant(insert, 6, at);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
                update(c, schedule, at);
            }
            return null;
        });
    }

    public boolean delete(String userId) {
        return database.withConnection("deleting a check-in schedule", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM checkin_schedules WHERE user_id = ?")) {
                delete.setString(1, userId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    public Optional<CheckInSchedule> find(String userId) {
        return database.withConnection("reading a check-in schedule", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM checkin_schedules WHERE user_id = ?")) {
                select.setString(1, userId);
                return read(select).stream().findFirst();
            }
        });
    }

    public List<CheckInSchedule> all() {
        return database.withConnection("reading check-in schedules", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM checkin_schedules ORDER BY user_id")) {
                return read(select);
            }
        });
    }

    /**
     * One statement decides each step, so two copies racing for a check-in never both hold it: a new row, or the
     * take-over of a {@code CLAIMED} row whose lease ran out, or the settling of a {@code POSTING} row whose lease ran out.
     */
    public CheckInClaim.Result claim(CheckInClaim claim, Instant now, Instant leaseUntil) {
        return database.withConnection("claiming a check-in", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO checkins_sent (user_id, iso_week, sent_at, "
                    + "state, holder, lease_until) VALUES (?, ?, ?, 'CLAIMED', ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, claim.userId());
                insert.setString(2, claim.week());
                Sql.setInstant(insert, 3, now);
                insert.setString(4, claim.holder());
                Sql.setInstant(insert, 5, leaseUntil);
                if (insert.executeUpdate() > 0) {
                    return CheckInClaim.Result.CLAIMED;
                }
            }
            try (PreparedStatement takeOver = c.prepareStatement("UPDATE checkins_sent SET holder = ?, sent_at = ?, "
                    + "lease_until = ? WHERE user_id = ? AND iso_week = ? AND state = 'CLAIMED' AND lease_until < ?")) {
                takeOver.setString(1, claim.holder());
                Sql.setInstant(takeOver, 2, now);
                Sql.setInstant(takeOver, 3, leaseUntil);
                takeOver.setString(4, claim.userId());
                takeOver.setString(5, claim.week());
                Sql.setInstant(takeOver, 6, now);
                if (takeOver.executeUpdate() > 0) {
                    return CheckInClaim.Result.CLAIMED;
                }
            }
            try (PreparedStatement abandon = c.prepareStatement("UPDATE checkins_sent SET state = 'UNKNOWN', sent_at = ? "
                    + "WHERE user_id = ? AND iso_week = ? AND state = 'POSTING' AND lease_until < ?")) {
                Sql.setInstant(abandon, 1, now);
                abandon.setString(2, claim.userId());
                abandon.setString(3, claim.week());
                Sql.setInstant(abandon, 4, now);
                return abandon.executeUpdate() > 0 ? CheckInClaim.Result.ABANDONED : CheckInClaim.Result.TAKEN;
            }
        });
    }

    /** {@code CLAIMED} to {@code POSTING}, only by the claim's holder and only while its lease lasts. */
    public boolean startPosting(CheckInClaim claim, Instant now, Instant leaseUntil) {
        return database.withConnection("starting to post a check-in", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE checkins_sent SET state = 'POSTING', "
                    + "lease_until = ? WHERE user_id = ? AND iso_week = ? AND holder = ? AND state = 'CLAIMED' "
                    + "AND lease_until >= ?")) {
                Sql.setInstant(update, 1, leaseUntil);
                update.setString(2, claim.userId());
                update.setString(3, claim.week());
                update.setString(4, claim.holder());
                Sql.setInstant(update, 5, now);
                return update.executeUpdate() > 0;
            }
        });
    }

    /** The post's outcome, recorded by the holder. */
    public void finish(CheckInClaim claim, CheckInClaim.Outcome outcome, Instant at) {
        database.withConnection("recording a check-in", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE checkins_sent SET state = ?, sent_at = ? "
                    + "WHERE user_id = ? AND iso_week = ? AND holder = ?")) {
                update.setString(1, outcome.name());
                Sql.setInstant(update, 2, at);
                update.setString(3, claim.userId());
                update.setString(4, claim.week());
                update.setString(5, claim.holder());
                return update.executeUpdate();
            }
        });
    }

    /** Deletes the holder's claim, so that a later run claims the week again. */
    public void release(CheckInClaim claim) {
        database.withConnection("releasing a check-in", c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM checkins_sent WHERE user_id = ? AND iso_week = ? AND holder = ?")) {
                delete.setString(1, claim.userId());
                delete.setString(2, claim.week());
                delete.setString(3, claim.holder());
                return delete.executeUpdate();
            }
        });
    }

    /** The state of a week's check-in ({@code CLAIMED}, {@code POSTING}, {@code SENT}, …), for tests and support. */
    public Optional<String> state(String userId, String week) {
        return database.withConnection("reading a check-in", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT state FROM checkins_sent WHERE user_id = ? AND iso_week = ?")) {
                select.setString(1, userId);
                select.setString(2, week);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString("state")) : Optional.<String>empty();
                }
            }
        });
    }

    private static boolean update(Connection c, CheckInSchedule schedule, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE checkin_schedules SET day_of_week = ?, minute_of_day = ?, zone_id = ?, zone_source = ?, updated_at = ? "
                        + "WHERE user_id = ?")) {
            update.setInt(1, schedule.day().getValue());
            update.setInt(2, schedule.time().toSecondOfDay() / 60);
            update.setString(3, schedule.zone().getId());
            update.setString(4, schedule.zoneSource().name());
            Sql.setInstant(update, 5, at);
            update.setString(6, schedule.userId());
            return update.executeUpdate() > 0;
        }
    }

    private static List<CheckInSchedule> read(PreparedStatement select) throws SQLException {
        List<CheckInSchedule> schedules = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                schedules.add(new CheckInSchedule(rs.getString("user_id"), DayOfWeek.of(rs.getInt("day_of_week")),
                        LocalTime.ofSecondOfDay(rs.getInt("minute_of_day") * 60L), ZoneId.of(rs.getString("zone_id")),
                        ZoneSource.parse(rs.getString("zone_source"))));
            }
        }
        return schedules;
    }
}
