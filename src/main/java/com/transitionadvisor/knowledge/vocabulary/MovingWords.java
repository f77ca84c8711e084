package com.transitionadvisor.knowledge.vocabulary;

import java.util.HashSet;
import java.util.Set;

/** A few words of moving between two roles ({@code moving:} in {@code language.yml}): "moving into", "who want to become". */
public record MovingWords(Set<String> starts, Set<String> words, Set<String> wanting) {
    public MovingWords {
        Set<String> all = new HashSet<>(words);
        all.addAll(starts);
        starts = Set.copyOf(starts);
        words = Set.copyOf(all);
        wanting = Set.copyOf(wanting);
    }
}
