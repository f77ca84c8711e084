package com.transitionadvisor.slack;

import com.slack.api.SlackConfig;
import java.time.Duration;

/**
 * Limits on every Web API and {@code response_url} call, so a Slack that stops answering holds a worker for
 * {@link #CALL} at most, not forever (the SDK's own default has no overall limit).
 */
public final class SlackTimeouts {
    /** One whole call: connecting, sending, waiting and reading. */
    public static final Duration CALL = Duration.ofSeconds(10);

    private SlackTimeouts() {
    }

    /** Sets the limits on {@code config}, which is then given to {@code Slack.getInstance}. */
    public static SlackConfig applyTo(SlackConfig config, Duration call) {
        int millis = Math.toIntExact(call.toMillis());
        config.setHttpClientCallTimeoutMillis(millis);
        config.setHttpClientReadTimeoutMillis(millis);
        config.setHttpClientWriteTimeoutMillis(millis);
        return config;
    }
}
