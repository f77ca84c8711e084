package com.transitionadvisor.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Web API call again when Slack answers 429, after the wait its {@code Retry-After} header asks for, a few
 * times at most. The synchronous SDK client does not retry by itself. {@link #call(String, Call)} waits on a timer
 * and runs the next attempt on a worker, so no worker sleeps while Slack's limit is in force.
 */
public final class RateLimitRetry {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitRetry.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final ScheduledExecutorService timer;
    private final Executor workers;

    /** A Web API call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    /**
     * @param timer   where the waits for {@code Retry-After} are scheduled
     * @param workers where the attempts after the first run; when it refuses, the call fails as rate limited
     */
    public RateLimitRetry(ScheduledExecutorService timer, Executor workers) {
        this.timer = timer;
        this.workers = workers;
    }

    /**
     * Makes the first attempt now, on this thread; after a 429 the next one is scheduled, and the result comes
     * through the returned future (already complete when no 429 came). It fails with the call's own exception.
     */
    public <T> CompletableFuture<T> call(String method, Call<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(method, call, 1, result);
        return result;
    }

    private <T> void attempt(String method, Call<T> call, int attempt, CompletableFuture<T> result) {
        try {
            result.complete(call.run());
        } catch (SlackApiException e) {
            if (!rateLimited(e) || attempt == MAX_ATTEMPTS) {
                result.completeExceptionally(e);
                return;
            }
            Duration wait = retryAfter(e.getResponse().header("Retry-After"));
            LOG.info("{} was rate limited; trying again in {} ms", method, wait.toMillis());
            try {
                timer.schedule(() -> {
                    try {
                        workers.execute(() -> attempt(method, call, attempt + 1, result));
                    } catch (RejectedExecutionException busy) {
                        result.completeExceptionally(e);
                    }
                }, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                result.completeExceptionally(e);
            }
        } catch (IOException | RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * For a thread of its own with nothing else to do meanwhile (check-ins, knowledge reloads): the same retries, waited for on the
     * calling thread. Never call it on a worker; use {@link #call(String, Call)} there.
     */
    public static <T> T callWaiting(String method, Call<T> call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SlackApiException e) {
                if (!rateLimited(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                LOG.info("{} was rate limited; trying again in {} ms", method, wait.toMillis());
                sleep(wait);
            }
        }
    }

    /** The exception a failed {@link #call(String, Call)} stage carries, unwrapped. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static boolean rateLimited(SlackApiException e) {
        return e.getResponse() != null && e.getResponse().code() == 429;
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
