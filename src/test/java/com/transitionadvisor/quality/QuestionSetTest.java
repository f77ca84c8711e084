package com.transitionadvisor.quality;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.quality.QuestionSet.Expectation;
import com.transitionadvisor.quality.QuestionSet.Kind;
import com.transitionadvisor.quality.QuestionSet.Turn;
import com.transitionadvisor.quality.QuestionSetRun.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs both splits of the question set through the real app over the guides in {@code knowledge/}. A turn is right
 * when the reply is of the expected kind, from the expected guide and section, its visible text shows every fact
 * asked for and nothing forbidden, and it stays within its length budget. The tuning split may be tuned on and its
 * failures are printed; the test split is frozen (written before the code it measures), so only its figures are
 * printed, and its failures go to {@code target/question-set/test-failures.txt} for whoever moves a failure to the
 * tuning split.
 */
class QuestionSetTest {
    /** The tuning split, every check included. */
    private static final double TUNING_REQUIRED = 0.97;
    /**
     * The development split (written later from the seeds, tuned on, and since 2026-12-02 also the test split's
     * conversations that failed and were looked at, and since 2026-12-03 the blind dev3 batch), every check
     * included: just under the share last measured.
     */
    private static final double DEV_REQUIRED = 0.83;
    /**
     * The frozen test split (the 199 turns of seed-000/001 that stayed, the fresh 213 of fresh-002/003 and the 160 of
     * fresh-004, written 2026-12-03): just under the share measured at the last change, so a regression fails the build.
     */
    private static final double TEST_REQUIRED = 0.84;

    private static KnowledgeBase knowledge;
    private static QuestionSet tuning;
    private static QuestionSet dev;
    private static QuestionSet test;
    private static QuestionSetRun tuningRun;
    private static QuestionSetRun devRun;
    private static QuestionSetRun testRun;

    @BeforeAll
    static void askEveryQuestion() {
        knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));
        tuning = QuestionSet.tuning();
        dev = QuestionSet.dev();
        test = QuestionSet.test();
        tuningRun = QuestionSetRun.ask(newApp(), tuning);
        devRun = QuestionSetRun.ask(newApp(), dev);
        testRun = QuestionSetRun.ask(newApp(), test);
        System.out.println(tuningRun.summary());
        System.out.println(devRun.summary());
        System.out.println(testRun.summary());
        write("tuning-failures.txt", tuningRun.failures());
        write("dev-failures.txt", devRun.failures());
        write("test-failures.txt", testRun.failures());
    }

    private static Application newApp() {
        return Application.of(knowledge, TestVocabulary.REAL, new InMemoryQuestionLog(), Clock.systemUTC(), Ticker.systemTicker(),
                com.transitionadvisor.search.semantic.TestEmbedder.shared());
    }

    @Test
    void tuningSplit_atLeastNinetyPercentOfAnswerableTurnsRight() {
        List<Outcome> answerable = tuningRun.answerable();
        double accuracy = tuningRun.accuracy(answerable);
        assertTrue(accuracy >= TUNING_REQUIRED, () -> String.format(Locale.ROOT,
                "%.1f%% of %d answerable tuning turns right, need %.0f%%.%n%s", accuracy * 100, answerable.size(),
                TUNING_REQUIRED * 100, QuestionSetRun.table(answerable.stream().filter(o -> !o.right()).toList())));
    }

    @Test
    void tuningSplit_everyOutOfScopeTurnDeclined() {
        List<Outcome> wrong = tuningRun.outcomes().stream()
                .filter(o -> o.kind() == Kind.DECLINED && !o.rightPlace()).toList();
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " out-of-scope turns were not declined:\n"
                + QuestionSetRun.table(wrong));
    }

    @Test
    void devSplit_atLeastEightyPercentOfTurnsRight() {
        double accuracy = devRun.accuracy(devRun.outcomes());
        assertTrue(accuracy >= DEV_REQUIRED, () -> String.format(Locale.ROOT, "%.1f%% of the dev split right, need %.0f%%.%n%s",
                accuracy * 100, DEV_REQUIRED * 100, QuestionSetRun.table(devRun.outcomes().stream().filter(o -> !o.right()).toList())));
    }

    @Test
    void testSplit_atLeastTheMeasuredShareOfTurnsRight() {
        double accuracy = testRun.accuracy(testRun.outcomes());
        assertTrue(accuracy >= TEST_REQUIRED, () -> String.format(Locale.ROOT,
                "%.1f%% of the frozen test split right, the floor is %.0f%% (failures in target/question-set/"
                        + "test-failures.txt)%n%s", accuracy * 100, TEST_REQUIRED * 100, testRun.summary()));
    }

    @Test
    void everyReply_rendersToBlockKitWithinLimits() {
        List<Outcome> all = new ArrayList<>(tuningRun.outcomes());
        all.addAll(devRun.outcomes());
        all.addAll(testRun.outcomes());
        String broken = QuestionSetRun.brokenRenders(all);
        assertTrue(broken.isEmpty(), () -> "turns failed to answer or render:\n" + broken);
    }

    @Test
    void questionSets_areLargeEnoughAndDeclineEnough() {
        long testConversations = test.conversations().stream()
                .mapToLong(c -> c.fresh() ? c.turns().size() : 1).sum();
        long declined = tuning.turns().stream().filter(t -> t.expect().declined()).count();
        assertAll(
                () -> assertTrue(tuning.turns().size() >= 100, "at least 100 tuning turns, were " + tuning.turns().size()),
                () -> assertTrue(declined >= 15, "at least 15 out-of-scope tuning turns, were " + declined),
                () -> assertTrue(testConversations >= 150, "at least 150 test conversations, were " + testConversations));
    }

    @Test
    void questionSets_nameOnlyGuidesAndSectionsThatExist() {
        // A turn whose sections the guide has none of (backend → cloud has no salary) could never be answered; one
        // that also accepts a section the guide lacks (written from a seed that had it) is fine.
        List<Executable> checks = new ArrayList<>();
        for (Turn turn : Stream.of(tuning, dev, test).flatMap(set -> set.turns().stream()).toList()) {
            Expectation expect = turn.expect();
            if (expect.kind() != Kind.ANSWER) {
                continue;
            }
            Optional<Guide> guide = knowledge.guideById(expect.guide());
            checks.add(() -> assertTrue(guide.isPresent(), "'" + turn.ask() + "': no guide " + expect.guide()));
            for (String key : expect.section()) {
                checks.add(() -> assertTrue(Section.fromKey(key).isPresent(), "'" + turn.ask() + "': no section " + key));
            }
            boolean answerable = guide.isEmpty() || expect.section().stream().map(Section::fromKey)
                    .flatMap(Optional::stream).anyMatch(guide.get()::has);
            checks.add(() -> assertTrue(answerable,
                    "'" + turn.ask() + "': " + expect.guide() + " has none of the sections " + expect.section()));
        }
        assertAll(checks);
    }

    private static void write(String file, String text) {
        try {
            Path folder = Files.createDirectories(Path.of("target/question-set"));
            Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
