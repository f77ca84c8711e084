package com.transitionadvisor.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One directional transition guide, e.g. backend developer to cloud engineer. Optional parts are empty
 * lists or empty optionals; the app shows only what a guide has.
 */
public record Guide(
        String id,
        Role from,
        Role to,
        String summary,
        Optional<Overview> overview,
        List<TransferableSkill> transferableSkills,
        List<Gap> gaps,
        Timeline timeline,
        Optional<Interview> interview,
        Optional<Salary> salary,
        List<CareerPath> paths,
        List<Mistake> mistakes,
        List<FaqEntry> faq,
        List<ExtraNote> notes,
        String sourceFile,
        Freshness freshness) {

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(timeline, "timeline");
        transferableSkills = List.copyOf(transferableSkills);
        gaps = List.copyOf(gaps);
        paths = List.copyOf(paths);
        mistakes = List.copyOf(mistakes);
        faq = List.copyOf(faq);
        notes = List.copyOf(notes);
        Objects.requireNonNull(freshness, "freshness");
    }

    /** A guide that does not say who looks after it or when it was last reviewed. */
    public Guide(String id, Role from, Role to, String summary, Optional<Overview> overview,
                 List<TransferableSkill> transferableSkills, List<Gap> gaps, Timeline timeline,
                 Optional<Interview> interview, Optional<Salary> salary, List<CareerPath> paths, List<Mistake> mistakes,
                 List<FaqEntry> faq, List<ExtraNote> notes, String sourceFile) {
        this(id, from, to, summary, overview, transferableSkills, gaps, timeline, interview, salary, paths, mistakes,
                faq, notes, sourceFile, Freshness.UNKNOWN);
    }

    /**
     * The id's hash: consistent with the generated {@code equals} (equal guides have equal ids), and it keeps sets of
     * guides fast; the generated hash code walked every section of the guide each time.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public static String idFor(Role from, Role to) {
        return from.id() + "-to-" + to.id();
    }

    /** "Backend Developer → Cloud Engineer". */
    public String title() {
        return from.name() + " → " + to.name();
    }

    public GuideEntry entry() {
        return GuideEntry.of(this);
    }

    public boolean has(Section section) {
        return switch (section) {
            case OVERVIEW, GAPS, TIMELINE -> true;
            case SKILLS -> !transferableSkills.isEmpty() || hasNotes(section);
            case INTERVIEW -> interview.isPresent();
            case SALARY -> salary.isPresent();
            case PATHS -> !paths.isEmpty();
            case MISTAKES -> !mistakes.isEmpty();
            case FAQ -> !faq.isEmpty();
        };
    }

    public List<Section> sections() {
        return java.util.Arrays.stream(Section.values()).filter(this::has).toList();
    }

    public List<ExtraNote> notesFor(Section section) {
        return notes.stream().filter(n -> n.section() == section).toList();
    }

    private boolean hasNotes(Section section) {
        return notes.stream().anyMatch(n -> n.section() == section);
    }

    public record Overview(Optional<String> why, Optional<String> realism, Optional<DayToDay> dayToDay,
                           List<String> keyPoints) {
        public Overview {
            keyPoints = List.copyOf(keyPoints);
        }
    }

    public record DayToDay(String before, String after) {
    }

    public record TransferableSkill(String skill, Optional<String> becomes, Optional<Difficulty> difficulty,
                                    Optional<String> note) {
    }

    /**
     * @param phase the timeline phase that works on this gap, as its 0-based position, when the guide names one
     *              (the {@code phase} field); study plans put the gap on that milestone
     */
    public record Gap(String name, String why, String how, Optional<Integer> phase) {
        public Gap {
            Objects.requireNonNull(name, "name");
            phase = phase == null ? Optional.empty() : phase; // guides stored before the field existed
        }

        public Gap(String name, String why, String how) {
            this(name, why, how, Optional.empty());
        }

        public Gap inPhase(int position) {
            return new Gap(name, why, how, Optional.of(position));
        }
    }

    public record Timeline(String summary, Optional<MonthRange> partTime, Optional<MonthRange> fullTime,
                           List<Phase> phases) {
        public Timeline {
            phases = List.copyOf(phases);
        }
    }

    public record MonthRange(int min, int max) {
        public MonthRange {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("month range must be 1 <= min <= max, was " + min + ".." + max);
            }
        }
    }

    public record Phase(String when, Optional<MonthRange> months, String title, List<String> items) {
        public Phase {
            items = List.copyOf(items);
        }
    }

    public record Interview(List<String> questions, List<String> tips, Optional<String> example) {
        public Interview {
            questions = List.copyOf(questions);
            tips = List.copyOf(tips);
        }
    }

    public record Salary(Optional<String> region, List<SalaryFigure> figures, Optional<String> note) {
        public Salary {
            figures = List.copyOf(figures);
        }
    }

    public record SalaryFigure(String role, String level, String range) {
    }

    /** A role the move can lead to; {@code startHere} marks the roles the guide recommends aiming for first. */
    public record CareerPath(String name, String description, Optional<String> fit, boolean startHere) {
    }

    public record Mistake(String title, String detail, Optional<String> fix) {
    }

    public record FaqEntry(String question, String answer) {
    }

    public record ExtraNote(Section section, String title, String text) {
    }

    /**
     * Who looks after a guide and when they last checked it is still right.
     *
     * @param owner    a person or team, e.g. "Career coaching team"
     * @param reviewed the day it was last reviewed
     */
    public record Freshness(Optional<String> owner, Optional<java.time.LocalDate> reviewed) {
        public static final Freshness UNKNOWN = new Freshness(Optional.empty(), Optional.empty());

        /** Whether it was last reviewed more than {@code months} months before {@code today}; false when unknown. */
        public boolean staleOn(java.time.LocalDate today, int months) {
            return reviewed.map(day -> day.plusMonths(months).isBefore(today)).orElse(false);
        }
    }
}
