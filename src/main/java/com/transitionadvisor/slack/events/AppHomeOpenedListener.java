package com.transitionadvisor.slack.events;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.plans.HomePublisher;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import com.transitionadvisor.slack.Redeliveries;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.RateLimitRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home tab: acked at once, then the home view is published with {@code views.publish}. */
public final class AppHomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AppHomeOpenedListener.class);

    private final Assistant assistant;
    private final Presenter presenter;
    private final EventDeduplicator deduplicator;
    private final AfterAck afterAck;

    private final HomePublisher home;

    public AppHomeOpenedListener(Assistant assistant, Presenter presenter, AfterAck afterAck) {
        this(assistant, presenter, afterAck, null);
    }

    /** @param home publishes the person's study plan and the guides; {@code null} for the guide list alone */
    public AppHomeOpenedListener(Assistant assistant, Presenter presenter, AfterAck afterAck, HomePublisher home) {
        this(assistant, presenter, new InMemoryEventDeduplicator(Ticker.systemTicker()), afterAck, home);
    }

    /**
     * @param deduplicator an event Slack redelivers (same {@code event_id}) is published once
     * @param home         publishes the person's study plan and the guides; {@code null} for the guide list alone
     */
    public AppHomeOpenedListener(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, AfterAck afterAck,
                                 HomePublisher home) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.deduplicator = deduplicator;
        this.afterAck = afterAck;
        this.home = home;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab()) && event.getTab() != null) {
            return context.ack();
        }
        EventDeduplicator.Decision decision = deduplicator.take(payload.getEventId());
        if (decision == EventDeduplicator.Decision.ANSWER) {
            // Too busy: the tab shows what was published last time; nobody needs telling.
            afterAck.tryRun(() -> {
                publish(event.getUser(), context);
                deduplicator.answered(payload.getEventId());
            });
        }
        return decision == EventDeduplicator.Decision.HELD_ELSEWHERE ? Redeliveries.askAgainLater() : context.ack();
    }

    private void publish(String userId, EventContext context) {
        if (home != null) {
            home.publish(context.client(), userId, java.util.Optional.empty());
            return;
        }
        try {
            SlackMessage home = presenter.slack(assistant.guideList(), Audience.directMessage());
            View view = View.builder().type("home").blocks(home.blocks()).build();
            afterAck.retry().call("views.publish", () -> context.client().viewsPublish(r -> r.userId(userId).view(view)))
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            LOG.warn("publishing the home tab failed: {}", LogSafe.value(RateLimitRetry.cause(failure).toString()));
                        } else if (!response.isOk()) {
                            LOG.warn("views.publish failed: {}", LogSafe.value(response.getError()));
                        }
                    });
        } catch (RuntimeException e) {
            LOG.error("publishing the home tab failed", e);
        }
    }
}
