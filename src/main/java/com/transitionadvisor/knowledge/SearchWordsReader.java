package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.SearchWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code search.yml}: the words of a question never searched for, one lowercase word each, and
 * groups of synonyms, two or more lowercase words or phrases each, every word or phrase in one group only.
 */
final class SearchWordsReader {
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}'.]*");
    /**
     * Letters, decimal digits and the marks tool names carry ("ci/cd", "node.js", "pub/sub"), words apart by spaces:
     * what the search's tokenizer keeps ("½" or "①" would leave an entry with no word at all).
     */
    private static final Pattern PHRASE = Pattern.compile("[\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}'./+-]*(?: [\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}'./+-]*)*");
    private static final int MIN_GROUP = 2;

    private SearchWordsReader() {
    }

    static Optional<SearchWords> read(Path file, ProblemCollector problems) {
        return YamlFiles.read(file, problems).map(root -> {
            root.allowOnly(Set.of("question_words", "synonyms"));
            Set<String> questionWords = new LinkedHashSet<>();
            for (Phrase word : root.phrases("question_words", true)) {
                if (!ONE_WORD.matcher(word.text()).matches()) {
                    problems.add(word.line(), word.field(), "'" + word.text() + "' must be one word in lower case"
                            + lowerHint(word.text()));
                } else if (!questionWords.add(word.text())) {
                    problems.add(word.line(), word.field(), "'" + word.text() + "' is listed twice; delete one");
                }
            }
            Map<String, Integer> groupOf = new HashMap<>();
            List<List<String>> synonyms = root.requiredList("synonyms", map -> {
                map.allowOnly(Set.of("words"));
                List<Phrase> words = map.phrases("words", true);
                List<String> group = new ArrayList<>();
                for (Phrase word : words) {
                    if (!PHRASE.matcher(word.text()).matches()) {
                        problems.add(word.line(), word.field(), "'" + word.text() + "' must be lower-case words and "
                                + "digits, apart by single spaces" + lowerHint(word.text()));
                        continue;
                    }
                    Integer earlier = groupOf.putIfAbsent(word.text(), word.line());
                    if (earlier != null) {
                        problems.add(word.line(), word.field(), "'" + word.text() + "' is already in the group at line "
                                + earlier + "; a word or phrase belongs to one group only");
                        continue;
                    }
                    group.add(word.text());
                }
                if (!words.isEmpty() && words.size() < MIN_GROUP) {
                    map.report("words", "a group needs at least " + MIN_GROUP + " words or phrases that mean the same");
                }
                return group.size() >= MIN_GROUP ? Optional.of(group) : Optional.empty();
            });
            return new SearchWords(questionWords, synonyms);
        });
    }

    private static String lowerHint(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals(text) ? "" : " (write '" + lower + "')";
    }
}
