package com.transitionadvisor.quality;

import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.quality.QuestionSet.Conversation;
import com.transitionadvisor.quality.QuestionSet.Expectation;
import com.transitionadvisor.quality.QuestionSet.Kind;
import com.transitionadvisor.quality.QuestionSet.Turn;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockKitLimitsAssert;
import com.transitionadvisor.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Asks every turn of a question set through the real app, as a direct message, and judges each reply. */
final class QuestionSetRun {
    private static final String USER = "U1";
    private static final List<Audience> AUDIENCES = List.of(Audience.directMessage(), Audience.thread());

    /** One asked turn: what came back (or what was thrown), what is wrong with it, and whether it fits in Slack. */
    record Outcome(Conversation conversation, Turn turn, Optional<Reply> reply, Optional<Throwable> thrown,
                   String visible, List<String> wrong, List<String> renderProblems) {
        boolean right() {
            return wrong.isEmpty();
        }

        /** Right guide and section (or kind of reply), whatever the text shows: the question set's old measure. */
        boolean rightPlace() {
            return reply.isPresent() && matches(turn.expect(), reply.get());
        }

        Kind kind() {
            return turn.expect().kind();
        }
    }

    private final String name;
    private final List<Outcome> outcomes;

    private QuestionSetRun(String name, List<Outcome> outcomes) {
        this.name = name;
        this.outcomes = List.copyOf(outcomes);
    }

    static QuestionSetRun ask(Application app, QuestionSet questions) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Conversation conversation : questions.conversations()) {
            String id = newConversationId();
            for (Turn turn : conversation.turns()) {
                outcomes.add(askOne(app, conversation.fresh() ? newConversationId() : id, conversation, turn));
            }
        }
        return new QuestionSetRun(questions.name(), outcomes);
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    List<Outcome> answerable() {
        return outcomes.stream().filter(o -> o.kind() != Kind.DECLINED).toList();
    }

    double accuracy(List<Outcome> of) {
        return of.isEmpty() ? 1 : (double) of.stream().filter(Outcome::right).count() / of.size();
    }

    private static Outcome askOne(Application app, String conversationId, Conversation conversation, Turn turn) {
        Reply reply;
        try {
            reply = app.assistant().message(conversationId, USER, turn.ask());
        } catch (RuntimeException e) {
            return new Outcome(conversation, turn, Optional.empty(), Optional.of(e), "", List.of("threw " + e), List.of());
        }
        List<String> problems = new ArrayList<>();
        SlackMessage shown = null;
        for (Audience audience : AUDIENCES) {
            try {
                SlackMessage message = app.presenter().slack(reply, audience);
                shown = shown == null ? message : shown;
                BlockKitLimitsAssert.assertWithinLimits(message);
            } catch (AssertionError | RuntimeException e) {
                problems.add(audience.surface() + ": " + e.getMessage());
            }
        }
        VisibleText visible = shown == null ? null : VisibleText.of(shown);
        List<String> wrong = new ArrayList<>();
        if (!matches(turn.expect(), reply)) {
            wrong.add("got " + describe(reply));
        }
        if (visible != null) {
            turn.shows().stream().filter(entry -> !visible.shows(entry)).forEach(entry -> wrong.add("missing \"" + entry + "\""));
            turn.hides().stream().filter(visible::shows).forEach(entry -> wrong.add("shows \"" + entry + "\""));
            if (visible.length() > turn.budget()) {
                wrong.add(visible.length() + " chars > " + turn.budget());
            }
        }
        return new Outcome(conversation, turn, Optional.of(reply), Optional.empty(),
                visible == null ? "" : visible.raw(), wrong, problems);
    }

    static boolean matches(Expectation expect, Reply reply) {
        return switch (expect.kind()) {
            case DECLINED -> reply instanceof Reply.NotCovered || reply instanceof Reply.NotFollowed;
            case ASKS_WHICH -> reply instanceof Reply.WhichGuide;
            // a role no guide knows ("I'm a QA engineer…") is said to have no guide just as plainly as a known pair
            case NO_GUIDE -> reply instanceof Reply.NoGuide
                    || reply instanceof Reply.NotCovered notCovered && notCovered.unknownRole().isPresent();
            case SMALL_TALK -> reply instanceof Reply.SmallTalk;
            case ANSWER -> {
                Predicate<String> sectionOk = section -> expect.section().contains(section);
                if (reply instanceof Reply.PassageAnswer answer) {
                    yield answer.guide().id().equals(expect.guide()) && sectionOk.test(answer.section().key());
                }
                if (reply instanceof Reply.GuideAnswer answer) {
                    yield answer.guide().id().equals(expect.guide()) && sectionOk.test(answer.section().key());
                }
                yield false;
            }
        };
    }

    /** "Question set (test): answer 120/150 …": right by kind, all checks, and right place only. */
    String summary() {
        StringBuilder out = new StringBuilder("Question set (" + name + "): ");
        for (Kind kind : Kind.values()) {
            List<Outcome> ofKind = outcomes.stream().filter(o -> o.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                out.append(kind.name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(ofKind.stream().filter(Outcome::right).count()).append('/').append(ofKind.size())
                        .append("  ");
            }
        }
        long right = outcomes.stream().filter(Outcome::right).count();
        long place = outcomes.stream().filter(Outcome::rightPlace).count();
        out.append(String.format(Locale.ROOT, "| all turns %d/%d right (%.1f%%); right guide and section %d/%d (%.1f%%)",
                right, outcomes.size(), 100.0 * right / outcomes.size(), place, outcomes.size(),
                100.0 * place / outcomes.size()));
        return out.toString();
    }

    /** Every wrong turn: the conversation, the question, what was expected and what was wrong. */
    static String table(List<Outcome> wrong) {
        StringBuilder out = new StringBuilder();
        int row = 1;
        for (Outcome o : wrong) {
            String question = o.turn().ask() + (o.conversation().fresh() ? "" : "  [" + o.conversation().name() + "]");
            out.append(String.format(Locale.ROOT, "%-3d | %s%n      expected %s; %s%n", row++, question,
                    o.turn().expect(), String.join("; ", o.wrong())));
            if (Boolean.getBoolean("questions.showVisible")) {
                String shown = o.visible().replaceAll("\\s+", " ");
                out.append("      shown: ").append(shown, 0, Math.min(shown.length(), 500)).append('\n');
            }
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

    String failures() {
        return table(outcomes.stream().filter(o -> !o.right()).toList());
    }

    static String brokenRenders(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.thrown().isPresent() || !o.renderProblems().isEmpty())
                .map(o -> "'" + o.turn().ask() + "': " + o.thrown().map(Throwable::toString)
                        .orElse(String.join("\n    ", o.renderProblems())))
                .collect(Collectors.joining("\n"));
    }

    private static String newConversationId() {
        return "D-" + UUID.randomUUID();
    }
}
