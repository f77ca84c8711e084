package com.transitionadvisor;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.answers.Advisor;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.AuthorDirectory;
import com.transitionadvisor.answers.Authors;
import com.transitionadvisor.answers.GroupMembers;
import com.transitionadvisor.answers.RetainedQuestionLog;
import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.QuestionAnswerer;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.CardComposer;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.IndexedKnowledgeLoader;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.HybridRanker;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.search.RankingWeights;
import com.transitionadvisor.search.semantic.SentenceEmbedder;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.QuestionInterpreter;
import com.transitionadvisor.understanding.RoleMatcher;
import com.transitionadvisor.understanding.TopicDetector;
import com.transitionadvisor.plans.PlanBuilder;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanService;
import com.transitionadvisor.plans.PlanStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The core object graph, built once; shared by the Slack edge and the console.
 *
 * @param plans study plans, present when the app has a database ({@link #start(Settings, QuestionLog, PlanStore)})
 */
public record Application(KnowledgeBase knowledge, Assistant assistant, Presenter presenter, Optional<PlanDesk> plans) {

    public Application(KnowledgeBase knowledge, Assistant assistant, Presenter presenter) {
        this(knowledge, assistant, presenter, Optional.empty());
    }

    /**
     * Without study plans; the guides are loaded through the search index in the data folder.
     *
     * @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid
     */
    public static Application start(Settings settings, QuestionLog questionLog, SentenceEmbedder embedder) {
        return start(settings, questionLog, null, embedder);
    }

    /**
     * With study plans kept in {@code plans} ({@code null} for none).
     *
     * @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid
     */
    public static Application start(Settings settings, QuestionLog questionLog, PlanStore plans,
                                    SentenceEmbedder embedder) {
        return start(settings, questionLog, plans, embedder, GroupMembers.NONE);
    }

    /**
     * With the guide authors of {@code settings}, members of their user groups found by {@code groups}; the question
     * log keeps what people asked for the settings' retention period (purged now and while running).
     *
     * @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid
     */
    public static Application start(Settings settings, QuestionLog questionLog, PlanStore plans,
                                    SentenceEmbedder embedder, GroupMembers groups) {
        TopicDetector topics = new TopicDetector(new VocabularyLoader().load(settings.knowledgeDir()));
        IndexedKnowledge knowledge = new IndexedKnowledgeLoader(new PassageExtractor(topics), embedder)
                .open(settings.knowledgeDir(), settings.indexDir());
        Clock clock = Clock.systemUTC();
        QuestionLog retained = new RetainedQuestionLog(questionLog, clock, settings.privacy().retention());
        return of(knowledge, topics, retained, clock, Ticker.systemTicker(), plans, RankingWeights.standard(),
                new AuthorDirectory(settings.privacy().authors(), groups));
    }

    /** Over a knowledge base already in memory, indexed in memory, understanding {@code vocabulary}. */
    public static Application of(KnowledgeBase knowledge, Vocabulary vocabulary, QuestionLog questionLog, Clock clock,
                                 Ticker ticker, SentenceEmbedder embedder) {
        return of(knowledge, vocabulary, questionLog, clock, ticker, null, embedder);
    }

    /** @param planStore where plans are kept; {@code null} for an app without study plans */
    public static Application of(KnowledgeBase knowledge, Vocabulary vocabulary, QuestionLog questionLog, Clock clock,
                                 Ticker ticker, PlanStore planStore, SentenceEmbedder embedder) {
        return of(knowledge, vocabulary, questionLog, clock, ticker, planStore, embedder, AuthorDirectory.of(Authors.none()));
    }

    /** @param authors who may read the question log */
    public static Application of(KnowledgeBase knowledge, Vocabulary vocabulary, QuestionLog questionLog, Clock clock,
                                 Ticker ticker, PlanStore planStore, SentenceEmbedder embedder, AuthorDirectory authors) {
        TopicDetector topics = new TopicDetector(vocabulary);
        List<Guide> guides = knowledge.guides().stream().map(entry -> knowledge.guideById(entry.id()).orElseThrow()).toList();
        PassageIndex index = PassageIndex.build(guides, new PassageExtractor(topics), embedder);
        return of(new IndexedKnowledge(knowledge, index, new IndexedKnowledge.Update(0, guides.size(), 0)), topics,
                questionLog, clock, ticker, planStore, RankingWeights.standard(), authors);
    }

    /** @param topics the detector the index's passages were tagged with */
    public static Application of(IndexedKnowledge indexed, TopicDetector topics, QuestionLog questionLog, Clock clock,
                                  Ticker ticker, PlanStore planStore) {
        return of(indexed, topics, questionLog, clock, ticker, planStore, RankingWeights.standard());
    }

    /** @param weights how lexical, semantic and topic evidence are fused when passages are ranked */
    public static Application of(IndexedKnowledge indexed, TopicDetector topics, QuestionLog questionLog, Clock clock,
                                  Ticker ticker, PlanStore planStore, RankingWeights weights) {
        return of(indexed, topics, questionLog, clock, ticker, planStore, weights, AuthorDirectory.of(Authors.none()));
    }

    /** @param authors who may read the question log */
    public static Application of(IndexedKnowledge indexed, TopicDetector topics, QuestionLog questionLog, Clock clock,
                                  Ticker ticker, PlanStore planStore, RankingWeights weights, AuthorDirectory authors) {
        KnowledgeBase knowledge = indexed.knowledge();
        PassageIndex index = indexed.passages();
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        QuestionAnswerer answerer = new QuestionAnswerer(knowledge, new QuestionInterpreter(roles, topics, topics.vocabulary()), index,
                new HybridRanker(index, weights), new ConversationMemory(ticker), questionLog, clock);
        CommandParser parser = new CommandParser(roles, topics.vocabulary());
        PlanDesk plans = planStore == null ? null : new PlanDesk(new PlanService(planStore, knowledge, new PlanBuilder(), clock),
                knowledge, roles, parser, clock.getZone());
        Assistant assistant = new Assistant(parser, new Advisor(knowledge, roles), answerer, questionLog, clock, plans, authors);
        Presenter presenter = new Presenter(new CardComposer(knowledge.guides()), new BlockKitRenderer(), new ConsoleRenderer());
        return new Application(knowledge, assistant, presenter, Optional.ofNullable(plans));
    }
}
