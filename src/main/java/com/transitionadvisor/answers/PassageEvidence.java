package com.transitionadvisor.answers;

import com.transitionadvisor.search.HybridRanker;

/** What the evidence behind a ranked passage says: whether it answers at all, and whether the question names it. */
final class PassageEvidence {
    /** Saturated BM25 evidence (0–1) from which the question's words point at one passage. */
    private static final float SINGLED_OUT = 0.35f;
    /** Saturated BM25 evidence from which a shared word counts at all. */
    private static final float MIN_WORD_EVIDENCE = 0.2f;
    /** Cosine similarity from which a passage means much the same as the question without sharing its words. */
    private static final float MIN_MEANING = 0.45f;
    /** A shared word counts only when the passage is also somewhat about the same thing ("rain today" is not). */
    private static final float MEANING_BESIDE_WORDS = 0.15f;
    /** A rare word alone ("companies" in a question on parental leave) counts only beside more of the same meaning. */
    private static final float MEANING_BESIDE_RARE_WORDS = 0.3f;

    private PassageEvidence() {
    }

    /**
     * Whether the best passage answers at all: it is on the question's topic, shares a distinctive word with it, or
     * means much the same. Otherwise the guide has nothing on it, and saying so beats a guess.
     */
    static boolean answers(HybridRanker.Ranked top) {
        return top.topic() > 0 || answersBesideTheTopic(top);
    }

    /**
     * The question names something one passage has (a tool, a term), so that passage, not its whole list, answers
     * when it is one of the list's items; words the section's notes or overall timeline share are no such thing.
     */
    static boolean singlesOut(HybridRanker.Ranked top) {
        return top.lexical() >= SINGLED_OUT;
    }

    /** The question shares a word with the passage, and the passage is somewhat about the same thing. */
    static boolean sharesAWordAndSomeMeaning(HybridRanker.Ranked ranked) {
        return ranked.lexical() > 0 && ranked.semantic() >= MEANING_BESIDE_WORDS;
    }

    /** The question shares words with the passage enough for them to count, whatever the passage means. */
    static boolean sharesWords(HybridRanker.Ranked ranked) {
        return ranked.lexical() >= MIN_WORD_EVIDENCE;
    }

    /** Whether the best passage answers by the question's words or meaning, whatever topic it was ranked with. */
    static boolean answersBesideTheTopic(HybridRanker.Ranked top) {
        boolean wordsThatMeanIt = top.lexical() >= MIN_WORD_EVIDENCE && meansEnoughBesideItsWords(top);
        // "k8s?" after another question: the words point at the passage, whatever the meaning of both together
        boolean wordsThatNameIt = singlesOut(top) && !top.rareWordsOnly();
        return wordsThatMeanIt || wordsThatNameIt || top.semantic() >= MIN_MEANING;
    }

    /** The question names something the passage has (a tool, a term), and the passage is about what is asked. */
    static boolean namesOutright(HybridRanker.Ranked top) {
        return singlesOut(top) && meansEnoughBesideItsWords(top);
    }

    /** The meaning shared beside the words: more when the words are only a rare one or two. */
    private static boolean meansEnoughBesideItsWords(HybridRanker.Ranked top) {
        return top.semantic() >= (top.rareWordsOnly() ? MEANING_BESIDE_RARE_WORDS : MEANING_BESIDE_WORDS);
    }
}
