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
import com.transitionadvisor.slack.SlackInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /transition …}: answered privately, in the ack itself (everything it needs is in memory). */
public final class TransitionCommandListener implements SlashCommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TransitionCommandListener.class);

    private final Assistant assistant;
    private final Presenter presenter;

    public TransitionCommandListener(Assistant assistant, Presenter presenter) {
        this.assistant = assistant;
        this.presenter = presenter;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        try {
            Reply reply = assistant.command(SlackInput.text(request.getPayload().getText()));
            SlackMessage message = presenter.slack(reply, Audience.privately());
            return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
        } catch (RuntimeException e) {
            LOG.error("/transition failed", e);
            return context.ack(r -> r.responseType("ephemeral")
                    .text("Sorry, something went wrong on my side. Please try again in a moment."));
        }
    }
}
