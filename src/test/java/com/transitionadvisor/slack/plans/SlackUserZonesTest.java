package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.transitionadvisor.plans.UserZones;
import com.transitionadvisor.plans.ZoneSource;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** A person's zone from users.info: what counts as found, missing or unavailable, and what is kept for how long. */
class SlackUserZonesTest {
    private static final UserZones.Answer UNAVAILABLE = new UserZones.Missing(ZoneSource.PROFILE_UNAVAILABLE);
    private static final UserZones.Answer WITHOUT_ZONE = new UserZones.Missing(ZoneSource.PROFILE_WITHOUT_ZONE);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    /** The users.info answers to give, in order; the users asked about. */
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final SlackUserZones zones = new SlackUserZones(userId -> {
        asked.add(userId);
        return answers.removeFirst().give();
    }, ticker);

    /** One users.info answer: a response, or an exception. */
    @FunctionalInterface
    interface Answer {
        UsersInfoResponse give() throws IOException, SlackApiException;
    }

    @Test
    void profileZone_isFound() {
        answers.add(() -> withTz("Europe/Paris"));
        assertEquals(new UserZones.Found(ZoneId.of("Europe/Paris")), zones.zoneOf("U1"));
        assertEquals(List.of("U1"), asked);
    }

    @Test
    void profileZone_isKeptPerUserForAnHour_thenAskedAgain() {
        answers.add(() -> withTz("Europe/Paris"));
        answers.add(() -> withTz("Asia/Tokyo"));
        answers.add(() -> withTz("America/New_York"));
        zones.zoneOf("U1");
        nanos.addAndGet(SlackUserZones.REMEMBER_FOR.minusSeconds(1).toNanos());

        assertEquals(new UserZones.Found(ZoneId.of("Europe/Paris")), zones.zoneOf("U1"), "still kept");
        assertEquals(new UserZones.Found(ZoneId.of("Asia/Tokyo")), zones.zoneOf("U2"), "each user their own");
        assertEquals(List.of("U1", "U2"), asked);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(new UserZones.Found(ZoneId.of("America/New_York")), zones.zoneOf("U1"), "an hour on: asked again");
        assertEquals(List.of("U1", "U2", "U1"), asked);
    }

    @Test
    void profileWithoutZone_isMissing_andKept() {
        answers.add(() -> withTz(null));
        assertEquals(WITHOUT_ZONE, zones.zoneOf("U1"));
        assertEquals(WITHOUT_ZONE, zones.zoneOf("U1"));
        assertEquals(1, asked.size(), "a profile's answer is kept even when it has no zone");
    }

    @Test
    void blankOrUnknownZone_isMissing() {
        answers.add(() -> withTz("  "));
        answers.add(() -> withTz("Mars/Olympus_Mons"));
        answers.add(() -> ok(null));
        assertEquals(WITHOUT_ZONE, zones.zoneOf("U1"));
        assertEquals(WITHOUT_ZONE, zones.zoneOf("U2"));
        assertEquals(WITHOUT_ZONE, zones.zoneOf("U3"), "no user in the answer");
    }

    @Test
    void refusal_isUnavailable_andNotKept_soTheNextCommandAsksAgain() {
        answers.add(() -> refused("missing_scope"));
        answers.add(() -> withTz("Europe/Paris"));
        assertEquals(UNAVAILABLE, zones.zoneOf("U1"));
        assertEquals(new UserZones.Found(ZoneId.of("Europe/Paris")), zones.zoneOf("U1"), "e.g. after the app was reinstalled");
        assertEquals(2, asked.size());
    }

    @Test
    void everyKindOfFailure_isUnavailable_neverThrown() {
        answers.add(() -> refused("ratelimited"));
        answers.add(() -> refused("user_not_found"));
        answers.add(() -> {
            throw new IOException("connection refused");
        });
        answers.add(() -> {
            throw new SlackApiException(httpResponse(500, null), "");
        });
        answers.add(() -> {
            throw new IllegalStateException("a bug in the SDK");
        });
        answers.add(() -> null);
        for (int i = 0; i < 6; i++) {
            assertEquals(UNAVAILABLE, zones.zoneOf("U1"), "failure " + i);
        }
        assertEquals(6, asked.size(), "a 500 is not retried, and no failure is kept");
    }

    @Test
    void rateLimit_isNotWaitedFor_onTheWorker_andTheNextAskFindsTheZone() {
        // This runs on a worker, which must not sleep for Retry-After: the zone is unavailable this time, not cached.
        answers.add(() -> {
            throw new SlackApiException(httpResponse(429, "30"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        });
        answers.add(() -> withTz("Europe/Paris"));
        long started = System.nanoTime();
        assertEquals(UNAVAILABLE, zones.zoneOf("U1"));
        assertTrue(java.time.Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000, "waited for Retry-After");
        assertEquals(new UserZones.Found(ZoneId.of("Europe/Paris")), zones.zoneOf("U1"));
        assertEquals(List.of("U1", "U1"), asked);
    }

    private static UsersInfoResponse withTz(String tz) {
        User user = new User();
        user.setId("U1");
        user.setTz(tz);
        return ok(user);
    }

    private static UsersInfoResponse ok(User user) {
        UsersInfoResponse response = new UsersInfoResponse();
        response.setOk(true);
        response.setUser(user);
        return response;
    }

    private static UsersInfoResponse refused(String error) {
        UsersInfoResponse response = new UsersInfoResponse();
        response.setOk(false);
        response.setError(error);
        return response;
    }

    private static Response httpResponse(int code, String retryAfter) {
        Response.Builder builder = new Response.Builder()
                .request(new Request.Builder().url("http://127.0.0.1/api/users.info").build())
                .protocol(Protocol.HTTP_1_1).code(code).message("HTTP " + code);
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return builder.build();
    }
}
