package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;
import java.util.Set;

/** Words around a goal the app has no role for ({@code goals:} in {@code language.yml}): "I want to become a pilot". */
public record GoalWords(List<String> beforeArticle, List<String> articleOptional, List<String> stopWords,
                        Set<String> notAGoal, Set<String> notWantingBe) {
    public GoalWords {
        beforeArticle = List.copyOf(beforeArticle);
        articleOptional = List.copyOf(articleOptional);
        stopWords = List.copyOf(stopWords);
        notAGoal = Set.copyOf(notAGoal);
        notWantingBe = Set.copyOf(notWantingBe);
    }
}
