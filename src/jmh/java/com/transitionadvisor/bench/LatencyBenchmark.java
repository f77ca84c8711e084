package com.transitionadvisor.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.IndexedKnowledgeLoader;
import com.transitionadvisor.search.semantic.MiniLmEmbedder;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reply latency for each kind of request, in process: understanding the text, answering from the knowledge base
 * and rendering the Block Kit message Slack would get. The app is built the way {@code Application.start} builds
 * it: the guides are loaded through a search index on disk (a fresh one per trial) and a full guide is read back
 * from the index's stored fields when it is shown, the 256 most recent ones cached. Each invocation asks about
 * another guide, rotating over a fixed random sample: 128 guides for most benchmarks, which all stay cached after
 * warm-up, and up to 2,000 for the {@code …Uncached} ones, many more than the cache holds, so that nearly every
 * request reads its guide from the index. The setup checks that every request gets the kind of reply it is meant
 * to measure, so a benchmark never times an error path by mistake.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@State(Scope.Benchmark)
public class LatencyBenchmark {
    /** Guides the cached benchmarks rotate over: all of them stay in the app's cache of 256 guides. */
    private static final int SAMPLE = 128;
    /** Guides the uncached benchmarks rotate over (all of them when there are fewer): far more than 256. */
    private static final int UNCACHED_SAMPLE = 2_000;
    private static final String UNCACHED = "Uncached";
    private static final String USER = "U0BENCH";
    private static final String FOLLOW_UP = "and the salary?";

    @Param({"2", "1000", "10000"})
    public int guides;

    /** The index folder each size has claimed in this JVM: a second claim would take another, empty one. */
    private static final Map<Integer, IndexedKnowledgeLoader.Claimed> CLAIMED = new ConcurrentHashMap<>();

    private IndexedKnowledge knowledge;
    private Assistant assistant;
    private Presenter presenter;
    private int requests;
    private String[] overviewCommands;
    private String[] sectionCommands;
    private String[] unknownPairCommands;
    private String[] questions;
    private String[] followUpConversations;
    private int next;

