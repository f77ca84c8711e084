package com.transitionadvisor.knowledge.vocabulary;

import java.nio.file.Path;
import java.util.List;

/**
 * What the app understands, read from the knowledge folder's {@code topics.yml}, {@code language.yml},
 * {@code abbreviations.yml} and {@code search.yml}.
 *
 * @param spellings how people type everyday words in chat ("shud", "wen"), read as spelled out
 * @param search how a question's words are looked up in the guides
 * @param files the files it was read from, so that a search index built with it can tell when they change
 */
public record Vocabulary(Topics topics, Language language, List<Abbreviation> abbreviations, List<Spelling> spellings,
                         SearchWords search, List<Path> files) {
    public Vocabulary {
        abbreviations = List.copyOf(abbreviations);
        spellings = List.copyOf(spellings);
        files = List.copyOf(files);
    }
}
