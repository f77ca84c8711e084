package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.Abbreviation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms people type for roles that are also ordinary words once lower-cased: "BE dev", "pivot to BE", "FE → BE".
 * Only the forms as written in {@code abbreviations.yml} are read as roles ("be", "fe" are left alone), so "to be a …"
 * keeps its meaning.
 */
final class Abbreviations {
    private record Expansion(String shortForm, Pattern pattern, String means) {
    }

    private final List<Expansion> expansions;

    Abbreviations(List<Abbreviation> abbreviations) {
        this.expansions = abbreviations.stream().map(a -> new Expansion(a.shortForm(),
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(a.shortForm()) + "(?![\\p{L}\\p{N}])"),
                Matcher.quoteReplacement(a.means()))).toList();
    }

    /** The text with the role abbreviations written out; everything else as typed. */
    String expand(String text) {
        String expanded = text;
        for (Expansion expansion : expansions) {
            if (expanded.contains(expansion.shortForm())) {
                expanded = expansion.pattern().matcher(expanded).replaceAll(expansion.means());
            }
        }
        return expanded;
    }
}
