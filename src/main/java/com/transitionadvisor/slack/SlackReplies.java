package com.transitionadvisor.slack;

import com.slack.api.methods.MethodsClient;
import com.transitionadvisor.render.SlackMessage;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts rendered messages through the Web API and logs, without secrets, when Slack refuses one; when an answer
 * is refused, tells the person who asked why, in plain English ({@link SlackFailures}). A rate-limited post is
 * retried through {@link RateLimitRetry} without holding the worker, so results come as futures.
 */
public final class SlackReplies {
    private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

    private SlackReplies() {
    }

    /** Posts into a channel or DM, in a thread when {@code threadTs} is given; completes with Slack's error, if any. */
    public static CompletableFuture<Optional<String>> post(RateLimitRetry retry, MethodsClient client, String channel,
                                                           Optional<String> threadTs, SlackMessage message) {
        return retry.call("chat.postMessage", () -> client.chatPostMessage(
                        r -> r.channel(channel).threadTs(threadTs.orElse(null)).text(message.text()).blocks(message.blocks())))
                .handle((response, failure) -> {
                    if (failure != null) {
                        LOG.warn("chat.postMessage to {} failed: {}", LogSafe.value(channel),
                                LogSafe.value(RateLimitRetry.cause(failure).getMessage()));
                        return Optional.of("request_failed");
                    }
                    if (!response.isOk()) {
                        LOG.warn("chat.postMessage to {} failed: {}", LogSafe.value(channel), LogSafe.value(response.getError()));
                        return Optional.of(response.getError());
                    }
                    return Optional.empty();
                });
    }

    /**
     * Posts {@code userId}'s answer like {@link #post}; when Slack refuses it, explains why to that person,
     * privately in the same place (an ephemeral message) or, when that is refused too, in a direct message.
     * Errors about the app's own credentials are only logged: nobody can be told.
     *
     * @return Slack's error for the answer, if any, once the answer (and any explanation) has been sent
     */
    public static CompletableFuture<Optional<String>> answer(RateLimitRetry retry, MethodsClient client, String channel,
                                                             Optional<String> threadTs, String userId, SlackMessage message) {
        return post(retry, client, channel, threadTs, message).thenCompose(error -> error
                .map(code -> explain(retry, client, channel, threadTs, userId, code).thenApply(done -> error))
                .orElseGet(() -> CompletableFuture.completedFuture(error)));
    }

    private static CompletableFuture<Void> explain(RateLimitRetry retry, MethodsClient client, String channel,
                                                   Optional<String> threadTs, String userId, String error) {
        if (SlackFailures.isCredentialProblem(error)) {
            LOG.error("Slack refused the bot token ({}): nobody can be told. Check SLACK_BOT_TOKEN and the app's scopes "
                    + "(chat:write) in the app's settings.", LogSafe.value(error));
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> notice = SlackFailures.explain(error, channel);
        if (notice.isEmpty() || userId == null || userId.isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        return ephemeral(retry, client, channel, threadTs, userId, notice.get()).thenCompose(shown -> {
            if (shown) {
                return CompletableFuture.completedFuture(null);
            }
            if (channel != null && channel.startsWith("D")) {
                LOG.warn("could not tell {} why their answer was refused ({}): their direct messages are refused too",
                        LogSafe.value(userId), LogSafe.value(error));
                return CompletableFuture.completedFuture(null);
            }
            // A user id as the channel posts into the person's direct messages with the app.
            return retry.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(userId).text(notice.get())))
                    .handle((response, failure) -> {
                        String why = failure != null ? RateLimitRetry.cause(failure).getMessage()
                                : response.isOk() ? null : response.getError();
                        if (failure != null || !response.isOk()) {
                            LOG.warn("could not tell {} why their answer was refused ({}): {}", LogSafe.value(userId),
                                    LogSafe.value(error), LogSafe.value(why));
                        }
                        return null;
                    });
        });
    }

    private static CompletableFuture<Boolean> ephemeral(RateLimitRetry retry, MethodsClient client, String channel,
                                                        Optional<String> threadTs, String userId, String text) {
        return retry.call("chat.postEphemeral", () -> client.chatPostEphemeral(
                        r -> r.channel(channel).user(userId).threadTs(threadTs.orElse(null)).text(text)))
                .handle((response, failure) -> {
                    String why = failure != null ? RateLimitRetry.cause(failure).getMessage()
                            : response.isOk() ? null : response.getError();
                    if (why != null || failure != null) {
                        LOG.info("chat.postEphemeral to {} in {} failed: {}", LogSafe.value(userId), LogSafe.value(channel),
                                LogSafe.value(why));
                        return false;
                    }
                    return true;
                });
    }
}