    /**
     * Loads the knowledge through a fresh index on disk and prepares (and checks) the requests of the benchmark
     * about to run only.
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws IOException {
        String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        boolean uncached = benchmark.endsWith(UNCACHED);
        SyntheticKnowledge plan = SyntheticKnowledge.plan(guides, BenchKnowledge.SEED);
        TopicDetector topics = new TopicDetector(new VocabularyLoader().load(BenchKnowledge.folder(guides)));
        // One index folder per size, kept across trials and runs: the first trial writes it (every passage embedded,
        // minutes at 1,000 guides), the others open it as a restart does, and so does StartupBenchmark --kept.
        IndexedKnowledgeLoader.Claimed claimed = CLAIMED.computeIfAbsent(guides,
                size -> IndexedKnowledgeLoader.claim(BenchKnowledge.settings(BenchKnowledge.folder(size),
                        BenchKnowledge.dataFolder(size)).indexDir()));
        knowledge = new IndexedKnowledgeLoader(new PassageExtractor(topics), new MiniLmEmbedder()).open(BenchKnowledge.folder(guides), claimed);
        // the questions' embeddings are not cached, so every question runs the model
        knowledge = new IndexedKnowledge(knowledge.knowledge(), knowledge.passages().withEmbedder(new MiniLmEmbedder(0)),
                knowledge.update());
        Application app = Application.of(knowledge, topics, new InMemoryQuestionLog(), Clock.systemUTC(),
                Ticker.systemTicker(), null);
        assistant = app.assistant();
        presenter = app.presenter();

        Random random = new Random(BenchKnowledge.SEED);
        int sample = uncached ? UNCACHED_SAMPLE : SAMPLE;
        List<SyntheticKnowledge.Pair> withGuide = sample(plan.guides(), sample, random);
        List<SyntheticKnowledge.Pair> withoutGuide = sample(plan.pairsWithoutGuide(), sample, random);
        requests = uncached ? withGuide.size() : SAMPLE;
        Section[] sections = {Section.SKILLS, Section.GAPS, Section.TIMELINE, Section.INTERVIEW, Section.SALARY,
                Section.PATHS, Section.MISTAKES, Section.FAQ};
        overviewCommands = new String[requests];
        sectionCommands = new String[requests];
        unknownPairCommands = new String[requests];
        questions = new String[requests];
        followUpConversations = new String[requests];
        for (int i = 0; i < requests; i++) {
            SyntheticKnowledge.Pair pair = withGuide.get(i % withGuide.size());
            SyntheticKnowledge.Pair missing = withoutGuide.get(i % withoutGuide.size());
            Section section = sections[i % sections.length];
            String guideId = pair.guideId();
            overviewCommands[i] = lower(pair.from().name()) + " to " + lower(pair.to().name());
            sectionCommands[i] = overviewCommands[i] + " " + section.key();
            unknownPairCommands[i] = lower(missing.from().name()) + " to " + lower(missing.to().name());
            questions[i] = "I'm a " + lower(pair.from().name()) + ", how long will it take to become a "
                    + lower(pair.to().name()) + "?";
            followUpConversations[i] = "follow-up-" + i;
            switch (uncached ? benchmark.substring(0, benchmark.length() - UNCACHED.length()) : benchmark) {
                case "commandOverview" -> expect(assistant.command(overviewCommands[i]), overviewCommands[i],
                        r -> r instanceof Reply.GuideAnswer a && a.guide().id().equals(guideId) && a.section() == Section.OVERVIEW);
                case "commandSection" -> expect(assistant.command(sectionCommands[i]), sectionCommands[i],
                        r -> r instanceof Reply.GuideAnswer a && a.guide().id().equals(guideId) && a.section() == section);
                case "commandUnknownPair" -> expect(assistant.command(unknownPairCommands[i]), unknownPairCommands[i],
                        r -> r instanceof Reply.NoGuide);
                case "question" -> expect(assistant.message("question-" + i, USER, questions[i]), questions[i],
                        r -> r instanceof Reply.PassageAnswer a && a.guide().id().equals(guideId));
                case "followUp" -> {
                    assistant.message(followUpConversations[i], USER, questions[i]);
                    expect(assistant.message(followUpConversations[i], USER, FOLLOW_UP), FOLLOW_UP + " after " + questions[i],
                            r -> r instanceof Reply.PassageAnswer a && a.guide().id().equals(guideId) && a.section() == Section.SALARY);
                }
                default -> {
                }
            }
        }
        if (benchmark.equals("commandList")) {
            expect(assistant.command("list"), "list", r -> r instanceof Reply.GuideList);
        }
    }

    /** Closes the index; its folder stays for the next trial. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (knowledge != null) {
            knowledge.passages().close();
        }
    }

    private static <T> List<T> sample(List<T> all, int size, Random random) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(size, shuffled.size()));
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static void expect(Reply reply, String request, Predicate<Reply> check) {
        if (!check.test(reply)) {
            throw new IllegalStateException("'" + request + "' got the wrong reply, so it cannot be benchmarked: " + reply);
        }
    }

    private int next() {
        int i = next;
        next = (i + 1) % requests;
        return i;
    }

    private SlackMessage overview() {
        return presenter.slack(assistant.command(overviewCommands[next()]), Audience.privately());
    }

    private SlackMessage ask() {
        int i = next();
        return presenter.slack(assistant.message("question-" + i, USER, questions[i]), Audience.directMessage());
    }

    /** {@code /transition <from> to <to>}: the whole guide's overview card. */
    @Benchmark
    public SlackMessage commandOverview() {
        return overview();
    }

    /** The same over up to 2,000 guides in turn: the guide is read back from the index nearly every time. */
    @Benchmark
    public SlackMessage commandOverviewUncached() {
        return overview();
    }

    /** {@code /transition <from> to <to> <section>}: one section in full. */
    @Benchmark
    public SlackMessage commandSection() {
        return presenter.slack(assistant.command(sectionCommands[next()]), Audience.privately());
    }

    /** {@code /transition list}: every guide, grouped by starting role. */
    @Benchmark
    public SlackMessage commandList() {
        return presenter.slack(assistant.command("list"), Audience.privately());
    }

    /** {@code /transition <from> to <to>} for two known roles with no guide: the closest guides instead. */
    @Benchmark
    public SlackMessage commandUnknownPair() {
        return presenter.slack(assistant.command(unknownPairCommands[next()]), Audience.privately());
    }

    /** A free-text question in a direct message naming both roles. */
    @Benchmark
    public SlackMessage question() {
        return ask();
    }

    /**
     * The same over up to 2,000 guides in turn: the guide and its passages are read back from the index nearly
     * every time.
     */
    @Benchmark
    public SlackMessage questionUncached() {
        return ask();
    }

    /** "and the salary?" in a conversation that already has a guide in context. */
    @Benchmark
    public SlackMessage followUp() {
        return presenter.slack(assistant.message(followUpConversations[next()], USER, FOLLOW_UP),
                Audience.directMessage());
    }
}
