package com.transitionadvisor.storage;

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
 * ({@code checkins_sent}, keyed by user and ISO week, so a week can be claimed only once).
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

    /** True for exactly one caller per user and week. */
    public boolean claim(String userId, String week, Instant at) {
        return database.withConnection("claiming a check-in", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO checkins_sent (user_id, iso_week, sent_at) VALUES (?, ?, ?)")) {
                insert.setString(1, userId);
                insert.setString(2, week);
                Sql.setInstant(insert, 3, at);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    public void release(String userId, String week) {
        database.withConnection("releasing a check-in", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM checkins_sent WHERE user_id = ? AND iso_week = ?")) {
                delete.setString(1, userId);
                delete.setString(2, week);
                return delete.executeUpdate();
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
