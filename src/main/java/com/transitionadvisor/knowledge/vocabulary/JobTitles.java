package com.transitionadvisor.knowledge.vocabulary;

import java.util.HashSet;
import java.util.Set;

/** Words of job titles the app has no role for ({@code job_titles:} in {@code language.yml}). */
public record JobTitles(Set<String> nouns, Set<String> abbreviations, Set<String> breaks, Set<String> certificateWords) {
    public JobTitles {
        Set<String> all = new HashSet<>(nouns);
        all.addAll(abbreviations);
        nouns = Set.copyOf(all);
        abbreviations = Set.copyOf(abbreviations);
        breaks = Set.copyOf(breaks);
        certificateWords = Set.copyOf(certificateWords);
    }
}
