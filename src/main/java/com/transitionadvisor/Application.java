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
import java.time.Clock;

/** The core object graph, built once; shared by the Slack edge and the console. */
public record Application(KnowledgeBase knowledge, Assistant assistant, Presenter presenter) {

    /** @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid */
    public static Application start(Settings settings, QuestionLog questionLog) {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(settings.knowledgeDir());
        return of(knowledge, questionLog, Clock.systemUTC(), Ticker.systemTicker());
    }

    public static Application of(KnowledgeBase knowledge, QuestionLog questionLog, Clock clock, Ticker ticker) {
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        TopicDetector topics = new TopicDetector();
        PassageIndex index = PassageIndex.build(knowledge.guides(), new PassageExtractor(topics));
        QuestionAnswerer answerer = new QuestionAnswerer(knowledge, new QuestionInterpreter(roles, topics), index,
                new ConversationMemory(ticker), questionLog, clock);
        Assistant assistant = new Assistant(new CommandParser(roles), new Advisor(knowledge, roles), answerer,
                questionLog, clock);
        Presenter presenter = new Presenter(new CardComposer(knowledge.guides()), new BlockKitRenderer(), new ConsoleRenderer());
        return new Application(knowledge, assistant, presenter);
    }
}
