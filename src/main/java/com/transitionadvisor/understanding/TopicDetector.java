package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.RoleCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Finds the topics of a question from their cue phrases, as whole words; single cue words of five letters or
 * more also match with one typo ("salery", "interveiw"). Topics come out strongest first: the one whose cue
 * covers the most words.
 */
public final class TopicDetector {
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final LuceneLevenshteinDistance SIMILARITY = new LuceneLevenshteinDistance();

    private final Map<String, Topic> singleWordCues = new HashMap<>();
    private final Map<Topic, List<String>> phraseCues = new EnumMap<>(Topic.class);
    /** Cue words long enough for typo matching, by first letter (typos rarely hit the first letter). */
    private final Map<Character, List<Map.Entry<String, Topic>>> cuesByFirstLetter = new HashMap<>();

    public TopicDetector() {
        for (Topic topic : Topic.values()) {
            for (String cue : topic.cues()) {
                String normalized = cue.equals("£") ? cue : RoleCatalog.normalize(cue);
                if (normalized.contains(" ")) {
                    phraseCues.computeIfAbsent(topic, t -> new ArrayList<>()).add(normalized);
                } else {
                    singleWordCues.putIfAbsent(normalized, topic);
                    if (normalized.length() >= MIN_FUZZY_LENGTH) {
                        cuesByFirstLetter.computeIfAbsent(normalized.charAt(0), c -> new ArrayList<>())
                                .add(Map.entry(normalized, topic));
                    }
                }
            }
        }
    }

    /** The topics of {@code text}, strongest first. */
    public List<Topic> detect(String text) {
        String normalized = RoleCatalog.normalize(text.replace("'", ""));
        String padded = " " + normalized + " ";
        Map<Topic, Integer> strength = new EnumMap<>(Topic.class);
        phraseCues.forEach((topic, cues) -> {
            for (String cue : cues) {
                if (padded.contains(" " + cue + " ")) {
                    strength.merge(topic, cue.split(" ").length, Math::max);
                }
            }
        });
        if (text.contains("£") || text.contains("$") || text.contains("€")) {
            strength.merge(Topic.SALARY, 1, Math::max);
        }
        for (String word : normalized.split(" ")) {
            Topic exact = singleWordCues.get(word);
            if (exact != null) {
                strength.merge(exact, 1, Math::max);
            } else if (word.length() >= MIN_FUZZY_LENGTH) {
                fuzzy(word).forEach(topic -> strength.merge(topic, 1, Math::max));
            }
        }
        strength.replaceAll((topic, words) -> topic.isGeneric() ? words - 1 : words);
        Set<Topic> ordered = new LinkedHashSet<>();
        strength.entrySet().stream()
                .sorted(Map.Entry.<Topic, Integer>comparingByValue().reversed())
                .forEach(e -> ordered.add(e.getKey()));
        return List.copyOf(ordered);
    }

    /**
     * The text without the words that named its topics, already normalised: the topic carries their meaning,
     * and leaving them would let a passage that merely repeats a cue word ("gap") beat the passages the topic
     * is about.
     */
    public String withoutCues(String text) {
        String padded = " " + RoleCatalog.normalize(text.replace("'", "")) + " ";
        for (List<String> cues : phraseCues.values()) {
            for (String cue : cues) {
                padded = padded.replace(" " + cue + " ", "  ");
            }
        }
        StringBuilder kept = new StringBuilder();
        for (String word : padded.strip().split("\\s+")) {
            if (!word.isEmpty() && !singleWordCues.containsKey(word)) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    private List<Topic> fuzzy(String word) {
        List<Topic> topics = new ArrayList<>();
        for (Map.Entry<String, Topic> cue : cuesByFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            String candidate = cue.getKey();
            if (Math.abs(candidate.length() - word.length()) <= 1
                    && Math.round((1f - SIMILARITY.getDistance(word, candidate)) * Math.max(word.length(), candidate.length())) <= 1) {
                topics.add(cue.getValue());
            }
        }
        return topics;
    }
}
