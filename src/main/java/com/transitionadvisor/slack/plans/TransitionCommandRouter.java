package com.transitionadvisor.slack.plans;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.slack.SlackInput;

/**
 * Bolt takes one handler per command: {@code /transition plan …} and {@code /transition team} go to the plan
 * listener, everything else to the guide listener.
 */
public final class TransitionCommandRouter implements SlashCommandHandler {
    private final Assistant assistant;
    private final SlashCommandHandler plans;
    private final SlashCommandHandler guides;

    public TransitionCommandRouter(Assistant assistant, SlashCommandHandler plans, SlashCommandHandler guides) {
        this.assistant = assistant;
        this.plans = plans;
        this.guides = guides;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) throws java.io.IOException, com.slack.api.methods.SlackApiException {
        String text = SlackInput.text(request.getPayload().getText());
        boolean plan;
        try {
            plan = assistant.isPlanCommand(text == null ? "" : text);
        } catch (RuntimeException e) {
            plan = false;
        }
        return plan ? plans.apply(request, context) : guides.apply(request, context);
    }
}
