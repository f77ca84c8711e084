package com.transitionadvisor.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reply latency for each kind of request, in process: understanding the text, answering from the knowledge base
 * and rendering the Block Kit message Slack would get. Each invocation asks about another guide (rotating over a
 * fixed random sample), so a cache of one answer cannot flatter the figure. The setup checks that every request
 * gets the kind of reply it is meant to measure, so a benchmark never times an error path by mistake.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@State(Scope.Benchmark)
public class LatencyBenchmark {
    private static final int SAMPLE = 128;
    private static final String USER = "U0BENCH";
    private static final String FOLLOW_UP = "and the salary?";

    @Param({"2", "1000", "10000"})
    public int guides;

    private Assistant assistant;
    private Presenter presenter;
    private String[] overviewCommands;
    private String[] sectionCommands;
    private String[] unknownPairCommands;
    private String[] questions;
    private String[] followUpConversations;
    private int next;

    /** Loads the knowledge base and prepares (and checks) the requests of the benchmark about to run only. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        SyntheticKnowledge plan = SyntheticKnowledge.plan(guides, BenchKnowledge.SEED);
        Application app = Application.of(new KnowledgeBaseLoader().load(BenchKnowledge.folder(guides)),
                new InMemoryQuestionLog(), Clock.systemUTC(), Ticker.systemTicker());
        assistant = app.assistant();
        presenter = app.presenter();

        Random random = new Random(BenchKnowledge.SEED);
        List<SyntheticKnowledge.Pair> withGuide = sample(plan.guides(), random);
        List<SyntheticKnowledge.Pair> withoutGuide = sample(plan.pairsWithoutGuide(), random);
        Section[] sections = {Section.SKILLS, Section.GAPS, Section.TIMELINE, Section.INTERVIEW, Section.SALARY,
                Section.PATHS, Section.MISTAKES, Section.FAQ};
        overviewCommands = new String[SAMPLE];
        sectionCommands = new String[SAMPLE];
        unknownPairCommands = new String[SAMPLE];
        questions = new String[SAMPLE];
        followUpConversations = new String[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
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
            switch (benchmark) {
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

    private static <T> List<T> sample(List<T> all, Random random) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(SAMPLE, shuffled.size()));
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
        next = (i + 1) % SAMPLE;
        return i;
    }

    /** {@code /transition <from> to <to>}: the whole guide's overview card. */
    @Benchmark
    public SlackMessage commandOverview() {
        return presenter.slack(assistant.command(overviewCommands[next()]), Audience.privately());
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
        int i = next();
        return presenter.slack(assistant.message("question-" + i, USER, questions[i]), Audience.directMessage());
    }

    /** "and the salary?" in a conversation that already has a guide in context. */
    @Benchmark
    public SlackMessage followUp() {
        return presenter.slack(assistant.message(followUpConversations[next()], USER, FOLLOW_UP),
                Audience.directMessage());
    }
}
