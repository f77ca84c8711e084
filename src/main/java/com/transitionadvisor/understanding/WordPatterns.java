package com.transitionadvisor.understanding;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regular expressions built from word lists of the vocabulary: the grammar stays here, the words in the data. */
final class WordPatterns {
    private WordPatterns() {
    }

    /** A group matching any of the phrases as written, in the order given: {@code (?:a|b c)}. */
    static String anyOf(List<String> phrases) {
        return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** As {@link #anyOf}, longest phrase first, so that "the other way round" wins over "the other way". */
    static String anyOfLongestFirst(List<String> phrases) {
        return anyOf(phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** As {@link #anyOf}, each phrase followed by a space, as alternatives that start a phrase: {@code (?:a |b c )}. */
    static String anyOfThenSpace(List<String> phrases) {
        return phrases.stream().map(phrase -> Pattern.quote(phrase + " ")).collect(Collectors.joining("|", "(?:", ")"));
    }
}
