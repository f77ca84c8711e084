package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack answers HTTP 429 with {@code Retry-After} when the app posts too fast: the answer must still go out,
 * once, after the wait Slack asked for, and the ack must not wait for any of it.
 */
class RateLimitSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RETRY_AFTER_1S = Map.of("Retry-After", "1");
    private static final JsonNode RATELIMITED = JSON.createObjectNode().put("ok", false).put("error", "ratelimited");
    /** Retry-After: 1 asks for a second; the test thread may notice the first call a little after it landed. */
    private static final long AT_LEAST_MILLIS = 900;

    @Test
    void directMessageAnswer_rateLimited_isPostedAgainAfterRetryAfter() {
        app.slack().failNext("chat.postMessage", 429, RETRY_AFTER_1S, RATELIMITED);

        long sent = System.nanoTime();
        String id = app.sendEvent(SlackPayloads.directMessage("U123", "D0LIMITED", "backend developer to cloud engineer"));
        app.ack(id);
        long acked = System.nanoTime();
        app.awaitPost("D0LIMITED", 1);
        long first = System.nanoTime();
        app.awaitPost("D0LIMITED", 2);
        long second = System.nanoTime();
        app.awaitAnswersSent();

        assertTrue(millis(acked - sent) < 1000, () -> "the ack waited for the Web API: " + millis(acked - sent) + " ms");
        assertTrue(millis(second - first) >= AT_LEAST_MILLIS,
                () -> "posted again after " + millis(second - first) + " ms, before Retry-After allowed");
        assertTrue(millis(second - sent) >= 1000);
        List<ApiCall> posts = app.posts("D0LIMITED");
        assertEquals(2, posts.size(), () -> "one refused post and one retry: " + RunningApp.describe(posts));
        assertEquals(posts.get(0).body(), posts.get(1).body(), "the retry posts the same answer");
    }

    @Test
    void homeTab_rateLimited_isPublishedAgainAfterRetryAfter() {
        app.slack().failNext("views.publish", 429, RETRY_AFTER_1S, RATELIMITED);
        Predicate<ApiCall> forUser = call -> "U0LIMITHOME".equals(call.param("user_id"));

        long sent = System.nanoTime();
        app.ack(app.sendEvent(SlackPayloads.appHomeOpened("U0LIMITHOME")));
        app.awaitCondition("a views.publish for U0LIMITHOME", () -> count(forUser) >= 1);
        long first = System.nanoTime();
        app.awaitCondition("a second views.publish for U0LIMITHOME", Duration.ofSeconds(5), () -> count(forUser) >= 2);
        long second = System.nanoTime();
        app.awaitAnswersSent();

        assertTrue(millis(second - first) >= AT_LEAST_MILLIS,
                () -> "published again after " + millis(second - first) + " ms, before Retry-After allowed");
        assertTrue(millis(second - sent) >= 1000);
        assertEquals(2, count(forUser));
        List<ApiCall> publishes = app.slack().calls("views.publish").stream().filter(forUser).toList();
        assertEquals("home", publishes.get(1).body().at("/view/type").asText());
    }

    private static long count(Predicate<ApiCall> match) {
        return app.slack().calls("views.publish").stream().filter(match).count();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
