package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.Abbreviation;
import com.transitionadvisor.knowledge.vocabulary.Shorthand;
import com.transitionadvisor.knowledge.vocabulary.Spelling;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code abbreviations.yml}: case-sensitive short forms of role words ("BE" for backend), and
 * chat spellings of everyday words ("shud" for should), each typed form defined once.
 */
final class AbbreviationsReader {
    /** A chat spelling is one word as typed: letters, digits and an apostrophe or slash ("w/o", "b4"). */
    private static final Pattern ONE_TYPED_WORD = Pattern.compile("[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'/]*");

    private AbbreviationsReader() {
    }

    static Optional<Shorthand> read(Path file, ProblemCollector problems) {
        return YamlFiles.read(file, problems).map(root -> {
            root.allowOnly(Set.of("abbreviations", "spellings"));
            Map<String, Integer> seen = new HashMap<>();
            List<Abbreviation> abbreviations = root.requiredList("abbreviations", map -> {
                map.allowOnly(Set.of("short", "means"));
                String shortForm = map.requiredText("short");
                String means = map.requiredText("means");
                if (!shortForm.isEmpty()) {
                    definedOnce(seen, shortForm, map, "short");
                }
                return shortForm.isEmpty() || means.isEmpty() ? Optional.empty()
                        : Optional.of(new Abbreviation(shortForm, means));
            });
            Map<String, Integer> typedSeen = new HashMap<>();
            List<Spelling> spellings = root.list("spellings", map -> {
                map.allowOnly(Set.of("typed", "means"));
                String typed = map.requiredText("typed");
                String means = map.requiredText("means");
                if (typed.isEmpty() || means.isEmpty()) {
                    return Optional.empty();
                }
                if (!ONE_TYPED_WORD.matcher(typed).matches()) {
                    map.report("typed", "'" + typed + "' must be one word in lower case, as people type it"
                            + (typed.equals(typed.toLowerCase(Locale.ROOT)) ? "" : " (write '" + typed.toLowerCase(Locale.ROOT) + "')"));
                    return Optional.empty();
                }
                return definedOnce(typedSeen, typed, map, "typed") ? Optional.of(new Spelling(typed, means)) : Optional.empty();
            });
            return new Shorthand(abbreviations, spellings);
        });
    }

    /** Whether {@code key} is defined here for the first time; a repeat is reported at its field with the first line. */
    private static boolean definedOnce(Map<String, Integer> seen, String key, YamlMap map, String field) {
        Integer earlier = seen.putIfAbsent(key, map.lineOf(field));
        if (earlier != null) {
            map.report(field, "'" + key + "' is already defined at line " + earlier + "; keep only one");
        }
        return earlier == null;
    }
}
