package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.RoleCatalog;
import com.transitionadvisor.knowledge.vocabulary.Conversation;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Finds the topics of a question from their cue phrases, as whole words; single cue words of five letters or
 * more also match with one typo ("salery", "interveiw"). Topics come out strongest first: the one whose cue
 * covers the most words.
 */
public final class TopicDetector {
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final LuceneLevenshteinDistance SIMILARITY = new LuceneLevenshteinDistance();

    private final Vocabulary vocabulary;
    /** Words people drop into a phrase without changing it: "where do I even start", "what do I actually need". */
    private final Set<String> hedges;
    /** Everyday words one letter away from a cue, which are not typos of it: "being" is not "bring". */
    private final Set<String> notTypos;
    private final Optional<Topic> time;
    private final Map<String, Topic> singleWordCues = new HashMap<>();
    private final Map<Topic, List<String>> phraseCues = new TreeMap<>();
    /** Cue words long enough for typo matching, by first letter (typos rarely hit the first letter). */
    private final Map<Character, List<Map.Entry<String, Topic>>> cuesByFirstLetter = new HashMap<>();
    /** "how much does a senior backend dev make?": an amount asked without a cue word, by topic. */
    private final Map<Topic, Pattern> amountAsked = new TreeMap<>();
    /** "how long until my pay recovers?": a time question whose subject is the topic, in one clause. */
    private final Map<Topic, Pattern> timeUntil = new TreeMap<>();
    /** "60k", "~45 grand": a number written with one of the topic's amount suffixes. */
    private final Map<Topic, Pattern> figures = new TreeMap<>();

    public TopicDetector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Conversation words = vocabulary.language().conversation();
        this.hedges = words.hedges();
        this.notTypos = words.notTypos();
        this.time = vocabulary.topics().time();
        for (Topic topic : vocabulary.topics().all()) {
            for (String cue : topic.cues()) {
                String normalized = RoleCatalog.normalize(cue);
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
            if (!topic.amountVerbs().isEmpty()) {
                // "how much does a senior backend dev make?"; "what could I (realistically) earn?" – at most one word
                // between, so "what could I do to make my CV stand out?" is no amount
                amountAsked.put(topic, Pattern.compile("\\bhow much " + WordPatterns.anyOf(words.howMuchAsks())
                        + " (?!it\\b)(?:\\S+ ){0,5}?" + WordPatterns.anyOf(topic.amountVerbs()) + "\\b"
                        + "|\\b" + WordPatterns.anyOf(words.amountQuestions()) + " (?:\\S+ )?"
                        + WordPatterns.anyOf(topic.amountVerbs()) + "\\b"));
            }
            if (!topic.amountSuffixes().isEmpty()) {
                figures.put(topic, Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)?\\s?" + WordPatterns.anyOf(topic.amountSuffixes())
                        + "\\b", Pattern.CASE_INSENSITIVE));
            }
            if (!topic.timeSubjectWords().isEmpty()) {
                timeUntil.put(topic, Pattern.compile("\\b" + WordPatterns.anyOf(words.timeQuestions()) + "\\b[^,.;!?]*\\b"
                        + WordPatterns.anyOf(topic.timeSubjectWords()) + "\\b", Pattern.CASE_INSENSITIVE));
            }
        }
    }

    /** The vocabulary the detector was built from. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The topics of {@code text}, strongest first: the topic whose cue covers the most words, then the one with the
     * most cues ("would a recruitment agency help?" is about employers, not about what helps).
     */
    public List<Topic> detect(String text) {
        return detect(List.of(text));
    }

    /**
     * The topics of several readings of one question (say, with and without its role names: "quit my cloud job" holds
     * the cue "quit my job"), each as strong as in the reading where it is strongest.
     */
    public List<Topic> detect(List<String> readings) {
        Map<Topic, Integer> strength = new TreeMap<>();
        Map<Topic, Integer> count = new TreeMap<>();
        for (String reading : readings) {
            Map<Topic, Integer> readingStrength = new TreeMap<>();
            Map<Topic, Integer> readingCount = new TreeMap<>();
            score(reading, readingStrength, readingCount);
            readingStrength.forEach((topic, value) -> strength.merge(topic, value, Math::max));
            readingCount.forEach((topic, value) -> count.merge(topic, value, Math::max));
        }
        Set<Topic> ordered = new LinkedHashSet<>();
        strength.entrySet().stream()
                .sorted(Map.Entry.<Topic, Integer>comparingByValue().reversed()
                        .thenComparing(e -> count.get(e.getKey()), java.util.Comparator.reverseOrder()))
                .forEach(e -> ordered.add(e.getKey()));
        return List.copyOf(ordered);
    }

    private void score(String text, Map<Topic, Integer> strength, Map<Topic, Integer> count) {
        String normalized = RoleCatalog.normalize(text.replace("'", ""));
        String padded = " " + normalized + " ";
        String unhedged = " " + withoutHedges(normalized) + " ";
        java.util.function.BiConsumer<Topic, Integer> found = (topic, words) -> {
            strength.merge(topic, words, Math::max);
            count.merge(topic, 1, Integer::sum);
        };
        phraseCues.forEach((topic, cues) -> {
            for (String cue : cues) {
                if (padded.contains(" " + cue + " ") || unhedged.contains(" " + cue + " ")) {
                    found.accept(topic, cue.split(" ").length);
                }
            }
        });
        for (Topic topic : vocabulary.topics().all()) {
            Pattern amount = amountAsked.get(topic);
            Pattern figure = figures.get(topic);
            if (topic.signs().stream().anyMatch(text::contains) || amount != null && amount.matcher(normalized).find()
                    || figure != null && figure.matcher(text).find()) {
                found.accept(topic, 1);
            }
        }
        for (String word : normalized.split(" ")) {
            Topic exact = singleWordCues.get(word);
            if (exact != null) {
                found.accept(exact, 1);
            } else if (word.length() >= MIN_FUZZY_LENGTH && !notTypos.contains(word)) {
                fuzzy(word).forEach(topic -> found.accept(topic, 1));
            }
        }
        strength.replaceAll((topic, words) -> topic.isGeneric() ? words - 1 : words);
        time.filter(strength::containsKey).ifPresent(timeTopic -> timeUntil.forEach((topic, pattern) -> {
            if (strength.containsKey(topic) && pattern.matcher(text.replace("'", "")).find()) {
                strength.merge(topic, strength.get(timeTopic) + 1, Math::max);
            }
        }));
    }

    private String withoutHedges(String normalized) {
        StringBuilder kept = new StringBuilder();
        for (String word : normalized.split(" ")) {
            if (!hedges.contains(word)) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /**
     * The text without the words that named its topics, already normalised: the topic carries their meaning,
     * and leaving them would let a passage that merely repeats a cue word ("gap") beat the passages the topic
     * is about. Hedges go too, with the phrases they sat in ("where do I even start").
     */
    public String withoutCues(String text) {
        String padded = " " + withoutHedges(RoleCatalog.normalize(text.replace("'", ""))) + " ";
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
