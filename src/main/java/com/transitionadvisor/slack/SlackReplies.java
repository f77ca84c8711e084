package com.transitionadvisor.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.transitionadvisor.render.SlackMessage;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts rendered messages through the Web API and logs, without secrets, when Slack refuses one. */
public final class SlackReplies {
    private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

    private SlackReplies() {
    }

    /** Posts into a channel or DM, in a thread when {@code threadTs} is given; returns Slack's error, if any. */
    public static Optional<String> post(MethodsClient client, String channel, Optional<String> threadTs, SlackMessage message) {
        try {
            ChatPostMessageResponse response = RateLimitRetry.call("chat.postMessage", () -> client.chatPostMessage(
                    r -> r.channel(channel).threadTs(threadTs.orElse(null)).text(message.text()).blocks(message.blocks())));
            if (!response.isOk()) {
                LOG.warn("chat.postMessage to {} failed: {}", channel, response.getError());
                return Optional.of(response.getError());
            }
            return Optional.empty();
        } catch (IOException | SlackApiException e) {
            LOG.warn("chat.postMessage to {} failed: {}", channel, e.getMessage());
            return Optional.of("request_failed");
        }
    }
}
