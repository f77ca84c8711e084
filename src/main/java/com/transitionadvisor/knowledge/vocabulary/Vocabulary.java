package com.transitionadvisor.knowledge.vocabulary;

import java.nio.file.Path;
import java.util.List;

/**
 * What the app understands, read from the knowledge folder's {@code topics.yml}, {@code language.yml} and
 * {@code abbreviations.yml}.
 *
 * @param files the files it was read from, so that a search index built with it can tell when they change
 */
public record Vocabulary(Topics topics, Language language, List<Abbreviation> abbreviations, List<Path> files) {
    public Vocabulary {
        abbreviations = List.copyOf(abbreviations);
        files = List.copyOf(files);
    }
}
