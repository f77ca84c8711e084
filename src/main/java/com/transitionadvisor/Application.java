package com.transitionadvisor;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.answers.Advisor;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.AuthorDirectory;
import com.transitionadvisor.answers.Authors;
import com.transitionadvisor.answers.BackgroundMissingMoves;
import com.transitionadvisor.answers.GroupMembers;
import com.transitionadvisor.answers.InMemoryMissingMoves;
import com.transitionadvisor.answers.MissingMoves;
import com.transitionadvisor.answers.RetainedQuestionLog;
import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.InMemoryConversationMemory;
import com.transitionadvisor.answers.QuestionAnswerer;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.live.KnowledgeProblemsListener;
import com.transitionadvisor.live.KnowledgeReloader;
import com.transitionadvisor.live.KnowledgeVersion;
import com.transitionadvisor.live.KnowledgeWatcher;
import com.transitionadvisor.live.LiveKnowledge;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The core object graph, built once; shared by the Slack edge and the console. What depends on the knowledge
 * folder is held in {@link #live()}, so a reload ({@link #watchKnowledge}) replaces it without a restart.
 *
 * @param plans   study plans, present when the app has a database ({@link #start(Settings, QuestionLog, PlanStore)})
 * @param reading how to read the knowledge folder again, when the app was started from one
 */
public record Application(LiveKnowledge live, Assistant assistant, Presenter presenter, Optional<PlanDesk> plans,
                          Optional<Reading> reading) {

    /** The knowledge folder and how to read it into a new version. */
    public record Reading(Path folder, Supplier<KnowledgeVersion> reader) {
    }

    /** The knowledge base served now. */
    public KnowledgeBase knowledge() {
        return live.current().knowledge();
    }

    /**
     * Watches the knowledge folder and serves each valid change without a restart; an invalid one is reported to
     * {@code listener} and the last good version kept. Empty for an app built over knowledge in memory.
     */
    public Optional<KnowledgeWatcher> watchKnowledge(KnowledgeProblemsListener listener) {
        return reading.map(r -> KnowledgeWatcher.start(new KnowledgeReloader(r.folder(), live, r.reader(), listener)));
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
        return start(settings, questionLog, plans, embedder, topics -> new InMemoryConversationMemory(Ticker.systemTicker()),
                GroupMembers.NONE);
    }

    /**
     * @param memory makes the conversation memory from the vocabulary's topics (which a stored context names by id):
     *               in the database when several copies share one
     * @param groups finds the members of the guide authors' user groups; the question log keeps what people asked
     *               for the settings' retention period (purged now and while running)
     * @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid
     */
    public static Application start(Settings settings, QuestionLog questionLog, PlanStore plans,
                                    SentenceEmbedder embedder, Function<Topics, ConversationMemory> memory,
                                    GroupMembers groups) {
        return start(settings, questionLog, new InMemoryMissingMoves(), plans, embedder, memory, groups);
    }

    /**
     * With the moves asked for that no guide covers counted in {@code missingMoves} (beside the question log, in the
     * same database), written off the thread that answers.
     */
    public static Application start(Settings settings, QuestionLog questionLog, MissingMoves missingMoves,
                                    PlanStore plans, SentenceEmbedder embedder) {
        return start(settings, questionLog, missingMoves, plans, embedder,
                topics -> new InMemoryConversationMemory(Ticker.systemTicker()), GroupMembers.NONE);
    }

    /** @param missingMoves where moves asked for without a guide are counted (written off the answering thread) */
    public static Application start(Settings settings, QuestionLog questionLog, MissingMoves missingMoves,
                                    PlanStore plans, SentenceEmbedder embedder, Function<Topics, ConversationMemory> memory,
                                    GroupMembers groups) {
        Path folder = settings.knowledgeDir();
        VocabularyLoader.Cached<TopicDetector> vocabulary = new VocabularyLoader.Cached<>(folder, TopicDetector::new);
        IndexedKnowledgeLoader.Claimed index = IndexedKnowledgeLoader.claim(settings.indexDir());
        Supplier<Read> read = () -> {
            TopicDetector topics = vocabulary.get();
            return new Read(new IndexedKnowledgeLoader(new PassageExtractor(topics), embedder).open(folder, index), topics);
        };
        Read first = read.get();
        Clock clock = Clock.systemUTC();
        QuestionLog retained = new RetainedQuestionLog(questionLog, clock, settings.privacy().retention());
        return assemble(first, Optional.of(new Source(folder, read)), retained, new BackgroundMissingMoves(missingMoves), clock,
                memory.apply(first.topics().vocabulary().topics()), plans, RankingWeights.standard(),
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
        return assemble(new Read(indexed, topics), Optional.empty(), questionLog, new InMemoryMissingMoves(), clock,
                new InMemoryConversationMemory(ticker), planStore, weights, authors);
    }

    /** @param memory where each conversation's context is kept (in the database when several copies share one) */
    public static Application of(IndexedKnowledge indexed, TopicDetector topics, QuestionLog questionLog, Clock clock,
                                  ConversationMemory memory, PlanStore planStore, RankingWeights weights) {
        return assemble(new Read(indexed, topics), Optional.empty(), questionLog, new InMemoryMissingMoves(), clock, memory,
                planStore, weights, AuthorDirectory.of(Authors.none()));
    }

    /** One reading of the knowledge folder: its guides indexed, and the vocabulary the passages were tagged with. */
    private record Read(IndexedKnowledge indexed, TopicDetector topics) {
    }

    /** The folder the app was started from, and how to read it. */
    private record Source(Path folder, Supplier<Read> read) {
    }

    private static Application assemble(Read first, Optional<Source> source, QuestionLog questionLog,
                                        MissingMoves missingMoves, Clock clock, ConversationMemory memory, PlanStore planStore, RankingWeights weights,
                                        AuthorDirectory authors) {
        // Conversations, the question log and plans outlive any one version of the knowledge folder.
        LiveKnowledge live = new LiveKnowledge(version(first, memory, questionLog, clock, weights));
        PlanDesk plans = planStore == null ? null : new PlanDesk(
                new PlanService(planStore, live.guides(), new PlanBuilder(), clock), live.forPlans(), clock.getZone());
        Assistant assistant = new Assistant(live.forAssistant(), questionLog, missingMoves, clock, plans, authors);
        Presenter presenter = new Presenter(new CardComposer(live.entries()), new BlockKitRenderer(), new ConsoleRenderer());
        Optional<Reading> reading = source.map(folder -> new Reading(folder.folder(),
                () -> version(folder.read().get(), memory, questionLog, clock, weights)));
        return new Application(live, assistant, presenter, Optional.ofNullable(plans), reading);
    }

    private static KnowledgeVersion version(Read read, ConversationMemory memory, QuestionLog questionLog, Clock clock,
                                            RankingWeights weights) {
        KnowledgeBase knowledge = read.indexed().knowledge();
        PassageIndex index = read.indexed().passages();
        TopicDetector topics = read.topics();
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        QuestionAnswerer answerer = new QuestionAnswerer(knowledge, new QuestionInterpreter(roles, topics, topics.vocabulary()), index,
                new HybridRanker(index, weights), memory, questionLog, clock);
        CommandParser parser = new CommandParser(roles, topics.vocabulary());
        return new KnowledgeVersion(read.indexed(), new Assistant.Knowledge(parser, new Advisor(knowledge, roles), answerer,
                topics.vocabulary().language().planRequests()), new PlanDesk.Knowledge(knowledge, roles, parser));
    }
}
