package com.transitionadvisor.knowledge.vocabulary;

import com.transitionadvisor.knowledge.VocabularyLoader;
import java.nio.file.Path;

/** The real vocabulary of the repository's {@code knowledge/} folder, loaded once for all tests (a test fixture). */
public final class TestVocabulary {
    public static final Path KNOWLEDGE = Path.of("knowledge");
    public static final Vocabulary REAL = new VocabularyLoader().load(KNOWLEDGE);

    private TestVocabulary() {
    }

    /** The real topic with this id; fails the test when there is none. */
    public static Topic topic(String id) {
        return REAL.topics().byId(id).orElseThrow(() -> new AssertionError("no topic '" + id + "' in topics.yml"));
    }
}
