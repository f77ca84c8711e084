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
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a weekly check-in as a direct message from the app (posting to a user id opens the app's DM), and says whether
 * Slack took it: {@link Delivery#UNKNOWN} when it cannot tell (a timeout), so the scheduler never posts it twice.
 */
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
        } catch (SlackApiException e) {
            // An HTTP error: 429 (after the retries) and other 4xx were refused; a 5xx may come after the post was made.
            int status = e.getResponse() == null ? 0 : e.getResponse().code();
            LOG.warn("sending a check-in failed with HTTP {}", status);
            return status >= 400 && status < 500 ? Delivery.RETRY : Delivery.UNKNOWN;
        } catch (IOException e) {
            LOG.warn("sending a check-in failed: {}", e.toString());
            return neverSent(e) ? Delivery.RETRY : Delivery.UNKNOWN;
        }
    }

    /**
     * Slack was never reached (no route, no such host, connection refused): the post surely was not made. Anything
     * else (a timeout, a connection reset) may come after Slack took the request.
     */
    static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
    }
}
