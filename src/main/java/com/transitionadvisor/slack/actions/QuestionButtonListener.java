package com.transitionadvisor.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.render.UiAction;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.ConversationKeys;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons on answers to questions: choosing a guide after "which move do you mean?" (the answer replaces the
 * question), and 👍 / 👎 on a stored answer (one vote per person; a second click changes it), thanked privately.
 */
public final class QuestionButtonListener implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionButtonListener.class);

    private final Assistant assistant;
    private final Presenter presenter;
    private final AfterAck afterAck;

    public QuestionButtonListener(Assistant assistant, Presenter presenter, AfterAck afterAck) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return context.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        String userId = payload.getUser().getId();
        afterAck.run(() -> {
            try {
                if (actionId.startsWith(UiAction.CHOOSE_GUIDE)) {
                    Reply reply = assistant.chooseGuide(conversation(payload), userId, action.getValue());
                    SlackMessage message = presenter.slack(reply, audience(payload));
                    context.respond(r -> r.replaceOriginal(true).text(message.text()).blocks(message.blocks()));
                } else {
                    // the voter is whoever Slack says clicked; the value only names the stored answer
                    Reply noted = assistant.feedback(userId, action.getValue() == null ? "" : action.getValue(),
                            actionId.startsWith(UiAction.HELPFUL));
                    SlackMessage message = presenter.slack(noted, Audience.privately());
                    context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(message.text())
                            .blocks(message.blocks()));
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("answering a button click failed", e);
            }
        }, () -> context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(AfterAck.BUSY)));
        return context.ack();
    }

    private static String conversation(BlockActionPayload payload) {
        String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
        BlockActionPayload.Container container = payload.getContainer();
        String threadTs = container == null ? null : container.getThreadTs();
        String messageTs = container == null ? null : container.getMessageTs();
        return ConversationKeys.ofMessage(channel, threadTs, messageTs);
    }

    private static Audience audience(BlockActionPayload payload) {
        String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
        return channel.startsWith("D") ? Audience.directMessage() : Audience.thread();
    }
}
