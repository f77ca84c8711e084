package com.transitionadvisor.slack.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.SlackInput;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /transition …}, answered privately. Guides are in memory, so their answers travel in the ack itself;
 * {@code /transition unanswered} and {@code /transition authors} read the question log and the counted moves, which
 * may be a database that stalls, so they are acked at once and answered afterwards through the {@code response_url}.
 */
public final class TransitionCommandListener implements SlashCommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TransitionCommandListener.class);
    private static final String SORRY = "Sorry, something went wrong on my side. Please try again in a moment.";

    private final Assistant assistant;
    private final Presenter presenter;
    private final AfterAck afterAck;

    /** @param afterAck where answers that read storage run, after the ack */
    public TransitionCommandListener(Assistant assistant, Presenter presenter, AfterAck afterAck) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        String text = SlackInput.text(request.getPayload().getText());
        if (text != null && assistant.readsQuestionLog(text)) {
            if (afterAck.tryRun(() -> respondLater(text, request.getPayload().getUserId(), context))) {
                return context.ack();
            }
            return context.ack(r -> r.responseType("ephemeral").text(AfterAck.BUSY));
        }
        try {
            SlackMessage message = presenter.slack(assistant.command(text, request.getPayload().getUserId()),
                    Audience.privately());
            return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
        } catch (RuntimeException e) {
            LOG.error("/transition failed", e);
            return context.ack(r -> r.responseType("ephemeral").text(SORRY));
        }
    }

    private void respondLater(String text, String userId, SlashCommandContext context) {
        try {
            Reply reply = assistant.command(text, userId);
            SlackMessage message = presenter.slack(reply, Audience.privately());
            context.respond(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
        } catch (IOException | RuntimeException e) {
            LOG.error("/transition {} failed", LogSafe.value(text), e);
            try {
                context.respond(r -> r.responseType("ephemeral").text(SORRY));
            } catch (IOException | RuntimeException again) {
                LOG.warn("could not tell the user about the failure either: {}", LogSafe.value(again.getMessage()));
            }
        }
    }
}
