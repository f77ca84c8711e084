package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.Spelling;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads chat spellings of everyday words ("wat shud i lern") as spelled out, from {@code abbreviations.yml}. */
final class ChatSpellings {
    private final Map<String, String> means = new HashMap<>();
    private final Pattern typed;

    ChatSpellings(List<Spelling> spellings) {
        spellings.forEach(spelling -> means.put(spelling.typed(), spelling.means()));
        this.typed = spellings.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}'/])(?:" + spellings.stream()
                .map(Spelling::typed).sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}'/])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with every chat spelling written out; everything else as typed. */
    String spelledOut(String text) {
        if (typed == null) {
            return text;
        }
        Matcher found = typed.matcher(text);
        return found.replaceAll(match -> Matcher.quoteReplacement(
                means.getOrDefault(match.group().toLowerCase(Locale.ROOT), match.group())));
    }
}
