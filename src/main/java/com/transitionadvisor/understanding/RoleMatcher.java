package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Recognises role names in what people type: exact names and aliases first, then names within a small
 * number of typos, counted word by word: short words must be exact ("ios" is not "aws"), longer ones may
 * have one slip, very long ones two. When two different roles are equally close, nothing is matched rather
 * than guessing. Words such as "a", "senior" or "role" around a name are ignored.
 */
public final class RoleMatcher {
    private static final Set<String> FILLER = Set.of("a", "an", "the", "my", "i", "im", "am", "as", "senior", "junior",
            "mid", "level", "lead", "principal", "staff", "role", "roles", "position", "job", "career", "work", "working",
            "currently", "current", "being", "some", "kind", "of", "in");
    private static final LuceneLevenshteinDistance SIMILARITY = new LuceneLevenshteinDistance();
    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final RoleCatalog catalog;
    /** Names grouped by word count and first letter: a typo never changes either, so only one group is compared. */
    private final Map<String, List<Name>> namesByShape;

    /** A role name split into words, for word-by-word comparison. */
    private record Name(String[] words, Role role) {
    }

    public RoleMatcher(RoleCatalog catalog) {
        this.catalog = catalog;
        this.namesByShape = catalog.names().entrySet().stream()
                .map(e -> new Name(e.getKey().split(" "), e.getValue()))
                .collect(Collectors.groupingBy(name -> shape(name.words())));
    }

    /** The role the whole phrase names, allowing fillers, plurals and small typos. */
    public Optional<RoleMatch> match(String phrase) {
        String normalized = RoleCatalog.normalize(phrase);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        String essential = withoutFillers(normalized);
        return exact(normalized)
                .or(() -> exact(essential))
                .or(() -> exact(singular(essential)))
                .or(() -> closest(essential));
    }

    /**
     * Whether a phrase found inside a longer sentence is a role name: exact names and plurals, and typos by the
     * same word-by-word budget as {@link #match}; fillers are not skipped, since the sentence has its own words.
     */
    public Optional<RoleMatch> matchInSentence(String phrase) {
        String normalized = RoleCatalog.normalize(phrase);
        if (normalized.isEmpty() || FILLER.contains(normalized)) {
            return Optional.empty();
        }
        return exact(normalized).or(() -> exact(singular(normalized))).or(() -> closest(normalized));
    }

    /** Up to {@code limit} roles whose names look most like the phrase, best first, for "did you mean". */
    public List<Role> similar(String phrase, int limit) {
        String normalized = withoutFillers(RoleCatalog.normalize(phrase));
        if (normalized.isEmpty()) {
            return List.of();
        }
        return catalog.names().entrySet().stream()
                .map(e -> Map.entry(e.getValue(), SIMILARITY.getDistance(normalized, e.getKey())))
                .filter(e -> e.getValue() >= 0.5f)
                .sorted(Map.Entry.<Role, Float>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey)
                .distinct()
                .limit(limit)
                .toList();
    }

    private Optional<RoleMatch> exact(String normalized) {
        return normalized.isEmpty() ? Optional.empty()
                : catalog.byName(normalized).map(role -> new RoleMatch(role, 0));
    }

    /** The single closest role within the typo budget; none when two roles tie. */
    private Optional<RoleMatch> closest(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        String[] words = normalized.split(" ");
        int best = NO_MATCH;
        List<Role> bestRoles = new ArrayList<>();
        for (Name name : namesByShape.getOrDefault(shape(words), List.of())) {
            int edits = edits(words, name.words());
            if (edits < best) {
                best = edits;
                bestRoles.clear();
                bestRoles.add(name.role());
            } else if (edits == best && edits != NO_MATCH && !bestRoles.contains(name.role())) {
                bestRoles.add(name.role());
            }
        }
        if (best == NO_MATCH || bestRoles.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new RoleMatch(bestRoles.get(0), best));
    }

    /** Total typos between two names of the same number of words, or NO_MATCH when any word is over budget. */
    private static int edits(String[] typed, String[] name) {
        if (typed.length != name.length) {
            return NO_MATCH;
        }
        int total = 0;
        for (int i = 0; i < typed.length; i++) {
            String a = typed[i];
            String b = name[i];
            if (a.equals(b)) {
                continue;
            }
            int allowed = allowedEdits(Math.min(a.length(), b.length()));
            if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
                return NO_MATCH;
            }
            int edits = Math.round((1f - SIMILARITY.getDistance(a, b)) * Math.max(a.length(), b.length()));
            if (edits > allowed) {
                return NO_MATCH;
            }
            total += edits;
        }
        return total;
    }

    private static String shape(String[] words) {
        return words.length + ":" + words[0].charAt(0);
    }

    private static int allowedEdits(int wordLength) {
        if (wordLength < 4) {
            return 0;
        }
        return wordLength <= 8 ? 1 : 2;
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
