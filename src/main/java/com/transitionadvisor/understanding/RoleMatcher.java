package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Recognises role names in what people type: exact names and aliases first, then the closest name within a
 * small number of typos. Words such as "a", "senior" or "role" around a name are ignored.
 */
public final class RoleMatcher {
    private static final Set<String> FILLER = Set.of("a", "an", "the", "my", "i", "im", "am", "as", "senior", "junior",
            "mid", "level", "lead", "principal", "staff", "role", "roles", "position", "job", "career", "work", "working",
            "currently", "current", "being", "some", "kind", "of", "in");
    private static final LuceneLevenshteinDistance SIMILARITY = new LuceneLevenshteinDistance();

    private final RoleCatalog catalog;

    public RoleMatcher(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    /** The role the whole phrase names, allowing fillers, plurals and small typos. */
    public Optional<RoleMatch> match(String phrase) {
        String normalized = RoleCatalog.normalize(phrase);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return exact(normalized)
                .or(() -> exact(withoutFillers(normalized)))
                .or(() -> exact(singular(withoutFillers(normalized))))
                .or(() -> closest(withoutFillers(normalized)));
    }

    /**
     * Whether a phrase found inside a longer sentence is a role name: exact names, plurals and fillers as in
     * {@link #match}, but typos only in words long enough that a one-letter slip cannot turn an everyday word
     * into a role ("date" must not become "data").
     */
    public Optional<RoleMatch> matchInSentence(String phrase) {
        String normalized = RoleCatalog.normalize(phrase);
        if (normalized.isEmpty() || FILLER.contains(normalized)) {
            return Optional.empty();
        }
        Optional<RoleMatch> exact = exact(normalized).or(() -> exact(singular(normalized)));
        if (exact.isPresent() || normalized.length() < 6) {
            return exact;
        }
        int allowed = normalized.length() >= 12 ? 2 : 1;
        return catalog.names().entrySet().stream()
                .filter(e -> e.getKey().length() >= 6)
                .map(e -> new RoleMatch(e.getValue(), edits(normalized, e.getKey())))
                .filter(m -> m.edits() <= allowed)
                .min(Comparator.comparingInt(RoleMatch::edits));
    }

    /** Up to {@code limit} roles whose names look most like the phrase, best first, for "did you mean". */
    public List<Role> similar(String phrase, int limit) {
        String normalized = withoutFillers(RoleCatalog.normalize(phrase));
        if (normalized.isEmpty()) {
            return List.of();
        }
        return catalog.names().entrySet().stream()
                .map(e -> Map.entry(e.getValue(), similarity(normalized, e.getKey())))
                .filter(e -> e.getValue() >= 0.5f)
                .sorted(Map.Entry.<Role, Float>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .distinct()
                .limit(limit)
                .toList();
    }

    private Optional<RoleMatch> exact(String normalized) {
        return normalized.isEmpty() ? Optional.empty()
                : catalog.byName(normalized).map(role -> new RoleMatch(role, 0));
    }

    private Optional<RoleMatch> closest(String normalized) {
        int allowed = allowedEdits(normalized.length());
        if (allowed == 0) {
            return Optional.empty();
        }
        return catalog.names().entrySet().stream()
                .map(e -> new RoleMatch(e.getValue(), edits(normalized, e.getKey())))
                .filter(m -> m.edits() <= allowed)
                .min(Comparator.comparingInt(RoleMatch::edits));
    }

    private static int allowedEdits(int length) {
        if (length < 4) {
            return 0;
        }
        return length < 9 ? 1 : 2;
    }

    private static int edits(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return Math.round((1f - SIMILARITY.getDistance(a, b)) * longest);
    }

    private static float similarity(String a, String b) {
        return SIMILARITY.getDistance(a, b);
    }

    static String withoutFillers(String normalized) {
        return Arrays.stream(normalized.split(" "))
                .filter(word -> !FILLER.contains(word))
                .collect(Collectors.joining(" "));
    }

    private static String singular(String normalized) {
        return normalized.endsWith("s") && normalized.length() > 4
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }
}
