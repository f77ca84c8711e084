package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.Abbreviation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code abbreviations.yml}: case-sensitive short forms of role words ("BE" for backend). */
final class AbbreviationsReader {
    private AbbreviationsReader() {
    }

    static Optional<List<Abbreviation>> read(Path file, ProblemCollector problems) {
        return YamlFiles.read(file, problems).map(root -> {
            root.allowOnly(Set.of("abbreviations"));
            Map<String, Integer> seen = new HashMap<>();
            return root.requiredList("abbreviations", map -> {
                map.allowOnly(Set.of("short", "means"));
                String shortForm = map.requiredText("short");
                String means = map.requiredText("means");
                Integer earlier = shortForm.isEmpty() ? null : seen.putIfAbsent(shortForm, map.lineOf("short"));
                if (earlier != null) {
                    map.report("short", "'" + shortForm + "' is already defined at line " + earlier + "; keep only one");
                }
                return shortForm.isEmpty() || means.isEmpty() ? Optional.empty()
                        : Optional.of(new Abbreviation(shortForm, means));
            });
        });
    }
}
