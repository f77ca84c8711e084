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
 * A burst of mixed envelopes in which Slack redelivers every event (same envelope, same {@code event_id},
 * {@code retry_attempt: 1}), some while the first delivery is still being handled: every delivery is acked
 * exactly once, and every request is answered exactly once.
 *
 * <p>Slack redelivers only events; slash commands and button clicks are delivered once, as here.
 */
class RedeliverySocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final String TRANSITION = "backend developer to cloud engineer";

    /** What one envelope should have caused. */
    private record Sent(String envelopeId, int deliveries, Runnable answeredOnce) {
    }

    @Test
    void fiftyMixedEnvelopes_eventsDeliveredTwice_eachDeliveryAckedOnce_eachRequestAnsweredOnce() {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String n = String.format("%02d", i);
            sent.add(switch (i % 5) {
                case 0 -> event(SlackPayloads.directMessage("U0B" + n, "D0BURST" + n, TRANSITION), i,
                        () -> assertEquals(1, app.postsTo("D0BURST" + n), "answers in D0BURST" + n));
                case 1 -> event(SlackPayloads.appMention("U0B" + n, "C0BURST" + n, TRANSITION), i,
                        () -> assertEquals(1, app.postsTo("C0BURST" + n), "answers in C0BURST" + n));
                case 2 -> event(SlackPayloads.appHomeOpened("U0HOME" + n), i,
                        () -> assertEquals(1, app.slack().calls("views.publish").stream()
                                .filter(c -> ("U0HOME" + n).equals(c.param("user_id"))).count(), "home views for U0HOME" + n));
                case 3 -> command(n);
                default -> click(n);
            });
        }

        for (Sent one : sent) {
            app.awaitCondition(one.deliveries() + " ack(s) of " + one.envelopeId(),
                    () -> app.slack().acks(one.envelopeId()).size() >= one.deliveries());
        }
        app.awaitAnswersSent();

        List<Executable> checks = new ArrayList<>();
        for (Sent one : sent) {
            checks.add(() -> assertEquals(one.deliveries(), app.slack().acks(one.envelopeId()).size(),
                    () -> "acks of " + one.envelopeId() + ": " + app.slack().acks(one.envelopeId())));
            checks.add(one.answeredOnce()::run);
        }
        assertAll(checks);
    }

    /** Sends an event and redelivers it: right away (while the first may still be handled) or after its ack. */
    private static Sent event(JsonNode payload, int i, Runnable answeredOnce) {
        String id = app.sendEvent(payload);
        if (i % 2 == 1) {
            app.ack(id);
        }
        app.slack().resend(id, 1);
        return new Sent(id, 2, answeredOnce);
    }

    private static Sent command(String n) {
        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND,
                TRANSITION, "U0B" + n, "C0CMD" + n, responseUrl));
        return new Sent(id, 1, () -> {
            JsonNode ack = app.slack().acks(id).get(0);
            assertEquals(List.of("Backend Developer → Cloud Engineer"), BlockKitChecks.headers(ack.at("/payload/blocks")),
                    () -> RunningApp.brief(ack));
            assertEquals(0, responses(responseUrl), "answered in the ack only");
        });
    }

    private static Sent click(String n) {
        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction("open_section#" + n.charAt(1),
                "backend-developer-to-cloud-engineer/gaps/0", "U0B" + n, "C0CLICK" + n, responseUrl));
        return new Sent(id, 1, () -> assertEquals(1, responses(responseUrl), "responses to click " + n));
    }

    private static long responses(String responseUrl) {
        return app.slack().calls(SlackStandIn.RESPONSE_URL).stream().filter(call -> responseUrl.endsWith(call.path())).count();
    }
}
