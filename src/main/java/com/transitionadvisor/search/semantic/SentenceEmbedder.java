package com.transitionadvisor.search.semantic;

/**
 * Turns a sentence into a vector whose direction stands for its meaning, so that "will I earn less?" lies near a
 * passage about a pay cut that shares none of its words. Vectors are unit length: their dot product is the cosine.
 */
public interface SentenceEmbedder {

    float[] embed(String text);

    /**
     * Whether the model knows {@code word} (lower case) as a real word, so that a word no guide uses is not taken for
     * a typo of one that does. A model that cannot tell knows every word.
     */
    default boolean knowsWord(String word) {
        return true;
    }

    /**
     * Whether {@code word} (lower case) is an everyday English word ("company", "properly"), too common to name a
     * passage on its own. A model that cannot tell takes no word for an everyday one.
     */
    default boolean isEverydayWord(String word) {
        return false;
    }

    /** Names the model and its version; an index whose vectors were made by another model is rebuilt. */
    String modelId();
}
