package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.understanding.Command;
import com.transitionadvisor.understanding.CommandParser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's core entry point, shared by Slack and the console: text or a button's target in, a reply out.
 * Never throws on odd input; anything it cannot understand gets an honest "not sure" or help.
 */
public final class Assistant {
    private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);
    private static final int UNANSWERED_SHOWN = 15;
    private static final Pattern ANSWER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final CommandParser parser;
    private final Advisor advisor;
    private final QuestionAnswerer answerer;
    private final QuestionLog log;
    private final Clock clock;
    private final PlanDesk plans;
    private final AuthorDirectory authors;

    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock) {
        this(parser, advisor, answerer, log, clock, null);
    }

    /** @param plans answers plan and team commands; {@code null} where there is no database (they get help) */
    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock,
                     PlanDesk plans) {
        this(parser, advisor, answerer, log, clock, plans, AuthorDirectory.of(Authors.none()));
    }

    /** @param authors who may read the question log; everyone else is told who can */
    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock,
                     PlanDesk plans, AuthorDirectory authors) {
        this.parser = parser;
        this.advisor = advisor;
        this.answerer = answerer;
        this.log = log;
        this.clock = clock;
        this.plans = plans;
        this.authors = authors;
    }

    /** Whether {@code text} (after {@code /transition}) is a plan or team command, which needs a person and a place. */
    public boolean isPlanCommand(String text) {
        Command command = parser.parse(text);
        return command instanceof Command.Plan || command instanceof Command.Team;
    }

    /** Whether {@code text} asks for the unanswered-question log, which may live in a database that stalls. */
    public boolean readsQuestionLog(String text) {
        return parser.parse(text) instanceof Command.Unanswered;
    }

    /**
     * The text after {@code /transition}, from a known person in a known place: plan and team commands are
     * answered for them; everything else as {@link #command(String)}. A plan for a pair without a guide gets the
     * same suggestions as asking for that guide.
     */
    public Reply command(String text, Requester requester) {
        Command command = parser.parse(text);
        if (plans != null && command instanceof Command.Plan plan) {
            PlanOutcome outcome = plans.plan(plan.arguments(), requester);
            if (outcome instanceof PlanOutcome.NoSuchGuide missing) {
                return advisor.answer(new Command.ShowTransition(missing.from(), missing.to(), Optional.empty()));
            }
            return new Reply.PlanReply(outcome);
        }
        if (plans != null && command instanceof Command.Team) {
            return new Reply.PlanReply(plans.team(requester));
        }
        return command(text, requester.userId());
    }

    /**
     * The text after {@code /transition}, from {@code userId}: a guide it shows becomes what that person's next
     * question is about, wherever they ask it.
     */
    public Reply command(String text, String userId) {
        if (parser.parse(text) instanceof Command.Unanswered) {
            return questionLogFor(userId);
        }
        Reply reply = command(text);
        if (reply instanceof Reply.GuideAnswer answer) {
            answerer.rememberForPerson(userId, answer.guide());
        }
        return reply;
    }

    /** The text after {@code /transition}, from nobody in particular: the question log is refused. */
    public Reply command(String text) {
        Command command = parser.parse(text);
        if (command instanceof Command.Unanswered) {
            return new Reply.AuthorsOnly(authors.authorIds());
        }
        return advisor.answer(command);
    }

    /**
     * A direct message or @mention in a conversation (a DM channel, a channel thread, the console). A message
     * written like the command ("backend dev to cloud engineer") gets the same answer as the command; anything
     * else is answered as a question, with the conversation's context.
     */
    public Reply message(String conversation, String userId, String text) {
        return withFeedback(reply(conversation, userId, text), userId);
    }

    private Reply reply(String conversation, String userId, String text) {
        Command command = parser.parse(text);
        if (command instanceof Command.Unanswered) {
            return questionLogFor(userId);
        }
        if (command instanceof Command.ListGuides) {
            return advisor.guideList();
        }
        if (command instanceof Command.Help) {
            return advisor.help(Optional.empty());
        }
        if (command instanceof Command.ShowTransition show && advisor.namesKnownRoles(show)) {
            Reply reply = advisor.answer(command);
            if (reply instanceof Reply.GuideAnswer answer) {
                Optional<String> pending = answerer.pendingQuestion(conversation);
                answerer.remember(conversation, answer.guide(), answer.section());
                return pending.map(question -> answerer.answer(conversation, userId, question)).orElse(reply);
            }
            if (reply instanceof Reply.NoGuide noGuide) {
                answerer.rememberOwnRole(conversation, noGuide.from());
                return reply;
            }
        }
        return answerer.answer(conversation, userId, text);
    }

    /** The person chose a guide after "which move do you mean?". */
    public Reply chooseGuide(String conversation, String userId, String guideId) {
        return withFeedback(answerer.answerWithGuide(conversation, userId, guideId), userId);
    }

    /**
     * {@code userId}'s 👍 or 👎 on the stored answer {@code answerId} (from the button); one vote per person per
     * answer, which a second click changes. An id that names no stored answer records nothing.
     */
    public Reply feedback(String userId, String answerId, boolean helpful) {
        if (!ANSWER_ID.matcher(answerId).matches()) {
            return new Reply.FeedbackNoted(helpful, QuestionLog.Vote.NO_SUCH_ANSWER);
        }
        return new Reply.FeedbackNoted(helpful, log.vote(answerId, userId, helpful, clock.instant()));
    }

    /** An answer is stored, so its 👍/👎 buttons can name it; if it cannot be, it goes out without them. */
    private Reply withFeedback(Reply reply, String userId) {
        if (!(reply instanceof Reply.PassageAnswer answer)) {
            return reply;
        }
        QuestionLog.AnswerRecord record = new QuestionLog.AnswerRecord(UUID.randomUUID().toString(), answer.question(),
                answer.guide().id(), answer.section().key(), answer.passages().get(0).title(), userId, clock.instant());
        try {
            log.recordAnswer(record);
            return answer.withFeedbackId(record.id());
        } catch (RuntimeException e) {
            LOG.warn("could not store an answer for feedback; it is sent without 👍/👎: {}", e.toString());
            return answer;
        }
    }

    /** The question log for an author; for anyone else, who to ask. */
    private Reply questionLogFor(String userId) {
        return authors.isAuthor(userId) ? unansweredQuestions() : new Reply.AuthorsOnly(authors.authorIds());
    }

    /** The questions guide authors should look at first. */
    public List<QuestionLog.Frequent> unanswered(int limit) {
        return log.mostFrequent(limit);
    }

    private Reply unansweredQuestions() {
        // redacted again as shown: rows kept before redaction existed are shown without names and numbers too
        return new Reply.Unanswered(log.mostFrequent(UNANSWERED_SHOWN).stream()
                .map(q -> new QuestionLog.Frequent(QuestionRedaction.redact(q.question()), q.count(), q.lastAsked()))
                .toList());
    }

    /** A button that opens a guide at a section. */
    public Reply open(String guideId, Section section, int page) {
        return advisor.open(guideId, section, page);
    }

    public Reply guideList() {
        return advisor.guideList();
    }
}
