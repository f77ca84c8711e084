package com.transitionadvisor.knowledge.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of passage a guide is cut into, which topics tag by name in {@code topics.yml} ("gaps.item"). */
public enum PassageKind {
    OVERVIEW_SUMMARY("overview.summary"),
    OVERVIEW_WHY("overview.why"),
    OVERVIEW_REALISM("overview.realism"),
    OVERVIEW_DAY_TO_DAY("overview.day_to_day"),
    OVERVIEW_KEY_POINTS("overview.key_points"),
    SKILLS_ITEM("skills.item"),
    GAPS_ITEM("gaps.item"),
    TIMELINE_SUMMARY("timeline.summary"),
    TIMELINE_PHASE("timeline.phase"),
    INTERVIEW_QUESTIONS("interview.questions"),
    INTERVIEW_TIP("interview.tip"),
    INTERVIEW_EXAMPLE("interview.example"),
    SALARY_FIGURES("salary.figures"),
    SALARY_NOTE("salary.note"),
    PATHS_ITEM("paths.item"),
    /** A career path the guide marks as the one to aim for first ({@code start_here: true}). */
    PATHS_START_HERE("paths.start_here"),
    MISTAKES_ITEM("mistakes.item"),
    FAQ_ENTRY("faq.entry"),
    MORE_NOTE("more.note");

    private final String key;

    PassageKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PassageKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
