package com.transitionadvisor.search.semantic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole English words in a sentence model's word-piece vocabulary (about 20,000 of them, read from the
 * tokenizer file that ships inside the model's Maven artifact). A word among them is a real word, not a typo. The
 * vocabulary numbers its words roughly from the most frequent in the text it was built from, so a low number marks
 * an everyday word ("company", "step"), not a name worth searching for on its own ("vault", "Terraform").
 */
final class ModelWords {
    /** Endings a word may carry beyond the form the vocabulary has ("recovers", "recovered" for "recover"). */
    private static final List<String> ENDINGS = List.of("s", "es", "ed", "d", "ing", "ly", "er", "ers");
    /** Endings under which a word is as everyday as its stem ("steps", "learned", "properly"). */
    private static final List<String> PLAIN_ENDINGS = List.of("s", "es", "ed", "ing", "ly");
    /** A stem shorter than this is no word's stem ("at" in "ats", "or" in "orm"). */
    private static final int SHORTEST_STEM = 3;
    /** What an apostrophe would have cut off ("what's", "don't", "isn't", "you're"), with the shortest stem each takes. */
    private static final Map<String, Integer> CONTRACTIONS = Map.of("nt", 2, "t", SHORTEST_STEM, "s", SHORTEST_STEM,
            "re", SHORTEST_STEM, "ve", SHORTEST_STEM, "ll", SHORTEST_STEM, "d", SHORTEST_STEM, "m", SHORTEST_STEM);

    /** Vocabulary numbers below this are everyday words ("properly" is 7,919, "monitoring" 8,822, "vault" 11,632). */
    private static final int EVERYDAY_BELOW = 9_000;

    private final Map<String, Integer> words;

    private ModelWords(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    /** The words of the tokenizer file at {@code resource} on the class path. */
    static ModelWords fromTokenizer(String resource) {
        try (InputStream in = SingleThreadedMiniLm.resource(resource)) {
            return new ModelWords(vocabulary(new ObjectMapper().getFactory().createParser(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the sentence model's tokenizer failed", e);
        }
    }

    /** The keys of {@code model.vocab} that are whole words of letters (word pieces start with "##"), with their numbers. */
    private static Map<String, Integer> vocabulary(JsonParser json) throws IOException {
        Map<String, Integer> found = new HashMap<>();
        int depth = 0;
        boolean inModel = false;
        boolean inVocab = false;
        for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
                inVocab &= depth >= 3;
                inModel &= depth >= 2;
            } else if (token == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (depth == 1 && name.equals("model")) {
                    inModel = true;
                } else if (inModel && depth == 2 && name.equals("vocab")) {
                    inVocab = true;
                } else if (inVocab && depth == 3 && name.length() > 1 && name.chars().allMatch(Character::isLetter)) {
                    json.nextToken();
                    found.put(name, json.getIntValue());
                }
            }
        }
        return found;
    }

    /** Whether {@code word} (lower case) is a real word: in the vocabulary, or a vocabulary word with an ending. */
    boolean contains(String word) {
        return number(word).isPresent();
    }

    /**
     * Whether {@code word} (lower case) is one of the vocabulary's everyday words: by its own number when the
     * vocabulary has it ("rails" is rare though "rail" is not), else by its stem under a plain ending ("steps") or as
     * a contraction typed without its apostrophe ("whats", "dont"), never by a stem shorter than three letters ("ats"
     * is not "at"s) or under "-er" ("docker" is not a "dock").
     */
    boolean everyday(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return true;
        }
        Integer own = words.get(word);
        if (own != null) {
            return own < EVERYDAY_BELOW;
        }
        for (String ending : PLAIN_ENDINGS) {
            if (everydayStem(word, ending, SHORTEST_STEM)) {
                return true;
            }
        }
        return CONTRACTIONS.entrySet().stream().anyMatch(ending -> everydayStem(word, ending.getKey(), ending.getValue()));
    }

    private boolean everydayStem(String word, String ending, int shortestStem) {
        if (!word.endsWith(ending) || word.length() - ending.length() < shortestStem) {
            return false;
        }
        Integer stem = words.get(word.substring(0, word.length() - ending.length()));
        return stem != null && stem < EVERYDAY_BELOW;
    }

    private Optional<Integer> number(String word) {
        Integer found = words.get(word);
        if (found != null) {
            return Optional.of(found);
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                Integer stem = words.get(word.substring(0, word.length() - ending.length()));
                if (stem != null) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }
}
