package com.transitionadvisor.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Web API call again when Slack answers 429, after the wait its {@code Retry-After} header asks for,
 * a few times at most. The synchronous SDK client does not retry by itself. Runs on the listeners' executor,
 * never on the thread that acks.
 */
public final class RateLimitRetry {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitRetry.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** A Web API call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private RateLimitRetry() {
    }

    public static <T> T call(String method, Call<T> call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SlackApiException e) {
                if (e.getResponse() == null || e.getResponse().code() != 429 || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                LOG.info("{} was rate limited; trying again in {} ms", method, wait.toMillis());
                sleep(wait);
            }
        }
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = header == null ? 1 : Long.parseLong(header.strip());
            Duration wait = Duration.ofSeconds(Math.max(1, seconds));
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a rate-limited call", e);
        }
    }
}
