package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * How a question's words are looked up in the guides ({@code search.yml}).
 *
 * @param questionWords words of a question that say nothing about what it asks about, never searched for
 * @param synonyms      groups of words or phrases that mean the same in a question and in a guide
 */
public record SearchWords(Set<String> questionWords, List<List<String>> synonyms) {
    public SearchWords {
        questionWords = Set.copyOf(questionWords);
        synonyms = synonyms.stream().map(List::copyOf).toList();
    }
}
