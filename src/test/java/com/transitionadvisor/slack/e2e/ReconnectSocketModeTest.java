package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack asks every Socket Mode connection to refresh every few hours; the app must open a new one and keep
 * answering. Its own app instance, so connection counts are exact.
 */
class ReconnectSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @Test
    void disconnectRefreshRequested_appReconnectsOnce_andKeepsAnswering() {
        assertEquals(1, app.slack().connectionCount());

        app.slack().disconnect("refresh_requested");
        app.slack().awaitConnections(2, RunningApp.WAIT);
        JsonNode ack = app.command("backend developer to cloud engineer");

        assertEquals("ephemeral", ack.at("/payload/response_type").asText(), () -> RunningApp.brief(ack));
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(ack.at("/payload/blocks")));
        assertEquals(2, app.slack().connectionCount(), "one new connection, no reconnect storm");
    }
}
