package com.transitionadvisor.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.plans.CheckInSender;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.UiAction;
import com.transitionadvisor.slack.actions.GuideButtonListener;
import com.transitionadvisor.slack.actions.QuestionButtonListener;
import com.transitionadvisor.slack.commands.TransitionCommandListener;
import com.transitionadvisor.slack.events.AppHomeOpenedListener;
import com.transitionadvisor.slack.events.AppMentionListener;
import com.transitionadvisor.slack.events.DirectMessageListener;
import com.transitionadvisor.slack.plans.HomePublisher;
import com.transitionadvisor.slack.plans.PlanListeners;
import com.transitionadvisor.slack.plans.SlackCheckInSender;
import com.transitionadvisor.slack.plans.SlackUserZones;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/** Builds the Bolt app and registers every listener; the only place that knows which listener handles what. */
public final class SlackAppFactory {
    public static final String COMMAND = "/transition";

    private final Assistant assistant;
    private final Presenter presenter;
    private final EventDeduplicator deduplicator;
    private final AfterAck afterAck;

    private final PlanDesk plans;
    private final Ticker ticker;
    private volatile CheckInSender checkInSender;

    public SlackAppFactory(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, ExecutorService executor) {
        this(assistant, presenter, deduplicator, executor, Optional.empty());
    }

    /** @param plans study plans (App Home, plan commands and buttons), when the app has a database */
    public SlackAppFactory(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, ExecutorService executor,
                           Optional<PlanDesk> plans) {
        this(assistant, presenter, deduplicator, executor, plans, Ticker.systemTicker());
    }

    /**
     * @param executor the workers that answer after the ack; one that refuses work when full (a bounded queue,
     *                 {@link AfterAck#boundedWorkers}) makes the overflow get a busy reply
     * @param ticker   the time by which people's Slack time zones are kept ({@link SlackUserZones#REMEMBER_FOR})
     */
    public SlackAppFactory(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, ExecutorService executor,
                           Optional<PlanDesk> plans, Ticker ticker) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.deduplicator = deduplicator;
        this.afterAck = AfterAck.over(executor);
        this.plans = plans.orElse(null);
        this.ticker = ticker;
    }

    /** Sends weekly check-ins as DMs through the app built by {@link #create}; empty before that or without plans. */
    public Optional<CheckInSender> checkInSender() {
        return Optional.ofNullable(checkInSender);
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
        HomePublisher home = plans == null ? null : new HomePublisher(plans, afterAck.retry());
        SlashCommandHandler guides = new TransitionCommandListener(assistant, presenter, afterAck);
        if (plans != null) {
            MethodsClient client = slack.methods(botToken);
            app.command(COMMAND, PlanListeners.register(app, assistant, presenter, plans, home,
                    SlackUserZones.of(client, ticker), afterAck, guides));
            checkInSender = new SlackCheckInSender(client);
        } else {
            app.command(COMMAND, guides);
            // Guide answers carry "Make my plan"; without a database there are no plans: ack the click, do nothing.
            app.blockAction(Pattern.compile("^plan_[a-z_]+(#.*)?$"), (request, context) -> context.ack());
        }
        app.event(MessageEvent.class, new DirectMessageListener(assistant, presenter, deduplicator, afterAck,
                Optional.ofNullable(home)));
        app.event(AppMentionEvent.class, new AppMentionListener(assistant, presenter, deduplicator, afterAck));
        app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(assistant, presenter, deduplicator, afterAck, home));
        GuideButtonListener buttons = new GuideButtonListener(assistant, presenter, afterAck);
        app.blockAction(actionPattern(UiAction.OPEN_SECTION), buttons);
        app.blockAction(actionPattern(UiAction.SHARE), buttons);
        QuestionButtonListener questionButtons = new QuestionButtonListener(assistant, presenter, afterAck);
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
