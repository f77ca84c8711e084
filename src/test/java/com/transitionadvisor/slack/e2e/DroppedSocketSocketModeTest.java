package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The network drops the socket without a {@code disconnect} frame, and Slack refuses new connections for a
 * while: the app must come back by itself and answer what arrives afterwards.
 *
 * <p>The SDK notices a dead socket only from its session monitor, every 5 s; after a refused handshake it
 * tries again 5 s later. So this takes one or two monitor rounds, 5–10 s: its own class, so connection counts
 * are exact and nothing else waits on it.
 */
class DroppedSocketSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    /** Two session-monitor rounds and some slack for a busy machine. */
    private static final Duration MONITOR_ROUND = Duration.ofSeconds(7);
    private static final String TRANSITION = "backend developer to cloud engineer";

    @Test
    @Timeout(value = 25, unit = TimeUnit.SECONDS)
    void socketDroppedMidStream_reconnectsOnceSlackAcceptsAgain_andAnswersWhatArrivesAfterwards() {
        // Mid-stream: a question is acked, and the socket drops while its answer may still be on the way.
        String beforeDrop = app.sendEvent(SlackPayloads.directMessage("U123", "D0BEFOREDROP", TRANSITION));
        app.ack(beforeDrop);
        // Refuse until the app has been turned away at least once, so the refusal is really exercised.
        app.slack().refuseConnectionsFor(Duration.ofMinutes(1));
        app.slack().dropConnections();
        app.awaitCondition("the dropped socket to be seen closed", () -> app.slack().openConnectionCount() == 0);

        app.awaitCondition("a refused reconnect", MONITOR_ROUND, () -> app.slack().refusedHandshakes() >= 1);
        app.slack().refuseConnectionsFor(Duration.ZERO);
        app.slack().awaitConnections(2, MONITOR_ROUND);

        JsonNode ack = app.command(TRANSITION);
        assertEquals("ephemeral", ack.at("/payload/response_type").asText(), () -> RunningApp.brief(ack));
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(ack.at("/payload/blocks")));
        String afterReconnect = app.sendEvent(SlackPayloads.directMessage("U123", "D0AFTERDROP", TRANSITION));
        app.ack(afterReconnect);
        app.awaitPost("D0AFTERDROP");
        app.awaitPost("D0BEFOREDROP");

        assertEquals(2, app.slack().connectionCount(), "one new connection, no reconnect storm");
        assertEquals(1, app.slack().openConnectionCount());
        assertTrue(app.slack().refusedHandshakes() >= 1);
    }
}
