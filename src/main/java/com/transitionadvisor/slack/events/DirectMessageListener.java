package com.transitionadvisor.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.ConversationKeys;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.Redeliveries;
import com.transitionadvisor.slack.SlackInput;
import com.transitionadvisor.slack.SlackReplies;
import com.transitionadvisor.slack.plans.HomePublisher;
import com.transitionadvisor.slack.plans.PlanFileSender;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A direct message to the app: acked at once, answered afterwards with {@code chat.postMessage} (or told the app
 * is busy, when every worker is). Messages
 * from bots (this app included), edits and other subtypes are acked and left alone.
 */
public final class DirectMessageListener implements BoltEventHandler<MessageEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DirectMessageListener.class);

    private final Assistant assistant;
    private final Presenter presenter;
    private final EventDeduplicator deduplicator;
    private final AfterAck afterAck;
    private final Optional<HomePublisher> home;

    public DirectMessageListener(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, AfterAck afterAck) {
        this(assistant, presenter, deduplicator, afterAck, Optional.empty());
    }

    /** @param home republishes the App Home when a DM changed the person's plan, as {@code /transition plan} does */
    public DirectMessageListener(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, AfterAck afterAck,
                                 Optional<HomePublisher> home) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.deduplicator = deduplicator;
        this.afterAck = afterAck;
        this.home = home;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        boolean fromPerson = event.getBotId() == null && event.getBotProfile() == null && event.getUser() != null
                && !event.getUser().equals(context.getBotUserId());
        if (!"im".equals(event.getChannelType()) || !fromPerson || event.getText() == null) {
            return context.ack();
        }
        EventDeduplicator.Decision decision = deduplicator.take(payload.getEventId());
        if (decision == EventDeduplicator.Decision.ANSWER) {
            afterAck.run(() -> {
                answer(event, context);
                deduplicator.answered(payload.getEventId());
            }, AfterAck.BusyReply.post(context.client(), event.getChannel(), Optional.ofNullable(event.getThreadTs())));
        }
        return decision == EventDeduplicator.Decision.HELD_ELSEWHERE ? Redeliveries.askAgainLater() : context.ack();
    }

    private void answer(MessageEvent event, EventContext context) {
        try {
            Reply reply = assistant.message(ConversationKeys.directMessage(event.getChannel()), event.getUser(),
                    SlackInput.text(event.getText()));
            if (reply instanceof Reply.PlanReply plan && plan.outcome() instanceof PlanOutcome.Exported exported) {
                // Asked for in this DM: the file goes here.
                reply = new Reply.PlanReply(PlanFileSender.outcome(PlanFileSender.upload(context.client(), event.getChannel(),
                        exported.file(), PlanFileSender.comment(exported)), exported, event.getChannel()));
            }
            var message = presenter.slack(reply, Audience.directMessage());
            SlackReplies.answer(afterAck.retry(), context.client(), event.getChannel(), Optional.ofNullable(event.getThreadTs()),
                    event.getUser(), message);
            Reply answered = reply;
            home.ifPresent(publisher -> publisher.publishIfChanged(context.client(), event.getUser(), answered));
        } catch (RuntimeException e) {
            LOG.error("answering a direct message failed", e);
        }
    }
}
