package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * Words that place a role on one side of the move ({@code sides:} in {@code language.yml}).
 *
 * @param takenOnBefore words right before the first of two roles joined by a separator of two words ("as a") that
 *                      make it a person taken on as the second ("hire *a* cloud engineer as a backend dev")
 */
public record SideCues(List<String> fromCues, List<String> toCues, Set<String> clearCues, Set<String> separators,
                       Set<String> takenOnBefore, Set<String> teamWords, Set<String> goalWordsAfter,
                       Set<String> soughtWordsAfter, Set<String> ownWordsAfter, Set<String> ownWordsBefore) {
    public SideCues {
        fromCues = List.copyOf(fromCues);
        toCues = List.copyOf(toCues);
        clearCues = Set.copyOf(clearCues);
        separators = Set.copyOf(separators);
        takenOnBefore = Set.copyOf(takenOnBefore);
        teamWords = Set.copyOf(teamWords);
        goalWordsAfter = Set.copyOf(goalWordsAfter);
        soughtWordsAfter = Set.copyOf(soughtWordsAfter);
        ownWordsAfter = Set.copyOf(ownWordsAfter);
        ownWordsBefore = Set.copyOf(ownWordsBefore);
    }
}
