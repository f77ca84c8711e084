package com.transitionadvisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sections of a guide, in the order they are shown. */
public enum Section {
    OVERVIEW("overview", "Overview", List.of("summary", "intro", "all")),
    SKILLS("skills", "What transfers", List.of("transfer", "transfers", "transferable", "skill")),
    GAPS("gaps", "Gaps to close", List.of("gap", "learn", "missing")),
    TIMELINE("timeline", "Timeline", List.of("time", "plan", "how-long", "duration")),
    INTERVIEW("interview", "Interview framing", List.of("interviews", "framing")),
    SALARY("salary", "Salary", List.of("pay", "money", "salaries", "compensation")),
    PATHS("paths", "Career paths", List.of("path", "roles", "careers")),
    MISTAKES("mistakes", "Common mistakes", List.of("mistake", "pitfalls", "pitfall")),
    FAQ("faq", "FAQ", List.of("faqs", "questions"));

    private final String key;
    private final String title;
    private final List<String> synonyms;

    Section(String key, String title, List<String> synonyms) {
        this.key = key;
        this.title = title;
        this.synonyms = synonyms;
    }

    /** The word used in commands and in guide files, e.g. {@code gaps}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<Section> fromWord(String word) {
        String normalized = word.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values())
                .filter(s -> s.key.equals(normalized) || s.synonyms.contains(normalized))
                .findFirst();
    }

    public static Optional<Section> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Section::key).toList();
    }
}
