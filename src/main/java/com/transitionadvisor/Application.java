package com.transitionadvisor;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.answers.Advisor;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.QuestionAnswerer;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.CardComposer;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.QuestionInterpreter;
import com.transitionadvisor.understanding.RoleMatcher;
import com.transitionadvisor.understanding.TopicDetector;
import com.transitionadvisor.plans.PlanBuilder;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanService;
import com.transitionadvisor.plans.PlanStore;
import java.time.Clock;
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

    /** Without study plans. @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid */
    public static Application start(Settings settings, QuestionLog questionLog) {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(settings.knowledgeDir());
        return of(knowledge, questionLog, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** With study plans kept in {@code plans}. @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException */
    public static Application start(Settings settings, QuestionLog questionLog, PlanStore plans) {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(settings.knowledgeDir());
        return of(knowledge, questionLog, Clock.systemUTC(), Ticker.systemTicker(), plans);
    }

    public static Application of(KnowledgeBase knowledge, QuestionLog questionLog, Clock clock, Ticker ticker) {
        return of(knowledge, questionLog, clock, ticker, null);
    }

    /** @param planStore where plans are kept; {@code null} for an app without study plans */
    public static Application of(KnowledgeBase knowledge, QuestionLog questionLog, Clock clock, Ticker ticker, PlanStore planStore) {
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        TopicDetector topics = new TopicDetector();
        PassageIndex index = PassageIndex.build(knowledge.guides().stream().map(e -> knowledge.guideById(e.id()).orElseThrow()).toList(),
                new PassageExtractor(topics));
        QuestionAnswerer answerer = new QuestionAnswerer(knowledge, new QuestionInterpreter(roles, topics), index,
                new ConversationMemory(ticker), questionLog, clock);
        CommandParser parser = new CommandParser(roles);
        PlanDesk plans = planStore == null ? null : new PlanDesk(new PlanService(planStore, knowledge, new PlanBuilder(), clock),
                knowledge, roles, parser, clock.getZone());
        Assistant assistant = new Assistant(parser, new Advisor(knowledge, roles), answerer, questionLog, clock, plans);
        Presenter presenter = new Presenter(new CardComposer(knowledge.guides()), new BlockKitRenderer(), new ConsoleRenderer());
        return new Application(knowledge, assistant, presenter, Optional.ofNullable(plans));
    }
}
