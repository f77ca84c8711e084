package com.transitionadvisor.plans;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much time a person gives their study plan each week: part-time, full-time, or a number of hours.
 * Part-time and full-time are the two paces guides give ranges for; their hour figures are the one assumption
 * the plan scale rests on (see {@link PlanBuilder}).
 */
public record Pace(Kind kind, int hoursPerWeek) {
    /** Part-time study next to a job is taken as about 10 hours a week. */
    public static final int PART_TIME_HOURS = 10;
    /** Full-time study is taken as about 40 hours a week. */
    public static final int FULL_TIME_HOURS = 40;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 80;

    private static final Pattern HOURS_KEY = Pattern.compile("(\\d{1,2})h");

    public enum Kind { PART_TIME, FULL_TIME, HOURS }

    public Pace {
        Objects.requireNonNull(kind, "kind");
        if (hoursPerWeek < MIN_HOURS || hoursPerWeek > MAX_HOURS) {
            throw new IllegalArgumentException("hours a week must be " + MIN_HOURS + " to " + MAX_HOURS + ", was " + hoursPerWeek);
        }
        if (kind == Kind.PART_TIME && hoursPerWeek != PART_TIME_HOURS || kind == Kind.FULL_TIME && hoursPerWeek != FULL_TIME_HOURS) {
            throw new IllegalArgumentException(kind + " is " + (kind == Kind.PART_TIME ? PART_TIME_HOURS : FULL_TIME_HOURS)
                    + " hours a week, was " + hoursPerWeek);
        }
    }

    public static Pace partTime() {
        return new Pace(Kind.PART_TIME, PART_TIME_HOURS);
    }

    public static Pace fullTime() {
        return new Pace(Kind.FULL_TIME, FULL_TIME_HOURS);
    }

    public static Pace hours(int hoursPerWeek) {
        return new Pace(Kind.HOURS, hoursPerWeek);
    }

    /** The stored and button form: {@code part-time}, {@code full-time} or {@code 15h}. */
    public String key() {
        return switch (kind) {
            case PART_TIME -> "part-time";
            case FULL_TIME -> "full-time";
            case HOURS -> hoursPerWeek + "h";
        };
    }

    /** @throws IllegalArgumentException when {@code key} is not a form {@link #key()} produces */
    public static Pace fromKey(String key) {
        if ("part-time".equals(key)) {
            return partTime();
        }
        if ("full-time".equals(key)) {
            return fullTime();
        }
        Matcher hours = HOURS_KEY.matcher(key == null ? "" : key);
        if (hours.matches()) {
            return hours(Integer.parseInt(hours.group(1)));
        }
        throw new IllegalArgumentException("not a pace key: " + key);
    }

    /** "part-time", "full-time" or "15 hours a week". */
    public String label() {
        return switch (kind) {
            case PART_TIME -> "part-time";
            case FULL_TIME -> "full-time";
            case HOURS -> hoursPerWeek + (hoursPerWeek == 1 ? " hour a week" : " hours a week");
        };
    }

    /** "part-time (about 10 hours a week)". */
    public String description() {
        return switch (kind) {
            case PART_TIME, FULL_TIME -> label() + " (about " + hoursPerWeek + " hours a week)";
            case HOURS -> label();
        };
    }

    /** What to type to get this pace again, e.g. {@code 15 hours a week}. */
    public String commandText() {
        return label();
    }
}
