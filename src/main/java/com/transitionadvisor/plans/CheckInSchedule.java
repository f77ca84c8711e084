package com.transitionadvisor.plans;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's weekly check-in: a direct message on {@code day} at {@code time} in {@code zone}.
 *
 * @param zoneSource where {@code zone} came from: typed, the person's profile, or the default and why
 */
public record CheckInSchedule(String userId, DayOfWeek day, LocalTime time, ZoneId zone, ZoneSource zoneSource) {
    public CheckInSchedule {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(zoneSource, "zoneSource");
        time = time.withSecond(0).withNano(0);
    }

    /** A schedule in a zone the person typed. */
    public CheckInSchedule(String userId, DayOfWeek day, LocalTime time, ZoneId zone) {
        this(userId, day, time, zone, ZoneSource.TYPED);
    }

    /** The ISO week {@code now} falls in, in this schedule's zone, e.g. {@code 2027-W09}. */
    public String week(Instant now) {
        return weekKey(now.atZone(zone));
    }

    /** This week's check-in time, in the schedule's zone. */
    public ZonedDateTime dueThisWeek(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day))
                .with(time);
    }

    /** The week whose check-in is due at {@code now}: empty before this week's day and time has come. */
    public Optional<String> dueWeek(Instant now) {
        return now.isBefore(dueThisWeek(now).toInstant()) ? Optional.empty() : Optional.of(week(now));
    }

    static String weekKey(ZonedDateTime time) {
        int year = time.get(IsoFields.WEEK_BASED_YEAR);
        int week = time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year + "-W" + (week < 10 ? "0" + week : Integer.toString(week));
    }
}
