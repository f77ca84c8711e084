package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.StaleGuides;
import com.transitionadvisor.knowledge.vocabulary.PlanRequestWords;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanOptionsParser;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.understanding.Command;
import com.transitionadvisor.understanding.CommandParser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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
    private static final int REQUESTED_MOVES_SHOWN = 15;
    private static final Pattern ANSWER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Supplier<Knowledge> knowledge;
    private final QuestionLog log;
    private final Clock clock;
    private final PlanDesk plans;
    private final AuthorDirectory authors;
    private final MissingMoves missingMoves;

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
        this(fixed(new Knowledge(parser, advisor, answerer, new PlanInWords(PlanRequestWords.none()))), log, clock, plans,
                authors);
    }

    public Assistant(Supplier<Knowledge> knowledge, QuestionLog log, Clock clock, PlanDesk plans) {
        this(knowledge, log, clock, plans, AuthorDirectory.of(Authors.none()));
    }

    /**
     * @param knowledge what it answers from now; a reload of the knowledge folder replaces it whole, and each call
     *                  reads it once, so one answer never mixes two versions
     * @param authors   who may read the question log; everyone else is told who can
     */
    public Assistant(Supplier<Knowledge> knowledge, QuestionLog log, Clock clock, PlanDesk plans, AuthorDirectory authors) {
        this(knowledge, log, new InMemoryMissingMoves(), clock, plans, authors);
    }

    /** @param missingMoves where the moves asked for that no guide covers are counted, for the authors */
    public Assistant(Supplier<Knowledge> knowledge, QuestionLog log, MissingMoves missingMoves, Clock clock, PlanDesk plans,
                     AuthorDirectory authors) {
        this.knowledge = knowledge;
        this.log = log;
        this.missingMoves = missingMoves;
        this.clock = clock;
        this.plans = plans;
        this.authors = authors;
    }

    /**
     * The parts that depend on one version of the knowledge folder (guides, roles, vocabulary).
     *
     * @param planInWords how a plan is asked for in words in a message ({@code plan_requests} in language.yml)
     */
    public record Knowledge(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, PlanInWords planInWords) {
        public Knowledge(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, PlanRequestWords planWords) {
            this(parser, advisor, answerer, new PlanInWords(planWords));
        }
    }

    private static Supplier<Knowledge> fixed(Knowledge knowledge) {
        return () -> knowledge;
    }

    /** Whether {@code text} (after {@code /transition}) is a plan or team command, which needs a person and a place. */
    public boolean isPlanCommand(String text) {
        Command command = knowledge.get().parser().parse(text);
        return command instanceof Command.Plan || command instanceof Command.Team;
    }

    /**
     * Whether {@code text} asks for what authors read (the unanswered-question log, the moves asked for), which may
     * live in a database that stalls.
     */
    public boolean readsQuestionLog(String text) {
        Command command = knowledge.get().parser().parse(text);
        return command instanceof Command.Unanswered || command instanceof Command.Authors;
    }

    /**
     * The text after {@code /transition}, from a known person in a known place: plan and team commands are
     * answered for them; everything else as {@link #command(String)}. A plan for a pair without a guide gets the
     * same suggestions as asking for that guide.
     */
    public Reply command(String text, Requester requester) {
        Knowledge now = knowledge.get();
        Command command = now.parser().parse(text);
        if (plans != null && command instanceof Command.Plan plan) {
            return planReply(now.advisor(), plans.plan(plan.arguments(), requester));
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
        Command command = knowledge.get().parser().parse(text);
        if (command instanceof Command.Unanswered) {
            return questionLogFor(userId);
        }
        if (command instanceof Command.Authors) {
            return authorsDeskFor(userId);
        }
        Reply reply = forPerson(command(text), userId);
        if (reply instanceof Reply.GuideAnswer answer) {
            knowledge.get().answerer().rememberForPerson(userId, answer.guide());
        }
        return reply;
    }

    /** The text after {@code /transition}, from nobody in particular: the question log is refused. */
    public Reply command(String text) {
        Knowledge now = knowledge.get();
        Command command = now.parser().parse(text);
        if (command instanceof Command.Unanswered) {
            return new Reply.AuthorsOnly(authors.authorIds());
        }
        if (command instanceof Command.Authors) {
            return new Reply.AuthorsDeskRefused();
        }
        return counted(now.advisor(), command, now.advisor().answer(command));
    }

    /** A move asked for that no guide covers is counted for the authors; who asked is not kept. */
    private Reply counted(Advisor advisor, Command command, Reply reply) {
        if (command instanceof Command.ShowTransition show
                && (reply instanceof Reply.NoGuide || reply instanceof Reply.UnknownRole)) {
            advisor.missingMove(show).ifPresent(move -> missingMoves.record(move, clock.instant()));
        }
        return reply;
    }

    /** Help shows the commands for guide authors to authors only. */
    private Reply forPerson(Reply reply, String userId) {
        return reply instanceof Reply.Help help && authors.isAuthor(userId) ? help.withAuthorCommands() : reply;
    }

    /**
     * A direct message or @mention in a conversation (a DM channel, a channel thread, the console). A message
     * written like the command ("backend dev to cloud engineer") gets the same answer as the command; anything
     * else is answered as a question, with the conversation's context.
     */
    public Reply message(String conversation, String userId, String text) {
        return withFeedback(reply(conversation, userId, text), userId);
    }

    /**
     * As {@link #message}. "/transition ?" asks for help, but a message of punctuation alone ("?", "....") says
     * nothing and is answered as such; "help" and a bare @mention still show it.
     */
    private Reply reply(String conversation, String userId, String text) {
        Knowledge now = knowledge.get();
        Advisor advisor = now.advisor();
        QuestionAnswerer answerer = now.answerer();
        Command command = now.parser().parse(text);
        if (command instanceof Command.Unanswered) {
            return questionLogFor(userId);
        }
        if (command instanceof Command.Authors) {
            return authorsDeskFor(userId);
        }
        if (command instanceof Command.ListGuides) {
            return advisor.guideList();
        }
        if (command instanceof Command.Help && (text.isBlank() || text.codePoints().anyMatch(Character::isLetter))) {
            return forPerson(advisor.help(Optional.empty()), userId);
        }
        if (plans != null && command instanceof Command.Plan plan) {
            return planReply(advisor, plans.plan(plan.arguments(), Requester.of(userId)));
        }
        Optional<PlanInWords.Ask> planAsked = plans == null ? Optional.empty() : now.planInWords().read(text);
        if (planAsked.isPresent()) {
            return planInWords(now, conversation, userId, text, planAsked.get());
        }
        if (command instanceof Command.ShowTransition show && advisor.namesKnownRoles(show)) {
            Reply reply = counted(advisor, command, advisor.answer(command));
            if (reply instanceof Reply.GuideAnswer answer) {
                Optional<String> pending = answerer.pendingQuestion(conversation);
                answerer.remember(conversation, answer.guide(), answer.section());
                if (plans != null && pending.flatMap(now.planInWords()::read).equals(Optional.of(PlanInWords.Ask.MAKE))) {
                    return makePlan(advisor, answer.guide().entry(), pending.get(), userId);
                }
                return pending.map(question -> answerer.answer(conversation, userId, question)).orElse(reply);
            }
            if (reply instanceof Reply.NoGuide noGuide) {
                answerer.rememberOwnRole(conversation, noGuide.from());
                return reply;
            }
        }
        Optional<String> waiting = answerer.pendingQuestion(conversation);
        if (plans != null && waiting.flatMap(now.planInWords()::read).equals(Optional.of(PlanInWords.Ask.MAKE))) {
            // "make me a study plan" – "which move?" – "I'm a backend dev and want to become a cloud engineer"
            Optional<GuideEntry> move = answerer.moveFor(conversation, userId, text);
            if (move.isPresent()) {
                return makePlan(advisor, move.get(), waiting.get(), userId);
            }
        }
        return answerer.answer(conversation, userId, text);
    }

    /**
     * "make me a study plan, 5 hours a week": made as {@code /transition plan} would make it, for the move named
     * or the one the conversation is about; without a move, asked for it (the next message naming one makes the
     * plan). "show me my plan" shows it, or how to make one.
     */
    private Reply planInWords(Knowledge now, String conversation, String userId, String text, PlanInWords.Ask ask) {
        if (ask == PlanInWords.Ask.SHOW) {
            return planReply(now.advisor(), plans.plan("", Requester.of(userId)));
        }
        Optional<GuideEntry> move = now.answerer().moveFor(conversation, userId, text);
        if (move.isPresent()) {
            return makePlan(now.advisor(), move.get(), text, userId);
        }
        now.answerer().waitFor(conversation, text);
        return new Reply.PlanReply(new PlanOutcome.WhichMove(now.advisor().guideList().groups().stream()
                .flatMap(group -> group.guides().stream()).toList(), PlanOptionsParser.optionsIn(text, plans.service().today())));
    }

    private Reply makePlan(Advisor advisor, GuideEntry guide, String text, String userId) {
        String options = PlanOptionsParser.optionsIn(text, plans.service().today());
        String move = guide.from().name() + " to " + guide.to().name();
        return planReply(advisor, plans.plan(options.isEmpty() ? move : move + " " + options, Requester.of(userId)));
    }

    private Reply planReply(Advisor advisor, PlanOutcome outcome) {
        if (outcome instanceof PlanOutcome.NoSuchGuide missing) {
            Command show = new Command.ShowTransition(missing.from(), missing.to(), Optional.empty());
            return counted(advisor, show, advisor.answer(show));
        }
        return new Reply.PlanReply(outcome);
    }

    /** The person chose a guide after "which move do you mean?". */
    public Reply chooseGuide(String conversation, String userId, String guideId) {
        return withFeedback(knowledge.get().answerer().answerWithGuide(conversation, userId, guideId), userId);
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

    /** For an author, the guides to review and the moves asked for most; anyone else is told it is for authors. */
    private Reply authorsDeskFor(String userId) {
        if (!authors.isAuthor(userId)) {
            return new Reply.AuthorsDeskRefused();
        }
        Advisor advisor = knowledge.get().advisor();
        return new Reply.AuthorsDesk(new StaleGuides(clock).toReview(advisor.knowledge()),
                missingMoves.mostRequested(REQUESTED_MOVES_SHOWN).stream().map(advisor::named).toList());
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
        return knowledge.get().advisor().open(guideId, section, page);
    }

    public Reply guideList() {
        return knowledge.get().advisor().guideList();
    }
}
