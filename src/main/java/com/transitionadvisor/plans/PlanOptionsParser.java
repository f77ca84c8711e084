package com.transitionadvisor.plans;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the options of a plan request, {@code [part-time|full-time|<N> hours a week] [start <date>]}, in either
 * order. Dates may be ISO ({@code 2027-03-01}), {@code today}, {@code tomorrow}, {@code next monday},
 * {@code monday}, {@code next week}, {@code next month}, {@code in 2 weeks}, {@code 1 March 2027},
 * {@code March 1, 2027}, {@code 1 March} (the next one) or {@code 15/03/2027} when the day makes the order
 * unambiguous. Anything else is refused with a {@link PlanInputException} that quotes the input and gives an
 * example.
 */
public final class PlanOptionsParser {
    /** Plans can start at most this far before or after today. */
    static final int MAX_YEARS_AWAY = 2;

    public static final String PACE_EXAMPLES = "part-time, full-time, or a number of hours such as “15 hours a week”";
    public static final String DATE_EXAMPLES = "2027-03-01, today, next monday or 1 March 2027";

    private static final Pattern PART_TIME = Pattern.compile("part[- ]?time|pt");
    private static final Pattern FULL_TIME = Pattern.compile("full[- ]?time|ft");
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,4}(?:[.,]\\d+)?)\\s*(?:hours?|hrs?|h)(?:\\s*(?:a|an|per|each|every)?\\s*(?:/\\s*)?(?:week|wk|w)|\\s+weekly)?");
    private static final Pattern FRACTIONAL_HOURS = Pattern.compile("(?:^|\\s)(\\d{1,4}[.,]\\d+)\\s*(?:hours?|hrs?|h)\\b");
    private static final Pattern PACE_IN_SENTENCE = Pattern.compile(
            "(?:^|\\s)(" + PART_TIME.pattern().replace("|pt", "") + "|" + FULL_TIME.pattern().replace("|ft", "") + "|" + HOURS.pattern() + ")(?=\\s|$|\\.)");
    private static final Pattern PACE_AT_END = Pattern.compile(
            "(?:^|\\s)(" + PART_TIME.pattern() + "|" + FULL_TIME.pattern() + "|" + HOURS.pattern() + ")$");
    private static final Pattern START = Pattern.compile("(?:^|\\s)(?:start(?:s|ing)?|beginning)(?:\\s+(?:on|from|at))?(?:\\s+|$)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern IN_N = Pattern.compile("in\\s+(\\d{1,3}|a|an|one|two|three|four)\\s+(days?|weeks?|months?)");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+([a-z]+)\\.?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?\\s+(\\d{4})");
    private static final Set<String> PACE_WORDS = Set.of("time", "hour", "hours", "hr", "hrs", "h", "week", "weeks",
            "weekly", "wk", "a", "an", "per", "each", "every", "day", "days", "daily", "month", "months", "fortnight",
            "part", "full", "half", "pace", "/", "/week", "/wk");

    private PlanOptionsParser() {
    }

    /** A plan request split into the pair of roles (as typed) and its options. */
    public record Request(String pair, PlanOptions options) {
    }

    /**
     * Splits {@code <from> to <to> [pace] [start <date>]}; the pair is returned as typed, for the role matcher.
     *
     * @throws PlanInputException when a pace or date is there but cannot be read
     */
    public static Request splitRequest(String text, LocalDate today) {
        String normalized = normalize(text);
        String head = normalized;
        String dateText = null;
        Matcher start = START.matcher(normalized);
        if (start.find()) {
            head = normalized.substring(0, start.start()).strip();
            dateText = normalized.substring(start.end()).strip();
        }
        Optional<Pace> pace = Optional.empty();
        if (dateText != null) {
            Matcher tailPace = PACE_AT_END.matcher(dateText);
            if (tailPace.find()) {
                pace = Optional.of(parsePace(tailPace.group(1)));
                dateText = dateText.substring(0, tailPace.start()).strip();
            }
        }
        Matcher headPace = PACE_AT_END.matcher(head);
        if (headPace.find()) {
            if (pace.isPresent()) {
                throw new PlanInputException("You gave two paces, “" + headPace.group(1).strip() + "” and “"
                        + pace.get().label() + "”. Give one, e.g. /transition plan backend developer to cloud engineer part-time.");
            }
            pace = Optional.of(parsePace(headPace.group(1)));
            head = head.substring(0, headPace.start()).strip();
        } else {
            rejectPaceAttempt(head);
        }
        Optional<LocalDate> date = Optional.empty();
        if (dateText != null) {
            if (dateText.isEmpty()) {
                throw new PlanInputException("“start” needs a date after it, e.g. start " + example(today) + ". You can write " + DATE_EXAMPLES + ".");
            }
            date = Optional.of(parseDate(dateText, today));
        }
        return new Request(head, new PlanOptions(pace, date));
    }

    /** Reads {@code [pace] [start <date>]} on its own (a start date may also be given without the word start). */
    public static PlanOptions parseOptions(String text, LocalDate today) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return PlanOptions.defaults();
        }
        Request request = splitRequest(normalized, today);
        if (request.pair().isEmpty()) {
            return request.options();
        }
        if (request.options().start().isEmpty()) {
            return new PlanOptions(request.options().pace(), Optional.of(parseDate(request.pair(), today)));
        }
        throw new PlanInputException("I couldn't read “" + request.pair() + "”. Give a pace and a start date, e.g. “full-time start "
                + example(today) + "”.");
    }

    /** @throws PlanInputException with an example when {@code text} is not a pace */
    public static Pace parsePace(String text) {
        String t = normalize(text);
        if (PART_TIME.matcher(t).matches()) {
            return Pace.partTime();
        }
        if (FULL_TIME.matcher(t).matches()) {
            return Pace.fullTime();
        }
        Matcher hours = HOURS.matcher(t);
        if (hours.matches()) {
            double value = Double.parseDouble(hours.group(1).replace(',', '.'));
            long rounded = Math.round(value);
            if (rounded < Pace.MIN_HOURS) {
                throw new PlanInputException("A plan needs at least 1 hour a week; “" + text.strip()
                        + "” is less. For example: 5 hours a week.");
            }
            if (rounded > Pace.MAX_HOURS) {
                throw new PlanInputException("“" + text.strip() + "” is more than the " + Pace.MAX_HOURS
                        + " hours a week I can plan for. For full-time study say full-time (about " + Pace.FULL_TIME_HOURS
                        + " hours a week).");
            }
            return Pace.hours((int) rounded);
        }
        throw new PlanInputException("I couldn't read “" + text.strip() + "” as a pace. Say " + PACE_EXAMPLES + ".");
    }

    /**
     * The pace and start date in a sentence ("make me a study plan, 5 hours a week, starting next monday"), as
     * the options of {@code /transition plan} ("5 hours a week start next monday"); empty when it has neither.
     * Only unmistakable paces count here (part-time, full-time, a number of hours), and a start only when the
     * words after "start" read as a date.
     */
    public static String optionsIn(String sentence, LocalDate today) {
        String text = normalize(sentence).replaceAll("[,;:!?()]", " ").replaceAll("\\s+", " ");
        List<String> options = new ArrayList<>();
        Matcher pace = PACE_IN_SENTENCE.matcher(text);
        if (pace.find()) {
            options.add(pace.group(1).strip());
        }
        Matcher start = START.matcher(text);
        if (start.find()) {
            String[] after = text.substring(start.end()).strip().split(" ");
            for (int n = Math.min(after.length, 5); n >= 1; n--) {
                String date = String.join(" ", Arrays.copyOfRange(after, 0, n)).replaceAll("[.]+$", "");
                try {
                    if (readDate(date, today).isPresent()) {
                        options.add("start " + date);
                        break;
                    }
                } catch (PlanInputException e) {
                    // "start 31 february": not a date; the plan starts today
                }
            }
        }
        return String.join(" ", options);
    }

    /**
     * What to tell someone whose pace had a fraction of an hour ("2.5 hours a week"): plans count whole hours a
     * week, so it was rounded. Empty when there is no such pace in {@code text}.
     */
    public static Optional<String> roundedHours(String text) {
        Matcher hours = FRACTIONAL_HOURS.matcher(normalize(text));
        while (hours.find()) {
            double value = Double.parseDouble(hours.group(1).replace(',', '.'));
            long rounded = Math.round(value);
            if (rounded != value && rounded >= Pace.MIN_HOURS && rounded <= Pace.MAX_HOURS) {
                return Optional.of("Plans count whole hours, so I rounded " + hours.group(1) + " hours a week to "
                        + Pace.hours((int) rounded).label() + ".");
            }
        }
        return Optional.empty();
    }

    /** @throws PlanInputException with an example when {@code text} is not a date I can read */
    public static LocalDate parseDate(String text, LocalDate today) {
        String t = normalize(text).replaceAll("^(?:on|from)\\s+", "");
        LocalDate date = readDate(t, today).orElseThrow(() -> new PlanInputException("I couldn't read “" + text.strip()
                + "” as a date. Write it like " + DATE_EXAMPLES + "."));
        if (date.isBefore(today.minusYears(MAX_YEARS_AWAY)) || date.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            throw new PlanInputException(format(date) + " is more than " + MAX_YEARS_AWAY
                    + " years from today; pick a start date closer to now, e.g. " + example(today) + ".");
        }
        return date;
    }

    private static Optional<LocalDate> readDate(String t, LocalDate today) {
        switch (t) {
            case "today", "now", "right away", "immediately" -> {
                return Optional.of(today);
            }
            case "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            case "next week" -> {
                return Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
            }
            case "next month" -> {
                return Optional.of(today.with(TemporalAdjusters.firstDayOfNextMonth()));
            }
            default -> {
            }
        }
        String[] words = t.split(" ");
        if (words.length <= 2) {
            String last = words[words.length - 1];
            Optional<DayOfWeek> day = dayOfWeek(last);
            if (day.isPresent()) {
                if (words.length == 1 || words[0].equals("this") || words[0].equals("on")) {
                    return Optional.of(today.with(TemporalAdjusters.nextOrSame(day.get())));
                }
                if (words[0].equals("next")) {
                    return Optional.of(today.with(TemporalAdjusters.next(day.get())));
                }
            }
        }
        Matcher in = IN_N.matcher(t);
        if (in.matches()) {
            int n = number(in.group(1));
            String unit = in.group(2);
            return Optional.of(unit.startsWith("day") ? today.plusDays(n) : unit.startsWith("week") ? today.plusWeeks(n) : today.plusMonths(n));
        }
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return Optional.of(date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), t));
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            if (a <= 12 && b <= 12 && a != b) {
                throw new PlanInputException("“" + t + "” could be " + format(date(year, b, a, t)) + " or " + format(date(year, a, b, t))
                        + ". Write it as " + year + "-" + two(b) + "-" + two(a) + " or " + a + " " + monthName(b) + " " + year + ".");
            }
            return Optional.of(a > 12 ? date(year, b, a, t) : date(year, a, b, t));
        }
        Matcher dayMonth = DAY_MONTH.matcher(t);
        if (dayMonth.matches()) {
            Optional<Month> month = month(dayMonth.group(2));
            if (month.isPresent()) {
                return Optional.of(withYear(Integer.parseInt(dayMonth.group(1)), month.get(), dayMonth.group(3), today, t));
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(t);
        if (monthDay.matches()) {
            Optional<Month> month = month(monthDay.group(1));
            if (month.isPresent()) {
                return Optional.of(withYear(Integer.parseInt(monthDay.group(2)), month.get(), monthDay.group(3), today, t));
            }
        }
        Matcher monthYear = MONTH_YEAR.matcher(t);
        if (monthYear.matches()) {
            Optional<Month> month = month(monthYear.group(1));
            if (month.isPresent()) {
                return Optional.of(LocalDate.of(Integer.parseInt(monthYear.group(2)), month.get(), 1));
            }
        }
        try {
            return Optional.of(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate withYear(int day, Month month, String year, LocalDate today, String text) {
        if (year != null) {
            return date(Integer.parseInt(year), month.getValue(), day, text);
        }
        LocalDate thisYear = date(today.getYear(), month.getValue(), Math.min(day, 31), text);
        return thisYear.isBefore(today) ? date(today.getYear() + 1, month.getValue(), day, text) : thisYear;
    }

    private static LocalDate date(int year, int month, int day, String text) {
        if (month < 1 || month > 12) {
            throw new PlanInputException("“" + text + "” has no month " + month + ". Write dates like " + DATE_EXAMPLES + ".");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new PlanInputException(monthName(month) + " " + year + " has no day " + day + " (“" + text
                    + "”). Write dates like " + DATE_EXAMPLES + ".");
        }
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        return Arrays.stream(Month.values())
                .filter(m -> {
                    String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                    return full.equals(w) || (full.startsWith(w) && w.length() >= 3 && (w.length() == 3 || w.equals("sept")));
                })
                .findFirst();
    }

    private static Optional<DayOfWeek> dayOfWeek(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> {
                    String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                    return full.equals(w) || full.equals(w + "day") || (w.length() >= 3 && full.startsWith(w) && w.length() <= 4);
                })
                .findFirst();
    }

    /** Reads a weekday name such as {@code monday} or {@code mon}, for check-in schedules. */
    public static Optional<DayOfWeek> weekday(String word) {
        return dayOfWeek(normalize(word).replaceAll("s$", ""));
    }

    private static int number(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(word);
        };
    }

    /**
     * Trailing words that look like a pace but are not one ("half-time", "15 hours a day") are refused here
     * rather than left to be misread as part of a role's name.
     */
    private static void rejectPaceAttempt(String head) {
        List<String> words = new ArrayList<>(Arrays.asList(head.split(" ")));
        int from = words.size();
        boolean strong = false;
        while (from > 0) {
            String word = words.get(from - 1);
            boolean digit = word.chars().anyMatch(Character::isDigit);
            boolean timeWord = word.endsWith("time") || word.startsWith("hour") || word.startsWith("week");
            if (!(digit || timeWord || PACE_WORDS.contains(word))) {
                break;
            }
            strong |= digit || timeWord;
            from--;
        }
        if (strong && from > 0) {
            String attempt = String.join(" ", words.subList(from, words.size()));
            throw new PlanInputException("I couldn't read “" + attempt + "” as a pace. Say " + PACE_EXAMPLES
                    + ", e.g. /transition plan backend developer to cloud engineer 15 hours a week.");
        }
    }

    private static String normalize(String text) {
        return (text == null ? "" : text).strip().replaceAll("[\\s\\p{Z}]+", " ").replaceAll("[.!?;]+$", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String example(LocalDate today) {
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString();
    }
}
