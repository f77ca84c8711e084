package com.transitionadvisor.quality;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.quality.QuestionSet.Conversation;
import com.transitionadvisor.quality.QuestionSet.Expectation;
import com.transitionadvisor.quality.QuestionSet.Kind;
import com.transitionadvisor.quality.QuestionSet.Turn;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockKitLimitsAssert;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs the question set (issue 3, "Quality and speed") through the real app over the guides in {@code knowledge/}:
 * at least 90% of answerable turns get the right top answer, every out-of-scope turn is declined, and every reply
 * fits in Slack. A failure prints every wrong turn, so a fix can be judged on the whole set at once.
 */
class QuestionSetTest {
    private static final double REQUIRED_ACCURACY = 0.90;
    private static final String USER = "U1";
    private static final List<Audience> AUDIENCES = List.of(Audience.directMessage(), Audience.thread());

    private static KnowledgeBase knowledge;
    private static QuestionSet questions;
    private static List<Outcome> outcomes;

    /** One asked turn: what came back (or what was thrown), and whether it renders within Slack's limits. */
    private record Outcome(Conversation conversation, Turn turn, Optional<Reply> reply, Optional<Throwable> thrown,
                           List<String> renderProblems) {
        boolean right() {
            return reply.isPresent() && matches(turn.expect(), reply.get());
        }

        Kind kind() {
            return turn.expect().kind();
        }
    }

