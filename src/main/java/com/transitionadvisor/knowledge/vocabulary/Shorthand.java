package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;

/** What {@code abbreviations.yml} holds: short forms of role words, and chat spellings of everyday words. */
public record Shorthand(List<Abbreviation> abbreviations, List<Spelling> spellings) {
    public Shorthand {
        abbreviations = List.copyOf(abbreviations);
        spellings = List.copyOf(spellings);
    }
}
