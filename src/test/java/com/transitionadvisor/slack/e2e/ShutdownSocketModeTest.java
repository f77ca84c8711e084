package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shutting down (what {@code Main}'s SIGTERM hook runs) and starting up: {@link SocketModeRunner#close()} stops
 * taking requests first (a normal close of the socket, so Slack sends new ones elsewhere), lets answers already
 * under way finish and post, then closes the client; {@link SocketModeRunner#connect} reports "connected" only
 * for a socket that is really open. Each test starts its own app, since it ends it.
 */
class ShutdownSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NORMAL_CLOSURE = 1000;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void close_withAnAnswerInFlight_closesTheSocketFirst_thenLetsTheAnswerPost_thenReturns() throws Exception {
        TestQuestionLog log = new TestQuestionLog();
        try (RunningApp app = new RunningApp().withQuestionLog(() -> log).startNow()) {
            log.stall();
            // Out of scope, so its answer records the question first, and waits there: in flight.
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0BYE", "D0INFLIGHT", "what's the weather like today?")));
            log.awaitWaiting(1, RunningApp.WAIT);

            SocketModeRunner runner = app.runner();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
                try {
                    runner.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            app.awaitCondition("the app to close its socket", () -> app.slack().openConnectionCount() == 0);

            assertEquals(List.of(NORMAL_CLOSURE), app.slack().closesByApp(), "a normal close handshake, not a drop");
            assertFalse(closing.isDone(), "close() must wait for the answer in flight");
            assertEquals(0, app.postsTo("D0INFLIGHT"));

            log.release();
            app.awaitPost("D0INFLIGHT");
            closing.get(5, TimeUnit.SECONDS);
            assertEquals(1, app.slack().connectionCount(), "no reconnect after close");
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void close_whenIdle_closesTheSocketNormally_andIsIdempotent() throws Exception {
        try (RunningApp app = RunningApp.start()) {
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0IDLE", "D0IDLE", "backend developer to cloud engineer")));
            app.awaitPost("D0IDLE");

            long started = System.nanoTime();
            app.runner().close();
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            app.runner().close();

            assertTrue(millis < 3000, () -> "an idle close took " + millis + " ms");
            app.awaitCondition("the app's close to reach the stand-in", () -> !app.slack().closesByApp().isEmpty());
            assertEquals(List.of(NORMAL_CLOSURE), app.slack().closesByApp());
            assertEquals(0, app.slack().openConnectionCount());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void connect_whenSlackRefusesTheAppToken_failsWithAnErrorNamingTheToken() {
        RunningApp app = new RunningApp().beforeConnect(slack -> slack.failNext("apps.connections.open", 200, Map.of(),
                JSON.createObjectNode().put("ok", false).put("error", "invalid_auth")));

        Exception e = assertThrows(SocketModeRunner.SlackConnectionException.class, app::startNow);

        assertTrue(e.getMessage().contains("invalid_auth") && e.getMessage().contains("SLACK_APP_TOKEN"), e::getMessage);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void connect_whenTheWebSocketIsRefused_failsInsteadOfReportingConnected() {
        RunningApp app = new RunningApp().beforeConnect(slack -> slack.refuseConnectionsFor(Duration.ofMinutes(1)));

        Exception e = assertThrows(SocketModeRunner.SlackConnectionException.class, app::startNow);

        assertTrue(e.getMessage().contains("WebSocket"), e::getMessage);
    }
}
