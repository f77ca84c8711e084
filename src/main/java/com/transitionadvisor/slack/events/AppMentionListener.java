package com.transitionadvisor.slack.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.ConversationKeys;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.Redeliveries;
import com.transitionadvisor.slack.SlackInput;
import com.transitionadvisor.slack.SlackReplies;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An @mention in a channel: acked at once, answered in a thread on the mentioning message; a reply only for the
 * person who asked ({@link Reply#forAskerOnly()}) goes to their direct messages instead.
 */
public final class AppMentionListener implements BoltEventHandler<AppMentionEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AppMentionListener.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final Assistant assistant;
    private final Presenter presenter;
    private final EventDeduplicator deduplicator;
    private final AfterAck afterAck;

    public AppMentionListener(Assistant assistant, Presenter presenter, EventDeduplicator deduplicator, AfterAck afterAck) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.deduplicator = deduplicator;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
        AppMentionEvent event = payload.getEvent();
        boolean fromPerson = event.getBotId() == null && event.getUser() != null
                && !event.getUser().equals(context.getBotUserId()) && event.getEdited() == null;
        if (!fromPerson) {
            return context.ack();
        }
        EventDeduplicator.Decision decision = deduplicator.take(payload.getEventId());
        if (decision == EventDeduplicator.Decision.ANSWER) {
            String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            afterAck.run(() -> {
                answer(event, context);
                deduplicator.answered(payload.getEventId());
            },
                    // Privately: the channel need not hear that the app is busy.
                    AfterAck.BusyReply.ephemeral(context.client(), event.getChannel(), event.getUser(), Optional.ofNullable(threadTs)));
        }
        return decision == EventDeduplicator.Decision.HELD_ELSEWHERE ? Redeliveries.askAgainLater() : context.ack();
    }

    private void answer(AppMentionEvent event, EventContext context) {
        try {
            String text = SlackInput.text(MENTION.matcher(event.getText() == null ? "" : event.getText()).replaceAll(" ").strip());
            String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            Reply reply = assistant.message(ConversationKeys.thread(event.getChannel(), threadTs), event.getUser(), text);
            if (reply.forAskerOnly()) {
                // Never in the channel or its thread: the reply goes to the person's DM, and the thread gets a pointer.
                SlackReplies.post(afterAck.retry(), context.client(), event.getUser(), Optional.empty(),
                        presenter.slack(reply, Audience.directMessage())).thenCompose(error -> SlackReplies.answer(
                                afterAck.retry(), context.client(), event.getChannel(), Optional.ofNullable(threadTs),
                                event.getUser(), presenter.slack(new Reply.SentPrivately(error.isEmpty()), Audience.thread())));
                return;
            }
            var message = presenter.slack(reply, Audience.thread());
            // Refused (not in the channel, archived, …): the person is told why, privately or in a DM.
            SlackReplies.answer(afterAck.retry(), context.client(), event.getChannel(), Optional.ofNullable(threadTs), event.getUser(), message);
        } catch (RuntimeException e) {
            LOG.error("answering a mention failed", e);
        }
    }
}
