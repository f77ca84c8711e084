package com.transitionadvisor.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.transitionadvisor.render.SlackMessage;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts rendered messages through the Web API and logs, without secrets, when Slack refuses one; when an answer
 * is refused, tells the person who asked why, in plain English ({@link SlackFailures}).
 */
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

    /**
     * Posts {@code userId}'s answer like {@link #post}; when Slack refuses it, explains why to that person,
     * privately in the same place (an ephemeral message) or, when that is refused too, in a direct message.
     * Errors about the app's own credentials are only logged: nobody can be told.
     *
     * @return Slack's error for the answer, if any
     */
    public static Optional<String> answer(MethodsClient client, String channel, Optional<String> threadTs, String userId,
                                          SlackMessage message) {
        Optional<String> error = post(client, channel, threadTs, message);
        error.ifPresent(code -> explain(client, channel, threadTs, userId, code));
        return error;
    }

    private static void explain(MethodsClient client, String channel, Optional<String> threadTs, String userId, String error) {
        if (SlackFailures.isCredentialProblem(error)) {
            LOG.error("Slack refused the bot token ({}): nobody can be told. Check SLACK_BOT_TOKEN and the app's scopes "
                    + "(chat:write) in the app's settings.", error);
            return;
        }
        Optional<String> notice = SlackFailures.explain(error, channel);
        if (notice.isEmpty() || userId == null || userId.isBlank()) {
            return;
        }
        if (ephemeral(client, channel, threadTs, userId, notice.get())) {
            return;
        }
        if (channel != null && channel.startsWith("D")) {
            LOG.warn("could not tell {} why their answer was refused ({}): their direct messages are refused too", userId, error);
            return;
        }
        // A user id as the channel posts into the person's direct messages with the app.
        try {
            ChatPostMessageResponse response = RateLimitRetry.call("chat.postMessage",
                    () -> client.chatPostMessage(r -> r.channel(userId).text(notice.get())));
            if (!response.isOk()) {
                LOG.warn("could not tell {} why their answer was refused ({}): {}", userId, error, response.getError());
            }
        } catch (IOException | SlackApiException e) {
            LOG.warn("could not tell {} why their answer was refused ({}): {}", userId, error, e.getMessage());
        }
    }

    private static boolean ephemeral(MethodsClient client, String channel, Optional<String> threadTs, String userId, String text) {
        try {
            ChatPostEphemeralResponse response = RateLimitRetry.call("chat.postEphemeral", () -> client.chatPostEphemeral(
                    r -> r.channel(channel).user(userId).threadTs(threadTs.orElse(null)).text(text)));
            if (!response.isOk()) {
                LOG.info("chat.postEphemeral to {} in {} failed: {}", userId, channel, response.getError());
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            LOG.info("chat.postEphemeral to {} in {} failed: {}", userId, channel, e.getMessage());
            return false;
        }
    }
}
