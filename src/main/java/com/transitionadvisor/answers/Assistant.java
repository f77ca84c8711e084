package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Section;
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

/**
 * The app's core entry point, shared by Slack and the console: text or a button's target in, a reply out.
 * Never throws on odd input; anything it cannot understand gets an honest "not sure" or help.
 */
public final class Assistant {
    private static final int UNANSWERED_SHOWN = 15;
    private final CommandParser parser;
    private final Advisor advisor;
    private final QuestionAnswerer answerer;
    private final QuestionLog log;
    private final Clock clock;
    private final PlanDesk plans;
    private final PlanInWords planInWords;

    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock) {
        this(parser, advisor, answerer, log, clock, null);
    }

    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock,
                     PlanDesk plans) {
        this(parser, advisor, answerer, log, clock, plans, PlanRequestWords.none());
    }

    /**
     * @param plans     answers plan and team commands; {@code null} where there is no database (they get help)
     * @param planWords how a plan is asked for in words in a message ({@code plan_requests} in language.yml)
     */
    public Assistant(CommandParser parser, Advisor advisor, QuestionAnswerer answerer, QuestionLog log, Clock clock,
                     PlanDesk plans, PlanRequestWords planWords) {
        this.parser = parser;
        this.advisor = advisor;
        this.answerer = answerer;
        this.log = log;
        this.clock = clock;
        this.plans = plans;
        this.planInWords = new PlanInWords(planWords);
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
            return planReply(plans.plan(plan.arguments(), requester));
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
        Reply reply = command(text);
        if (reply instanceof Reply.GuideAnswer answer) {
            answerer.rememberForPerson(userId, answer.guide());
        }
        return reply;
    }

    /** The text after {@code /transition}. */
    public Reply command(String text) {
        Command command = parser.parse(text);
        if (command instanceof Command.Unanswered) {
            return unansweredQuestions();
        }
        return advisor.answer(command);
    }

    /**
     * A direct message or @mention in a conversation (a DM channel, a channel thread, the console). A message
     * written like the command ("backend dev to cloud engineer") gets the same answer as the command; anything
     * else is answered as a question, with the conversation's context.
     */
    public Reply message(String conversation, String userId, String text) {
        Command command = parser.parse(text);
        if (command instanceof Command.Unanswered) {
            return unansweredQuestions();
        }
        if (command instanceof Command.ListGuides) {
            return advisor.guideList();
        }
        if (command instanceof Command.Help) {
            return advisor.help(Optional.empty());
        }
        if (plans != null && command instanceof Command.Plan plan) {
            return planReply(plans.plan(plan.arguments(), Requester.of(userId)));
        }
        Optional<PlanInWords.Ask> planAsked = plans == null ? Optional.empty() : planInWords.read(text);
        if (planAsked.isPresent()) {
            return planInWords(conversation, userId, text, planAsked.get());
        }
        if (command instanceof Command.ShowTransition show && advisor.namesKnownRoles(show)) {
            Reply reply = advisor.answer(command);
            if (reply instanceof Reply.GuideAnswer answer) {
                Optional<String> pending = answerer.pendingQuestion(conversation);
                answerer.remember(conversation, answer.guide(), answer.section());
                if (plans != null && pending.flatMap(planInWords::read).equals(Optional.of(PlanInWords.Ask.MAKE))) {
                    return makePlan(answer.guide().entry(), pending.get(), userId);
                }
                return pending.map(question -> answerer.answer(conversation, userId, question)).orElse(reply);
            }
            if (reply instanceof Reply.NoGuide noGuide) {
                answerer.rememberOwnRole(conversation, noGuide.from());
                return reply;
            }
        }
        return answerer.answer(conversation, userId, text);
    }

    /**
     * "make me a study plan, 5 hours a week": made as {@code /transition plan} would make it, for the move named
     * or the one the conversation is about; without a move, asked for it (the next message naming one makes the
     * plan). "show me my plan" shows it, or how to make one.
     */
    private Reply planInWords(String conversation, String userId, String text, PlanInWords.Ask ask) {
        if (ask == PlanInWords.Ask.SHOW) {
            return planReply(plans.plan("", Requester.of(userId)));
        }
        Optional<GuideEntry> move = answerer.moveFor(conversation, userId, text);
        if (move.isPresent()) {
            return makePlan(move.get(), text, userId);
        }
        answerer.waitFor(conversation, text);
        return new Reply.PlanReply(new PlanOutcome.WhichMove(advisor.guideList().groups().stream()
                .flatMap(group -> group.guides().stream()).toList(), PlanOptionsParser.optionsIn(text, plans.service().today())));
    }

    private Reply makePlan(GuideEntry guide, String text, String userId) {
        String options = PlanOptionsParser.optionsIn(text, plans.service().today());
        String move = guide.from().name() + " to " + guide.to().name();
        return planReply(plans.plan(options.isEmpty() ? move : move + " " + options, Requester.of(userId)));
    }

    private Reply planReply(PlanOutcome outcome) {
        if (outcome instanceof PlanOutcome.NoSuchGuide missing) {
            return advisor.answer(new Command.ShowTransition(missing.from(), missing.to(), Optional.empty()));
        }
        return new Reply.PlanReply(outcome);
    }

    /** The person chose a guide after "which move do you mean?". */
    public Reply chooseGuide(String conversation, String userId, String guideId) {
        return answerer.answerWithGuide(conversation, userId, guideId);
    }

    /** A 👍 or 👎 on an answer. */
    public void feedback(String userId, String question, boolean helpful) {
        log.record(new QuestionLog.Entry(question, clock.instant(), userId,
                helpful ? QuestionLog.Reason.THUMBS_UP : QuestionLog.Reason.THUMBS_DOWN));
    }

    /** The questions guide authors should look at first. */
    public List<QuestionLog.Frequent> unanswered(int limit) {
        return log.mostFrequent(limit);
    }

    private Reply unansweredQuestions() {
        return new Reply.Unanswered(log.mostFrequent(UNANSWERED_SHOWN));
    }

    /** A button that opens a guide at a section. */
    public Reply open(String guideId, Section section, int page) {
        return advisor.open(guideId, section, page);
    }

    public Reply guideList() {
        return advisor.guideList();
    }
}
