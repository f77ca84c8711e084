package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.AuthorDirectory;
import com.transitionadvisor.answers.Authors;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** The app's object graph for tests: the knowledge base the app ships with, a fixed clock, a ticker that never moves. */
public final class TestApplications {
    /** {@code knowledge/}, relative to the project root where Maven runs the tests. */
    public static final KnowledgeBase REAL_KNOWLEDGE = new KnowledgeBaseLoader().load(Path.of("knowledge"));

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
    private static final Ticker FROZEN = () -> 0L;

    private TestApplications() {
    }

    /** A fresh app (fresh conversation memory and question log) over the real knowledge base. */
    public static Application real() {
        return of(REAL_KNOWLEDGE);
    }

    /** A fresh app over the real knowledge base with study plans kept in {@code plans}, at {@code clock}'s time. */
    public static Application withPlans(com.transitionadvisor.plans.PlanStore plans, Clock clock) {
        return Application.of(REAL_KNOWLEDGE, TestVocabulary.REAL, new InMemoryQuestionLog(), clock, Ticker.systemTicker(),
                plans, com.transitionadvisor.search.semantic.TestEmbedder.shared());
    }

    /** A fresh app over the real knowledge base in which {@code authorIds} may read the question log. */
    public static Application withAuthors(String... authorIds) {
        return Application.of(REAL_KNOWLEDGE, TestVocabulary.REAL, new InMemoryQuestionLog(), CLOCK, FROZEN, null,
                com.transitionadvisor.search.semantic.TestEmbedder.shared(),
                AuthorDirectory.of(new Authors(Set.of(authorIds), Set.of())));
    }

    public static Application of(KnowledgeBase knowledge) {
        return Application.of(knowledge, TestVocabulary.REAL, new InMemoryQuestionLog(), CLOCK, FROZEN,
                com.transitionadvisor.search.semantic.TestEmbedder.shared());
    }
}