    @BeforeAll
    static void askEveryQuestion() {
        knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));
        questions = QuestionSet.load();
        Application app = Application.of(knowledge, TestVocabulary.REAL, new InMemoryQuestionLog(), Clock.systemUTC(), Ticker.systemTicker());
        outcomes = new ArrayList<>();
        for (Conversation conversation : questions.conversations()) {
            String id = newConversationId();
            for (Turn turn : conversation.turns()) {
                outcomes.add(ask(app, conversation.fresh() ? newConversationId() : id, conversation, turn));
            }
        }
        System.out.println(summary());
    }

    @Test
    void answerableTurns_atLeastNinetyPercentRightOnTheTopAnswer() {
        List<Outcome> answerable = outcomes.stream().filter(o -> o.kind() != Kind.DECLINED).toList();
        long right = answerable.stream().filter(Outcome::right).count();
        double accuracy = (double) right / answerable.size();
        assertTrue(accuracy >= REQUIRED_ACCURACY, () -> String.format(Locale.ROOT,
                "%d of %d answerable turns right (%.1f%%), need %.0f%%.%n%s", right, answerable.size(),
                accuracy * 100, REQUIRED_ACCURACY * 100, table(answerable.stream().filter(o -> !o.right()).toList())));
    }

    @Test
    void outOfScopeTurns_allDeclined() {
        List<Outcome> outOfScope = outcomes.stream().filter(o -> o.kind() == Kind.DECLINED).toList();
        List<Outcome> wrong = outOfScope.stream().filter(o -> !o.right()).toList();
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + outOfScope.size()
                + " out-of-scope turns were not declined:\n" + table(wrong));
    }

    @Test
    void everyReply_rendersToBlockKitWithinLimits() {
        List<Outcome> broken = outcomes.stream()
                .filter(o -> o.thrown().isPresent() || !o.renderProblems().isEmpty()).toList();
        assertTrue(broken.isEmpty(), () -> broken.stream()
                .map(o -> "'" + o.turn().ask() + "': " + o.thrown().map(Throwable::toString)
                        .orElse(String.join("\n    ", o.renderProblems())))
                .collect(Collectors.joining("\n", broken.size() + " turn(s) failed to answer or render:\n", "")));
    }

    @Test
    void questionSet_isLargeEnoughAndDeclinesEnough() {
        List<Turn> turns = questions.turns();
        long declined = turns.stream().filter(t -> t.expect().declined()).count();
        assertAll(
                () -> assertTrue(turns.size() >= 100, "at least 100 turns, were " + turns.size()),
                () -> assertTrue(declined >= 15, "at least 15 out-of-scope turns, were " + declined));
    }

    @Test
    void questionSet_namesOnlyGuidesAndSectionsThatExist() {
        // An expected section the guide does not have (backend → cloud has no salary) could never be answered.
        List<Executable> checks = new ArrayList<>();
        for (Turn turn : questions.turns()) {
            Expectation expect = turn.expect();
            if (expect.kind() != Kind.ANSWER) {
                continue;
            }
            Optional<Guide> guide = knowledge.guideById(expect.guide());
            checks.add(() -> assertTrue(guide.isPresent(), "'" + turn.ask() + "': no guide " + expect.guide()));
            for (String key : expect.section()) {
                Optional<Section> section = Section.fromKey(key);
                checks.add(() -> assertTrue(section.isPresent(), "'" + turn.ask() + "': no section " + key));
                checks.add(() -> assertTrue(guide.isEmpty() || section.isEmpty() || guide.get().has(section.get()),
                        "'" + turn.ask() + "': " + expect.guide() + " has no " + key + " section"));
            }
        }
        assertAll(checks);
    }

    private static Outcome ask(Application app, String conversationId, Conversation conversation, Turn turn) {
        Reply reply;
        try {
            reply = app.assistant().message(conversationId, USER, turn.ask());
        } catch (RuntimeException e) {
            return new Outcome(conversation, turn, Optional.empty(), Optional.of(e), List.of());
        }
        List<String> problems = new ArrayList<>();
        for (Audience audience : AUDIENCES) {
            try {
                BlockKitLimitsAssert.assertWithinLimits(app.presenter().slack(reply, audience));
            } catch (AssertionError | RuntimeException e) {
                problems.add(audience.surface() + ": " + e.getMessage());
            }
        }
        return new Outcome(conversation, turn, Optional.of(reply), Optional.empty(), problems);
    }

    static boolean matches(Expectation expect, Reply reply) {
        return switch (expect.kind()) {
            case DECLINED -> reply instanceof Reply.NotCovered;
            case ASKS_WHICH -> reply instanceof Reply.WhichGuide;
            case NO_GUIDE -> reply instanceof Reply.NoGuide;
            case ANSWER -> {
                Predicate<Section> sectionOk = section -> expect.section().contains(section.key());
                if (reply instanceof Reply.PassageAnswer answer) {
                    yield answer.guide().id().equals(expect.guide()) && sectionOk.test(answer.section());
                }
                if (reply instanceof Reply.GuideAnswer answer) {
                    yield answer.guide().id().equals(expect.guide()) && sectionOk.test(answer.section());
                }
                yield false;
            }
        };
    }

    private static String summary() {
        StringBuilder out = new StringBuilder("Question set: ");
        for (Kind kind : Kind.values()) {
            List<Outcome> ofKind = outcomes.stream().filter(o -> o.kind() == kind).toList();
            long right = ofKind.stream().filter(Outcome::right).count();
            out.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(right).append('/').append(ofKind.size())
                    .append("  ");
        }
        List<Outcome> answerable = outcomes.stream().filter(o -> o.kind() != Kind.DECLINED).toList();
        long right = answerable.stream().filter(Outcome::right).count();
        out.append(String.format(Locale.ROOT, "| answerable %d/%d (%.1f%%)", right, answerable.size(),
                100.0 * right / answerable.size()));
        return out.toString();
    }

    /** Every wrong turn: the conversation, the question, what was expected and what came back. */
    private static String table(List<Outcome> wrong) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-3s | %-70s | %-55s | %s%n",
                "#", "question [conversation]", "expected", "got"));
        int row = 1;
        for (Outcome o : wrong) {
            String question = o.turn().ask() + (o.conversation().fresh() ? "" : "  [" + o.conversation().name() + "]");
            out.append(String.format(Locale.ROOT, "%-3d | %-70s | %-55s | %s%n", row++, question, o.turn().expect(),
                    o.thrown().map(t -> "threw " + t).orElseGet(() -> describe(o.reply().orElseThrow()))));
        }
        return out.toString();
    }

    static String describe(Reply reply) {
        if (reply instanceof Reply.PassageAnswer answer) {
            return "PassageAnswer " + answer.guide().id() + " " + answer.section().key() + " \""
                    + answer.passages().get(0).title() + "\"";
        }
        if (reply instanceof Reply.GuideAnswer answer) {
            return "GuideAnswer " + answer.guide().id() + " " + answer.section().key();
        }
        if (reply instanceof Reply.NotCovered notCovered) {
            return "NotCovered" + notCovered.unknownRole().map(role -> " (unknown role '" + role + "')").orElse("")
                    + notCovered.context().map(guide -> " in " + guide.id()).orElse("");
        }
        if (reply instanceof Reply.WhichGuide which) {
            return "WhichGuide " + which.candidates().stream().map(GuideEntry::id).toList();
        }
        if (reply instanceof Reply.NoGuide noGuide) {
            return "NoGuide " + noGuide.from().id() + " → " + noGuide.to().id();
        }
        return reply.getClass().getSimpleName();
    }

    private static String newConversationId() {
        return "D-" + UUID.randomUUID();
    }
}
