package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fifty slash commands sent at the same instant, which {@code SocketModeRunner} hands to several listener threads
 * in one poll: each is acked once, with the answer to its own question (the two directions alternate, so an
 * answer sent in another envelope's ack would show).
 */
class BurstSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final String FORWARD = "backend developer to cloud engineer";
    private static final String REVERSE = "cloud engineer to backend developer";

    @Test
    void fiftyCommandsAtOnce_eachAckedOnce_withItsOwnAnswer() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String n = String.format("%02d", i);
            ids.add(app.send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND,
                    i % 2 == 0 ? FORWARD : REVERSE, "U0AT" + n, "C0AT" + n, app.slack().responseUrl())));
        }

        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String header = i % 2 == 0 ? "Backend Developer → Cloud Engineer" : "Cloud Engineer → Backend Developer";
            JsonNode ack = app.ack(id);
            checks.add(() -> assertEquals(List.of(header), BlockKitChecks.headers(ack.at("/payload/blocks")),
                    () -> id + ": " + RunningApp.brief(ack)));
        }
        app.awaitAnswersSent();
        for (String id : ids) {
            checks.add(() -> assertEquals(1, app.slack().acks(id).size(), () -> "acks of " + id));
        }
        assertAll(checks);
    }
}
