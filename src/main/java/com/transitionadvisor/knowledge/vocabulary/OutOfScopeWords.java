package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;

/** Signals of a message no guide is about ({@code out_of_scope:} in {@code language.yml}). */
public record OutOfScopeWords(List<String> taskOpeners, List<String> taskRequests, List<String> taskSofteners,
                              List<String> taskVerbs, List<String> taskObjects, List<String> taskAsks,
                              List<String> howToVerbs,
                              List<String> howToAboutTheMove, List<String> promotion) {
    public OutOfScopeWords {
        taskOpeners = List.copyOf(taskOpeners);
        taskRequests = List.copyOf(taskRequests);
        taskSofteners = List.copyOf(taskSofteners);
        taskVerbs = List.copyOf(taskVerbs);
        taskObjects = List.copyOf(taskObjects);
        taskAsks = List.copyOf(taskAsks);
        howToVerbs = List.copyOf(howToVerbs);
        howToAboutTheMove = List.copyOf(howToAboutTheMove);
        promotion = List.copyOf(promotion);
    }
}
