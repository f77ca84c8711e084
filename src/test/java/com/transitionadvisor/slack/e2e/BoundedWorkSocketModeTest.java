package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Work after the ack is bounded: with every worker stalled on a Slack that does not answer and the queue full, the
 * next person is told the app is busy at once, acks and in-ack answers still go out, and everything queued is
 * answered once Slack answers again; a Web API call that never returns is given up after its time limit; a
 * rate-limited answer waits for its {@code Retry-After} without holding a worker.
 */
class BoundedWorkSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "backend developer to cloud engineer";
    private static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);

    @Test
    void stalledAnswersBeyondTheWorkers_theOverflowIsToldBusy_andTheRestAreAnswered() throws Exception {
        try (RunningApp app = new RunningApp().withWorkers(2, 2).startNow();
             SlackStandIn.Hold stall = app.slack().hold("chat.postMessage", call -> channel(call).startsWith("D0STALL"))) {
            List<String> stalled = List.of("D0STALL1", "D0STALL2", "D0STALL3", "D0STALL4");
            for (String channel : stalled) {
                assertAckedInTime(app, app.sendEvent(SlackPayloads.directMessage("U1" + channel, channel, QUESTION)));
            }
            // Two answers hold the two workers (their posts are stalled), two wait in the full queue.
            app.awaitCondition("two stalled answers", () -> app.slack().calls("chat.postMessage").stream()
                    .filter(call -> channel(call).startsWith("D0STALL")).count() == 2);

            assertAckedInTime(app, app.sendEvent(SlackPayloads.directMessage("U0BUSY", "D0BUSY", QUESTION)));
            ApiCall busy = app.awaitPost("D0BUSY");
            assertEquals(AfterAck.BUSY, busy.param("text"));

            assertAckedInTime(app, app.sendEvent(SlackPayloads.appMention("U0MENTION", "C0MENTION", QUESTION)));
            ApiCall mentionReply = app.slack().awaitCall("chat.postEphemeral",
                    call -> "C0MENTION".equals(call.param("channel")), RunningApp.WAIT);
            assertEquals(AfterAck.BUSY, mentionReply.param("text"));
            assertEquals("U0MENTION", mentionReply.param("user"), "told privately, not in the channel");

            String responseUrl = app.slack().responseUrl();
            assertAckedInTime(app, app.send(SlackStandIn.INTERACTIVE,
                    SlackPayloads.blockAction("open_section#1", "not-a-guide", "U0CLICK", "C0CLICK", responseUrl)));
            ApiCall clickReply = app.awaitResponse(responseUrl);
            assertEquals(AfterAck.BUSY, clickReply.body().path("text").asText());
            assertEquals("ephemeral", clickReply.body().path("response_type").asText());

            JsonNode command = app.command(QUESTION, "U0CMD", "C0CMD");
            assertTrue(command.at("/payload/blocks").size() > 0, () -> "a guide answer travels in the ack: " + command);

            stall.release();
            for (String channel : stalled) {
                ApiCall answer = app.awaitPost(channel);
                assertFalse(AfterAck.BUSY.equals(answer.param("text")), channel + " got the busy reply instead of its answer");
                assertTrue(answer.body().path("blocks").size() > 0, channel + " got no answer blocks");
            }
            app.awaitAnswersSent();
            assertEquals(1, app.postsTo("D0BUSY"), "the busy person got the busy reply and nothing else");
            assertEquals(0, app.postsTo("C0MENTION"), "nothing about being busy was posted in the channel");
            app.sendEvent(SlackPayloads.directMessage("U0AFTER", "D0AFTER", QUESTION));
            assertTrue(app.awaitPost("D0AFTER").body().path("blocks").size() > 0, "answered normally afterwards");
        }
    }

    @Test
    void aWebApiCallThatNeverReturns_isGivenUpAfterItsLimit_andTheWorkerAnswersTheNext() throws Exception {
        try (RunningApp app = new RunningApp().withWorkers(1, 4).withCallTimeout(Duration.ofSeconds(1)).startNow();
             SlackStandIn.Hold stall = app.slack().hold("chat.postMessage", call -> "D0HUNG".equals(channel(call)))) {
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0HUNG", "D0HUNG", QUESTION)));
            app.awaitPost("D0HUNG");
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0NEXT", "D0NEXT", QUESTION)));

            ApiCall next = app.awaitPost("D0NEXT");
            assertTrue(next.body().path("blocks").size() > 0, "the next person got their answer");
        }
    }

    @Test
    void rateLimitedAnswers_waitWithoutAWorker_soOthersAreAnsweredFirst() throws Exception {
        JsonNode ratelimited = JSON.createObjectNode().put("ok", false).put("error", "ratelimited");
        try (RunningApp app = new RunningApp().withWorkers(2, 8).startNow()) {
            app.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "3"), ratelimited);
            app.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "3"), ratelimited);
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0LIMIT1", "D0LIMIT1", QUESTION)));
            app.ack(app.sendEvent(SlackPayloads.directMessage("U0LIMIT2", "D0LIMIT2", QUESTION)));
            app.awaitPost("D0LIMIT1");
            app.awaitPost("D0LIMIT2");

            List<String> free = List.of("D0FREE1", "D0FREE2", "D0FREE3");
            for (String channel : free) {
                app.ack(app.sendEvent(SlackPayloads.directMessage("U1" + channel, channel, QUESTION)));
            }
            for (String channel : free) {
                app.awaitPost(channel);
            }
            List<String> order = new ArrayList<>();
            app.slack().calls("chat.postMessage").forEach(call -> order.add(channel(call)));
            assertEquals(2, order.stream().filter(c -> c.startsWith("D0LIMIT")).count(),
                    () -> "the rate-limited answers were retried before the others were answered "
                            + "(a worker slept through Retry-After): " + order);

            app.awaitPost("D0LIMIT1", 2);
            app.awaitPost("D0LIMIT2", 2);
            app.awaitAnswersSent();
        }
    }

    private static void assertAckedInTime(RunningApp app, String envelopeId) {
        long sent = System.nanoTime();
        app.ack(envelopeId);
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        assertTrue(took.compareTo(SLACK_ACK_DEADLINE) < 0, () -> "acked after " + took.toMillis() + " ms");
    }

    private static String channel(ApiCall call) {
        String channel = call.param("channel");
        return channel == null ? "" : channel;
    }
}
