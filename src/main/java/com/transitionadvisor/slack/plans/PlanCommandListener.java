package com.transitionadvisor.slack.plans;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.plans.UserZones;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.SlackInput;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /transition plan …} and {@code /transition team}: acked at once (they use the database), then answered
 * privately through {@code response_url}; the App Home is republished when the plan changed.
 */
public final class PlanCommandListener implements SlashCommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PlanCommandListener.class);

    private final Assistant assistant;
    private final Presenter presenter;
    private final HomePublisher home;
    private final UserZones zones;
    private final AfterAck afterAck;

    public PlanCommandListener(Assistant assistant, Presenter presenter, HomePublisher home, UserZones zones, AfterAck afterAck) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.home = home;
        this.zones = zones;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        String text = SlackInput.text(payload.getText());
        if (afterAck.tryRun(() -> answer(payload, text, context))) {
            return context.ack();
        }
        return context.ack(r -> r.responseType("ephemeral").text(AfterAck.BUSY));
    }

    private void answer(SlashCommandPayload payload, String text, SlashCommandContext context) {
        try {
            Requester requester = requester(payload, context, zones);
            Reply reply = sendFiles(assistant.command(text, requester), payload, context);
            SlackMessage message = presenter.slack(reply, Audience.privately());
            context.respond(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
            home.publishIfChanged(context.client(), payload.getUserId(), reply);
        } catch (IOException | RuntimeException e) {
            LOG.error("/transition plan failed", e);
            try {
                context.respond(r -> r.responseType("ephemeral").text("Sorry, something went wrong on my side. Please try again in a moment."));
            } catch (IOException ignored) {
                LOG.warn("could not tell the user about the failure either");
            }
        }
    }

    /** An export is uploaded as a file; the reply then says where it went (or why it did not). */
    private static Reply sendFiles(Reply reply, SlashCommandPayload payload, SlashCommandContext context) {
        if (reply instanceof Reply.PlanReply plan && plan.outcome() instanceof PlanOutcome.Exported exported) {
            PlanFileSender.Result sent = PlanFileSender.toDirectMessages(context.client(), payload.getUserId(), exported.file(),
                    PlanFileSender.comment(exported));
            return new Reply.PlanReply(PlanFileSender.outcome(sent, exported, payload.getChannelId()));
        }
        return reply;
    }

    static Requester requester(SlashCommandPayload payload, SlashCommandContext context, UserZones zones) {
        String channel = payload.getChannelId();
        boolean teamChannel = channel != null && !channel.startsWith("D") && !"directmessage".equals(payload.getChannelName());
        return new Requester(payload.getUserId(), teamChannel ? Optional.of(channel) : Optional.empty(),
                new SlackSharePoster(context.client(), payload.getChannelName()), zones);
    }
}
