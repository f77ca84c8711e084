package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;
import java.util.Set;

/** Words that place a role on one side of the move ({@code sides:} in {@code language.yml}). */
public record SideCues(List<String> fromCues, List<String> toCues, Set<String> clearCues, Set<String> separators,
                       Set<String> teamWords, Set<String> goalWordsAfter, Set<String> soughtWordsAfter,
                       Set<String> ownWordsAfter, Set<String> ownWordsBefore) {
    public SideCues {
        fromCues = List.copyOf(fromCues);
        toCues = List.copyOf(toCues);
        clearCues = Set.copyOf(clearCues);
        separators = Set.copyOf(separators);
        teamWords = Set.copyOf(teamWords);
        goalWordsAfter = Set.copyOf(goalWordsAfter);
        soughtWordsAfter = Set.copyOf(soughtWordsAfter);
        ownWordsAfter = Set.copyOf(ownWordsAfter);
        ownWordsBefore = Set.copyOf(ownWordsBefore);
    }
}
