package com.transitionadvisor.slack.plans;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.transitionadvisor.plans.CheckIn;
import com.transitionadvisor.plans.CheckInSender;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.PlanCards;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.RateLimitRetry;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a weekly check-in as a direct message from the app (posting to a user id opens the app's DM). */
public final class SlackCheckInSender implements CheckInSender {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCheckInSender.class);
    /** Errors that will not pass by trying again later this week. */
    private static final Set<String> PERMANENT = Set.of("user_not_found", "account_inactive", "cannot_dm_bot",
            "channel_not_found", "user_disabled", "invalid_auth", "not_authed", "token_revoked", "missing_scope");

    private final MethodsClient client;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    public SlackCheckInSender(MethodsClient client) {
        this.client = client;
    }

    @Override
    public Delivery send(CheckIn checkIn) {
        SlackMessage message = renderer.render(PlanCards.checkIn(checkIn));
        String user = checkIn.schedule().userId();
        try {
            var response = RateLimitRetry.callWaiting("chat.postMessage", () -> client.chatPostMessage(r -> r
                    .channel(user).text(message.text()).blocks(message.blocks())));
            if (response.isOk()) {
                return Delivery.SENT;
            }
            LOG.warn("a check-in was refused: {}", response.getError());
            return PERMANENT.contains(response.getError()) ? Delivery.SKIP : Delivery.RETRY;
        } catch (IOException | SlackApiException e) {
            LOG.warn("sending a check-in failed: {}", e.getMessage());
            return Delivery.RETRY;
        }
    }
}
