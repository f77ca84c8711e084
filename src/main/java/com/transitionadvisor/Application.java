package com.transitionadvisor;

import com.transitionadvisor.answers.Advisor;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.CardComposer;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.RoleMatcher;

/** The core object graph, built once from the settings; shared by the Slack edge and the console. */
public record Application(KnowledgeBase knowledge, Assistant assistant, Presenter presenter) {

    /** @throws com.transitionadvisor.knowledge.InvalidKnowledgeBaseException when any guide is invalid */
    public static Application start(Settings settings) {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(settings.knowledgeDir());
        return of(knowledge);
    }

    public static Application of(KnowledgeBase knowledge) {
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        Assistant assistant = new Assistant(new CommandParser(roles), new Advisor(knowledge, roles));
        Presenter presenter = new Presenter(new CardComposer(), new BlockKitRenderer(), new ConsoleRenderer());
        return new Application(knowledge, assistant, presenter);
    }
}
