package com.transitionadvisor.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words after {@code /transition plan}. Everything it cannot read is a {@link PlanInputException}
 * naming the problem with an example to copy.
 */
public final class PlanCommandParser {
    public static final String EXAMPLE = "/transition plan backend developer to cloud engineer part-time start next monday";

    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,3})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern PAIR = Pattern.compile(".+\\s(?:to|into|towards?|2)\\s.+");
    private static final Set<String> SHOW = Set.of("", "show", "mine", "my plan", "status", "progress", "view");
    private static final Set<String> OFF = Set.of("off", "stop", "none", "no", "disable", "cancel");
    private static final Set<String> CONFIRM = Set.of("confirm", "confirmed", "yes", "yes please", "now");

    private PlanCommandParser() {
    }

    public static PlanRequest parse(String arguments, LocalDate today) {
        String text = (arguments == null ? "" : arguments).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (SHOW.contains(text)) {
            return new PlanRequest.Show();
        }
        String[] split = text.split(" ", 2);
        String verb = split[0];
        String rest = split.length > 1 ? split[1].strip() : "";
        if (verb.equals("check") && (rest.equals("in") || rest.startsWith("in ") || rest.equals("ins") || rest.startsWith("ins "))) {
            return checkIns(rest.replaceFirst("^ins?\\s*", ""));
        }
        switch (verb) {
            case "help", "?" -> {
                return new PlanRequest.Help();
            }
            case "pace", "speed" -> {
                return new PlanRequest.ChangePace(PlanOptionsParser.parsePace(required(rest, "pace", "/transition plan pace 15 hours a week")));
            }
            case "start", "starts", "restart" -> {
                if (!PAIR.matcher(rest).matches()) {
                    return new PlanRequest.ChangeStart(PlanOptionsParser.parseDate(required(rest, "start", "/transition plan start next monday"), today));
                }
            }
            case "done", "tick", "check", "complete", "finished" -> {
                return new PlanRequest.Tick(number(rest, "done"), true);
            }
            case "undo", "untick", "uncheck", "undone", "reopen" -> {
                return new PlanRequest.Tick(number(rest, "undo"), false);
            }
            case "export", "download" -> {
                return new PlanRequest.Export(format(rest));
            }
            case "share" -> {
                if (rest.isEmpty() || rest.equals("here") || rest.equals("in channel") || rest.equals("in this channel")) {
                    return new PlanRequest.Share();
                }
                throw new PlanInputException("To share, type /transition plan share in the channel where your team should see it.");
            }
            case "unshare", "withdraw" -> {
                if (rest.isEmpty() || rest.equals("here") || rest.equals("everywhere") || rest.equals("all")) {
                    return new PlanRequest.Unshare();
                }
                throw new PlanInputException("To stop showing your plan in /transition team, type /transition plan unshare "
                        + "in that channel (or in a direct message with me, for every channel).");
            }
            case "follow" -> {
                boolean replace = rest.endsWith(" replace");
                String id = replace ? rest.substring(0, rest.length() - " replace".length()).strip() : rest;
                if (!id.matches("[a-z0-9-]{1,64}")) {
                    throw new PlanInputException("Follow a shared plan with the “Follow this plan” button under it in the channel.");
                }
                return new PlanRequest.Follow(id, replace);
            }
            case "check-in", "check-ins", "checkin", "checkins", "reminder", "reminders" -> {
                return checkIns(rest);
            }
            case "delete", "remove", "drop" -> {
                return new PlanRequest.Delete(CONFIRM.contains(rest));
            }
            case "replace", "new" -> {
                return create(rest, today, true);
            }
            default -> {
            }
        }
        return create(text, today, false);
    }

    private static PlanRequest create(String text, LocalDate today, boolean replace) {
        PlanOptionsParser.Request request = PlanOptionsParser.splitRequest(text, today);
        if (!PAIR.matcher(request.pair()).matches()) {
            throw new PlanInputException("I didn't understand “" + text + "”. Name both roles, e.g. " + EXAMPLE
                    + ", or see /transition plan help.");
        }
        return new PlanRequest.Create(request.pair(), request.options(), replace);
    }

    private static PlanRequest checkIns(String rest) {
        if (OFF.contains(rest)) {
            return new PlanRequest.StopCheckIns();
        }
        String example = "/transition plan check-in monday 9:00";
        String[] words = rest.replaceFirst("^(?:on|every)\\s+", "").split(" ");
        Optional<DayOfWeek> day = words[0].isEmpty() ? Optional.empty() : PlanOptionsParser.weekday(words[0]);
        if (day.isEmpty()) {
            throw new PlanInputException("Say which weekday and time you'd like your weekly check-in, e.g. " + example
                    + " (or /transition plan check-in off).");
        }
        int next = 1;
        if (next < words.length && words[next].equals("at")) {
            next++;
        }
        LocalTime time = LocalTime.of(9, 0);
        if (next < words.length) {
            String timeText = words[next];
            if (next + 1 < words.length && (words[next + 1].equals("am") || words[next + 1].equals("pm"))) {
                timeText += words[++next];
            }
            String shown = timeText;
            time = time(timeText).orElseThrow(() -> new PlanInputException("I couldn't read “" + shown
                    + "” as a time. Write it like 9:00, 17:30 or 5pm, e.g. " + example + "."));
            next++;
        }
        Optional<ZoneId> zone = Optional.empty();
        if (next < words.length) {
            String zoneText = words[next];
            zone = Optional.of(zone(zoneText).orElseThrow(() -> new PlanInputException("I don't know the time zone “" + zoneText
                    + "”. Use a name like Europe/London, America/New_York or UTC, e.g. " + example + " Europe/London.")));
            next++;
        }
        if (next < words.length) {
            throw new PlanInputException("I couldn't read the end of “" + rest + "”. For example: " + example + " Europe/London.");
        }
        return new PlanRequest.CheckIns(day.get(), time, zone);
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** A zone id typed in any case: {@code europe/london}, {@code UTC}. */
    public static Optional<ZoneId> zone(String text) {
        if (text.equalsIgnoreCase("utc") || text.equalsIgnoreCase("gmt") || text.equalsIgnoreCase("z")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(text)).findFirst().map(ZoneId::of);
    }

    private static String required(String rest, String verb, String example) {
        if (rest.isEmpty()) {
            throw new PlanInputException("“" + verb + "” needs a value, e.g. " + example + ".");
        }
        return rest;
    }

    private static int number(String rest, String verb) {
        Matcher m = NUMBER.matcher(rest);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new PlanInputException("Give the milestone's number, e.g. /transition plan " + verb + " 1"
                    + (rest.isEmpty() ? "." : " (I couldn't read “" + rest + "”)."));
        }
        return Integer.parseInt(m.group(1));
    }

    private static PlanOutcome.Format format(String rest) {
        return switch (rest) {
            case "", "markdown", "md", "text" -> PlanOutcome.Format.MARKDOWN;
            case "ical", "ics", "icalendar", "calendar", "cal" -> PlanOutcome.Format.ICALENDAR;
            default -> throw new PlanInputException("I can export a plan as markdown or ical, e.g. /transition plan export ical; “"
                    + rest + "” isn't one of those.");
        };
    }
}
