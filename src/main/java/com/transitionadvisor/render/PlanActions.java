package com.transitionadvisor.render;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan buttons, checkboxes and date pickers: their action ids, in one place, and the values they carry.
 * Values are slash-separated ids, numbers, pace keys and ISO dates, never user text; {@code parse…} methods
 * read them back and give empty for anything malformed (an old or forged payload).
 */
public final class PlanActions {
    /**
     * "Make my plan" on a guide: value = the guide target it was on ({@code guide id/section/page}, as
     * {@link UiAction#guideTarget} reads it), so it leads to a guide like every other guide button.
     */
    public static final String MAKE = "plan_make";
    /** Confirmed "Replace my plan": value = guide id / pace key / start date. */
    public static final String REPLACE = "plan_replace";
    /** "Keep my current plan": value = "". */
    public static final String KEEP = "plan_keep";
    /** "Follow this plan" under a shared plan: value = share id. */
    public static final String FOLLOW = "plan_follow";
    /** Confirmed "Replace my plan" to follow a shared one: value = share id. */
    public static final String FOLLOW_REPLACE = "plan_follow_replace";
    /** A group of milestone checkboxes: value = plan id / first position / published ticks (e.g. 0110). */
    public static final String TICK = "plan_tick";
    /** "Done" on one milestone (check-in messages): value = plan id / position. */
    public static final String DONE = "plan_done";
    /** Change pace: value = pace key. */
    public static final String PACE = "plan_pace";
    /** Start date picker: value = plan id. */
    public static final String START = "plan_start";
    /** Share the plan in the channel: value = plan id. */
    public static final String SHARE = "plan_share";
    /** Export: value = markdown | icalendar. */
    public static final String EXPORT = "plan_export";
    /** Confirmed "Delete my plan": value = plan id. */
    public static final String DELETE = "plan_delete";
    /** Weekly check-ins: value = weekday/HH:MM to turn on, or "off". */
    public static final String CHECK_INS = "plan_checkins";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern TICK_VALUE = Pattern.compile("([A-Za-z0-9-]{1,64})/(\\d{1,4})/([01]{1,10})");
    private static final Pattern DONE_VALUE = Pattern.compile("([A-Za-z0-9-]{1,64})/(\\d{1,4})");
    private static final Pattern REPLACE_VALUE = Pattern.compile("([a-z0-9-]{1,200})/(part-time|full-time|\\d{1,2}h)/(\\d{4}-\\d{2}-\\d{2})");

    private PlanActions() {
    }

    public static UiAction make(String guideId) {
        return new UiAction(MAKE, guideId + "/overview/0");
    }

    /** The guide id of a "Make my plan" value. */
    public static Optional<String> parseMake(String value) {
        return UiAction.guideTarget(value).map(UiAction.GuideTarget::guideId);
    }

    public static UiAction replace(String guideId, String paceKey, LocalDate start) {
        return new UiAction(REPLACE, guideId + "/" + paceKey + "/" + start);
    }

    public static UiAction keep() {
        return new UiAction(KEEP, "keep");
    }

    public static UiAction follow(String shareId) {
        return new UiAction(FOLLOW, shareId);
    }

    public static UiAction followReplace(String shareId) {
        return new UiAction(FOLLOW_REPLACE, shareId);
    }

    /** @param published the ticks as shown, one character per option: 1 ticked, 0 not */
    public static UiAction tick(String planId, int first, String published) {
        return new UiAction(TICK, planId + "/" + first + "/" + published);
    }

    public static UiAction done(String planId, int position) {
        return new UiAction(DONE, planId + "/" + position);
    }

    public static UiAction pace(String paceKey) {
        return new UiAction(PACE, paceKey);
    }

    public static UiAction start(String planId) {
        return new UiAction(START, planId);
    }

    public static UiAction share(String planId) {
        return new UiAction(SHARE, planId);
    }

    public static UiAction export(String format) {
        return new UiAction(EXPORT, format);
    }

    public static UiAction delete(String planId) {
        return new UiAction(DELETE, planId);
    }

    public static UiAction checkIns(String value) {
        return new UiAction(CHECK_INS, value);
    }

    /** A checkbox group as it was shown. */
    public record TickGroup(String planId, int first, BitSet published, int size) {
        public boolean wasTicked(int position) {
            return published.get(position - first);
        }

        /**
         * The boxes the person changed since the view was published, given the options ticked now: only those
         * are written, so a tick made elsewhere meanwhile (a check-in button, another device) is not undone.
         */
        public java.util.Map<Integer, Boolean> changes(java.util.Set<Integer> tickedNow) {
            java.util.Map<Integer, Boolean> changes = new java.util.LinkedHashMap<>();
            for (int position = first; position < first + size; position++) {
                boolean now = tickedNow.contains(position);
                if (now != wasTicked(position)) {
                    changes.put(position, now);
                }
            }
            return changes;
        }
    }

    public record MilestoneRef(String planId, int position) {
    }

    public record Replacement(String guideId, String paceKey, LocalDate start) {
    }

    /** The group from an element's action id, {@code plan_tick#<plan>/<first>/<ticks>}. */
    public static Optional<TickGroup> parseTick(String actionId) {
        String prefix = TICK + "#";
        if (actionId == null || !actionId.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = TICK_VALUE.matcher(actionId.substring(prefix.length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String bits = m.group(3);
        BitSet published = new BitSet(bits.length());
        for (int i = 0; i < bits.length(); i++) {
            published.set(i, bits.charAt(i) == '1');
        }
        return Optional.of(new TickGroup(m.group(1), Integer.parseInt(m.group(2)), published, bits.length()));
    }

    public static Optional<MilestoneRef> parseDone(String value) {
        Matcher m = DONE_VALUE.matcher(value == null ? "" : value);
        return m.matches() ? Optional.of(new MilestoneRef(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public static Optional<Replacement> parseReplace(String value) {
        Matcher m = REPLACE_VALUE.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Replacement(m.group(1), m.group(2), LocalDate.parse(m.group(3))));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A plan or share id from a value or from {@code id#value}. */
    public static Optional<String> parseId(String value) {
        String v = value == null ? "" : value.contains("#") ? value.substring(value.indexOf('#') + 1) : value;
        return ID.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
