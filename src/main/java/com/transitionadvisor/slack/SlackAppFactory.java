package com.transitionadvisor.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.UiAction;
import com.transitionadvisor.slack.actions.GuideButtonListener;
import com.transitionadvisor.slack.actions.QuestionButtonListener;
import com.transitionadvisor.slack.commands.TransitionCommandListener;
import com.transitionadvisor.slack.events.AppHomeOpenedListener;
import com.transitionadvisor.slack.events.AppMentionListener;
import com.transitionadvisor.slack.events.DirectMessageListener;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/** Builds the Bolt app and registers every listener; the only place that knows which listener handles what. */
public final class SlackAppFactory {
    public static final String COMMAND = "/transition";

    private final Assistant assistant;
    private final Presenter presenter;
    private final EventDeduplicator deduplicator;
    private final ExecutorService executor;

    public SlackAppFactory(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, ExecutorService executor) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.deduplicator = deduplicator;
        this.executor = executor;
    }

    public App create(Slack slack, String botToken) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                // Slack redelivers any event that is not acked; ack subtypes (edits, deletions) we ignore.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        App app = new App(config);
        app.command(COMMAND, new TransitionCommandListener(assistant, presenter));
        app.event(MessageEvent.class, new DirectMessageListener(assistant, presenter, deduplicator, executor));
        app.event(AppMentionEvent.class, new AppMentionListener(assistant, presenter, deduplicator, executor));
        app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(assistant, presenter, executor));
        GuideButtonListener buttons = new GuideButtonListener(assistant, presenter, executor);
        app.blockAction(actionPattern(UiAction.OPEN_SECTION), buttons);
        app.blockAction(actionPattern(UiAction.SHARE), buttons);
        QuestionButtonListener questionButtons = new QuestionButtonListener(assistant, presenter, executor);
        app.blockAction(actionPattern(UiAction.CHOOSE_GUIDE), questionButtons);
        app.blockAction(actionPattern(UiAction.HELPFUL), questionButtons);
        app.blockAction(actionPattern(UiAction.NOT_HELPFUL), questionButtons);
        return app;
    }

    /** Buttons get ids like {@code open_section#3} so that ids are unique within a message. */
    static Pattern actionPattern(String actionId) {
        return Pattern.compile("^" + Pattern.quote(actionId) + "(#\\d+)?$");
    }
}
