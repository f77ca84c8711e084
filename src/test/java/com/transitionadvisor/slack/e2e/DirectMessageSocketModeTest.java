package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Direct messages ({@code message.im}) over real Socket Mode: acked with a bare ack, answered afterwards with
 * {@code chat.postMessage}; bots, the app itself, edits and channel messages are acked and never answered.
 *
 * <p>Every test uses its own channels, so what one test posts never satisfies another's wait.
 */
class DirectMessageSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRANSITION = "backend developer to cloud engineer";

    @Test
    void directMessage_namingTransition_isAckedBare_andAnsweredInThatChannel() {
        String id = app.sendEvent(SlackPayloads.directMessage("U123", "D0ANSWER", "backend dev to cloud eng"));

        assertBareAck(id, app.ack(id));
        ApiCall post = app.awaitPost("D0ANSWER");

        assertEquals("Bearer " + RunningApp.BOT_TOKEN, post.authorization());
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(post.body().path("blocks")),
                () -> RunningApp.describe(post));
        assertFallbackText(post.body());
        assertWithinLimits(post.body().path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void directMessage_withArrowAsSlackSendsIt_isUnderstood() {
        // Slack escapes & < > in message text: a user typing "backend dev -> cloud eng" sends this.
        String id = app.sendEvent(SlackPayloads.directMessage("U123", "D0ARROW", "backend dev -&gt; cloud eng"));

        app.ack(id);
        ApiCall post = app.awaitPost("D0ARROW");

        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(post.body().path("blocks")),
                () -> RunningApp.describe(post));
    }

    @Test
    void directMessage_notNamingATransition_stillGetsAReplyWithinLimits() {
        String id = app.sendEvent(SlackPayloads.directMessage("U123", "D0CHAT", "hello there"));

        assertBareAck(id, app.ack(id));
        ApiCall post = app.awaitPost("D0CHAT");

        assertFallbackText(post.body());
        assertWithinLimits(post.body().path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void directMessage_fromAnotherBotOrTheAppItself_isAcked_andNeverAnswered() {
        String otherBot = app.sendEvent(SlackPayloads.botDirectMessage("B0OTHER", "U0OTHERBOT", "D0OTHERBOT", TRANSITION));
        String itself = app.sendEvent(SlackPayloads.botDirectMessage(
                SlackStandIn.BOT_ID, SlackStandIn.BOT_USER_ID, "D0ITSELF", TRANSITION));
        assertBareAck(otherBot, app.ack(otherBot));
        assertBareAck(itself, app.ack(itself));

        // A person's message sent afterwards is answered: the app is alive and has worked through its queue.
        String person = app.sendEvent(SlackPayloads.directMessage("U123", "D0AFTERBOTS", TRANSITION));
        app.ack(person);
        app.awaitPost("D0AFTERBOTS");
        app.awaitAnswersSent();

        assertNothingSentTo("D0OTHERBOT");
        assertNothingSentTo("D0ITSELF");
    }

    @Test
    void directMessage_redeliveredWithRetryAttempt_isAckedEachTime_andAnsweredOnce() {
        String id = app.sendEvent(SlackPayloads.directMessage("U123", "D0RETRY", TRANSITION));
        app.ack(id);

        // Same envelope id and event_id, retry_attempt 1, as Slack redelivers an event it thinks was lost.
        app.slack().resend(id, 1);
        app.awaitCondition("a second ack of envelope " + id, () -> app.slack().acks(id).size() >= 2);
        app.awaitPost("D0RETRY");
        app.awaitAnswersSent();

        List<JsonNode> acks = app.slack().acks(id);
        assertEquals(2, acks.size(), acks::toString);
        acks.forEach(ack -> assertBareAck(id, ack));
        assertEquals(1, app.postsTo("D0RETRY"), () -> RunningApp.describe(app.slack().calls("chat.postMessage")));
    }

    @Test
    void directMessage_sameTextAgainAsANewEvent_isAnsweredAgain() {
        // Deduplication is by event_id, not by content: asking twice gets two answers.
        String first = app.sendEvent(SlackPayloads.directMessage("U123", "D0TWICE", TRANSITION));
        String second = app.sendEvent(SlackPayloads.directMessage("U123", "D0TWICE", TRANSITION));
        app.ack(first);
        app.ack(second);

        app.awaitCondition("two answers in D0TWICE", () -> app.postsTo("D0TWICE") >= 2);
        app.awaitAnswersSent();

        assertEquals(2, app.postsTo("D0TWICE"));
    }

    @Test
    void editedMessage_andPublicChannelMessage_areAcked_andNeverAnswered() {
        String edited = app.sendEvent(E2ePayloads.editedDirectMessage("U123", "D0EDITED", TRANSITION));
        String inChannel = app.sendEvent(E2ePayloads.publicChannelMessage("U123", "C0PUBLIC", TRANSITION));
        // An unhandled message subtype would get no ack at all, and Slack would keep redelivering it.
        assertBareAck(edited, app.ack(edited));
        assertBareAck(inChannel, app.ack(inChannel));

        String person = app.sendEvent(SlackPayloads.directMessage("U123", "D0AFTEREDIT", TRANSITION));
        app.ack(person);
        app.awaitPost("D0AFTEREDIT");
        app.awaitAnswersSent();

        assertNothingSentTo("D0EDITED");
        assertNothingSentTo("C0PUBLIC");
    }

    private static void assertBareAck(String envelopeId, JsonNode ack) {
        assertEquals(JSON.createObjectNode().put("envelope_id", envelopeId), ack, "an event is acked with a bare ack");
    }

    private static void assertNothingSentTo(String channel) {
        for (String method : List.of("chat.postMessage", "chat.postEphemeral", "chat.update")) {
            List<ApiCall> calls = app.slack().calls(method).stream()
                    .filter(call -> channel.equals(call.param("channel"))).toList();
            assertEquals(0, calls.size(), () -> method + " to " + channel + ": " + RunningApp.describe(calls));
        }
    }
}
