package com.transitionadvisor.search.semantic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sentence model's vocabulary tells real words from typos, and everyday words from names worth searching for. */
class ModelWordsTest {
    private static final ModelWords WORDS = ModelWords.fromTokenizer(SingleThreadedMiniLm.TOKENIZER);

    @Test
    void everydayWordsAndTheirEndingsAreEveryday() {
        assertTrue(WORDS.everyday("company"));
        assertTrue(WORDS.everyday("steps"));
        assertTrue(WORDS.everyday("properly"));
    }

    @Test
    void contractionsTypedWithoutTheirApostropheAndNumbersAreEveryday() {
        assertTrue(WORDS.everyday("whats"));
        assertTrue(WORDS.everyday("dont"));
        assertTrue(WORDS.everyday("12"));
        assertTrue(WORDS.everyday("isnt"));
        assertFalse(WORDS.everyday("vpcs"));
    }

    @Test
    void aWordIsJudgedByItsOwnNumberFirstAndNeverByAShortStemOrUnderAnEr() {
        assertFalse(WORDS.everyday("rails"), "rails is rarer than rail");
        assertFalse(WORDS.everyday("docker"), "docker is no dock");
        assertFalse(WORDS.everyday("ats"));
        assertFalse(WORDS.everyday("orm"));
    }

    @Test
    void rarerWordsAndWordsTheVocabularyOnlyHasInPiecesAreNot() {
        assertFalse(WORDS.everyday("vault"));
        assertFalse(WORDS.everyday("terraform"));
        assertFalse(WORDS.everyday("liveness"));
        assertTrue(WORDS.contains("vault"));
        assertFalse(WORDS.contains("liveness"));
    }
}
