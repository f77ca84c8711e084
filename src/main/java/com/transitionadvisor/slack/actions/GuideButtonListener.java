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
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guide buttons. "Open a section" replaces the message in place; "Share in channel" posts the same view
 * visibly in the channel, attributed to whoever shared it. Both ack first and answer through
 * {@code response_url}, which also works in channels the bot has not joined.
 */
public final class GuideButtonListener implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GuideButtonListener.class);

    private final Assistant assistant;
    private final Presenter presenter;
    private final AfterAck afterAck;

    public GuideButtonListener(Assistant assistant, Presenter presenter, AfterAck afterAck) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return context.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        boolean share = action.getActionId() != null && action.getActionId().startsWith(UiAction.SHARE);
        Reply reply = UiAction.guideTarget(action.getValue())
                .map(target -> assistant.open(target.guideId(), target.section(), target.page()))
                .orElseGet(assistant::guideList);
        afterAck.run(() -> {
            try {
                if (share) {
                    SlackMessage message = presenter.slack(reply, Audience.sharedBy(userId));
                    context.respond(r -> r.responseType("in_channel").replaceOriginal(false)
                            .text(message.text()).blocks(message.blocks()));
                } else {
                    SlackMessage message = presenter.slack(reply, audienceOf(payload));
                    context.respond(r -> r.replaceOriginal(true).text(message.text()).blocks(message.blocks()));
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("answering a button click failed", e);
            }
        }, () -> context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(AfterAck.BUSY)));
        return context.ack();
    }

    private static Audience audienceOf(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        if (container != null && container.isEphemeral()) {
            return Audience.privately();
        }
        String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
        return channel.startsWith("D") ? Audience.directMessage() : Audience.thread();
    }
}
