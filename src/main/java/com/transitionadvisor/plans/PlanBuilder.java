package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.Guide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a guide's timeline into dated milestones.
 *
 * <h2>The scale, and the assumptions behind it</h2>
 * <ul>
 *   <li>Part-time means about {@value Pace#PART_TIME_HOURS} hours a week and full-time about
 *       {@value Pace#FULL_TIME_HOURS} ({@link Pace}); a guide's {@code part_time_months} and
 *       {@code full_time_months} are read as the time those two paces take.</li>
 *   <li>Plans use the <em>upper</em> end of each range, so target dates are reachable rather than
 *       optimistic; anyone ahead of schedule simply ticks milestones off early.</li>
 *   <li>Between the two anchors the duration is interpolated linearly in 1/hours (time is roughly inversely
 *       proportional to effort); beyond an anchor, or when a guide gives only one range, the total number of
 *       study hours of the nearest anchor is kept. A guide with no range at all is taken as
 *       {@value #DEFAULT_PART_TIME_MONTHS} months part-time, or its last phase month part-time.</li>
 *   <li>Any plan not read straight off the guide's range (a number of hours, or a pace the guide gives no
 *       range for) is flagged as an {@linkplain PlanSchedule#estimate() estimate}.</li>
 * </ul>
 *
 * <h2>Milestones</h2>
 * Each phase of the timeline becomes a milestone. Phases with month numbers keep their proportions (months
 * 1–2 of a six-month timeline end a third of the way through the plan); phases without month numbers are
 * spread evenly over the total. Each gap of the guide is mapped to the phase that works on it: the phase the
 * gap names (its {@code phase} field), else the phase whose months the gap's text names ("months 5–6"), else the
 * phase sharing the most words with the gap's name, else the first phase.
 *
 * <p>A milestone's label is the guide's own words for its phase, unless those give month numbers that the
 * plan's dates do not keep (a guide's "Months 3–4" in a plan that takes twice as long): then it names the
 * plan's months, with the guide's in brackets, so the label never contradicts the dates beside it.
 */
public final class PlanBuilder {
    static final int DEFAULT_PART_TIME_MONTHS = 6;
    private static final double DAYS_PER_MONTH = 365.2425 / 12;
    private static final Pattern MONTH_MENTION = Pattern.compile("(?i)\\bmonths?\\s+(\\d{1,2})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "your", "from", "into", "that",
            "this", "what", "have", "more", "than", "them", "their", "proper", "properly", "deep", "depth", "real");

    /** The dates a plan gets for a guide, a start and a pace. */
    public record PlanSchedule(List<Milestone> milestones, double months, boolean estimate) {
        public PlanSchedule {
            milestones = List.copyOf(milestones);
        }

        public LocalDate endDate() {
            return milestones.get(milestones.size() - 1).dueDate();
        }
    }

    public PlanSchedule build(Guide guide, LocalDate start, Pace pace) {
        Duration duration = duration(guide.timeline(), pace);
        List<Guide.Phase> phases = guide.timeline().phases();
        List<Milestone> milestones = new ArrayList<>();
        if (phases.isEmpty()) {
            List<String> gapNames = guide.gaps().stream().map(Guide.Gap::name).toList();
            milestones.add(new Milestone(0, "The whole plan", "Close the gaps for " + guide.to().name(),
                    List.of(), gapNames, start, dateAt(start, duration.months())));
            return new PlanSchedule(milestones, duration.months(), duration.estimate());
        }
        double[][] spans = spans(phases);
        List<List<String>> gaps = mapGaps(phases, guide.gaps());
        for (int i = 0; i < phases.size(); i++) {
            Guide.Phase phase = phases.get(i);
            LocalDate from = dateAt(start, spans[i][0] * duration.months());
            LocalDate due = dateAt(start, spans[i][1] * duration.months());
            milestones.add(new Milestone(i, label(phase, spans[i], duration.months()), phase.title(), phase.items(),
                    gaps.get(i), from, due.isBefore(from) ? from : due));
        }
        return new PlanSchedule(milestones, duration.months(), duration.estimate());
    }

    /** How long the whole plan takes at {@code pace}, in months, and whether that is an estimate. */
    record Duration(double months, boolean estimate) {
    }

    static Duration duration(Guide.Timeline timeline, Pace pace) {
        Optional<Integer> partTime = timeline.partTime().map(Guide.MonthRange::max);
        Optional<Integer> fullTime = timeline.fullTime().map(Guide.MonthRange::max);
        double hours = pace.hoursPerWeek();
        if (pace.kind() == Pace.Kind.PART_TIME && partTime.isPresent()) {
            return new Duration(partTime.get(), false);
        }
        if (pace.kind() == Pace.Kind.FULL_TIME && fullTime.isPresent()) {
            return new Duration(fullTime.get(), false);
        }
        if (partTime.isPresent() && fullTime.isPresent() && partTime.get() > fullTime.get()) {
            double p = partTime.get();
            double f = fullTime.get();
            if (hours <= Pace.PART_TIME_HOURS) {
                return new Duration(p * Pace.PART_TIME_HOURS / hours, true);
            }
            if (hours >= Pace.FULL_TIME_HOURS) {
                return new Duration(f * Pace.FULL_TIME_HOURS / hours, true);
            }
            double t = (1.0 / Pace.PART_TIME_HOURS - 1.0 / hours) / (1.0 / Pace.PART_TIME_HOURS - 1.0 / Pace.FULL_TIME_HOURS);
            return new Duration(p + t * (f - p), true);
        }
        if (partTime.isPresent()) {
            return new Duration(partTime.get() * (double) Pace.PART_TIME_HOURS / hours, true);
        }
        if (fullTime.isPresent()) {
            return new Duration(fullTime.get() * (double) Pace.FULL_TIME_HOURS / hours, true);
        }
        int lastMonth = timeline.phases().stream().flatMap(p -> p.months().stream()).mapToInt(Guide.MonthRange::max)
                .max().orElse(DEFAULT_PART_TIME_MONTHS);
        return new Duration(lastMonth * (double) Pace.PART_TIME_HOURS / hours, true);
    }

    /**
     * The phase's label beside its dates: the guide's words, or, when the guide numbers months the plan does not
     * keep, the plan's months ("Months 5–8 of your plan (the guide's months 3–4)").
     */
    static String label(Guide.Phase phase, double[] span, double totalMonths) {
        if (phase.months().isEmpty()) {
            return phase.when();
        }
        int first = (int) Math.floor(span[0] * totalMonths + 1e-6) + 1;
        int last = Math.max(first, (int) Math.ceil(span[1] * totalMonths - 1e-6));
        Guide.MonthRange guide = phase.months().get();
        if (guide.min() == first && guide.max() == last) {
            return phase.when();
        }
        return months(first, last) + " of your plan (the guide's " + months(guide.min(), guide.max()).toLowerCase(Locale.ROOT) + ")";
    }

    private static String months(int first, int last) {
        return first == last ? "Month " + first : "Months " + first + "–" + last;
    }

    /** Each phase's [start, end] as fractions of the whole plan. */
    private static double[][] spans(List<Guide.Phase> phases) {
        int n = phases.size();
        double[][] spans = new double[n][2];
        boolean numbered = phases.stream().allMatch(p -> p.months().isPresent());
        int last = numbered ? phases.stream().mapToInt(p -> p.months().get().max()).max().orElse(1) : n;
        for (int i = 0; i < n; i++) {
            if (numbered) {
                Guide.MonthRange months = phases.get(i).months().get();
                spans[i][0] = (months.min() - 1) / (double) last;
                spans[i][1] = months.max() / (double) last;
            } else {
                spans[i][0] = i / (double) n;
                spans[i][1] = (i + 1) / (double) n;
            }
        }
        return spans;
    }

    /** The gap names each phase works on, in gap order. */
    static List<List<String>> mapGaps(List<Guide.Phase> phases, List<Guide.Gap> gaps) {
        List<List<String>> mapped = new ArrayList<>();
        phases.forEach(p -> mapped.add(new ArrayList<>()));
        for (Guide.Gap gap : gaps) {
            int phase = gap.phase().filter(named -> named < phases.size())
                    .or(() -> phaseNamedByMonth(phases, gap))
                    .orElseGet(() -> phaseSharingWords(phases, gap).orElse(0));
            mapped.get(phase).add(gap.name());
        }
        return mapped.stream().map(List::copyOf).toList();
    }

    private static Optional<Integer> phaseNamedByMonth(List<Guide.Phase> phases, Guide.Gap gap) {
        Matcher mention = MONTH_MENTION.matcher(gap.how() + "\n" + gap.why());
        while (mention.find()) {
            int month = Integer.parseInt(mention.group(1));
            for (int i = 0; i < phases.size(); i++) {
                Optional<Guide.MonthRange> months = phases.get(i).months();
                if (months.isPresent() && months.get().min() <= month && month <= months.get().max()) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> phaseSharingWords(List<Guide.Phase> phases, Guide.Gap gap) {
        Set<String> gapWords = stems(gap.name());
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < phases.size(); i++) {
            Guide.Phase phase = phases.get(i);
            Set<String> phaseWords = stems(phase.title() + " " + String.join(" ", phase.items()));
            int score = (int) gapWords.stream().filter(phaseWords::contains).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (word.length() >= 4 && !STOP_WORDS.contains(word)) {
                stems.add(word.length() > 6 ? word.substring(0, 6) : word);
            }
        }
        return stems;
    }

    /** {@code months} after {@code start}: whole calendar months, then the fraction as days. */
    static LocalDate dateAt(LocalDate start, double months) {
        long whole = (long) Math.floor(months + 1e-9);
        double fraction = Math.max(0, months - whole);
        return start.plusMonths(whole).plusDays(Math.round(fraction * DAYS_PER_MONTH));
    }
}
