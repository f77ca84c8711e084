package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transitionadvisor.slack.SlackFailures;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack refuses to post an answer ({@code ok:false}): nothing crashes, the app keeps answering, and the person
 * who asked is told why in plain English, privately in the same place, or in a DM when Slack refuses that
 * too. A broken bot token has nobody to tell: it is only logged.
 *
 * <p>Every test uses its own channels and users; failures are queued only for calls the test makes happen, and
 * each test waits until the app is quiet, so no queued failure is taken by another test's call.
 */
class RefusedPostSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRANSITION = "backend developer to cloud engineer";

    @AfterEach
    void appIsQuiet() {
        // A test may have seen the call it waited for before the app finished the rest of that answer.
        app.awaitAnswersSent();
    }

    @Test
    void mentionReply_notInChannel_userIsToldPrivatelyToInviteTheApp() {
        refuseNext("chat.postMessage", "not_in_channel");
        ObjectNode mention = SlackPayloads.appMention("U0NOTIN", "C0NOTIN", TRANSITION);

        app.ack(app.sendEvent(mention));
        ApiCall notice = app.slack().awaitCall("chat.postEphemeral", call -> "U0NOTIN".equals(call.param("user")),
                RunningApp.WAIT);

        assertEquals("C0NOTIN", notice.param("channel"), () -> RunningApp.describe(notice));
        assertEquals(mention.at("/event/ts").asText(), notice.param("thread_ts"), "told where they asked");
        assertTrue(notice.param("text").contains("not a member") && notice.param("text").contains(SlackFailures.INVITE),
                () -> RunningApp.describe(notice));
        assertEquals(1, app.postsTo("C0NOTIN"), "one refused answer, not retried into a wall");
        assertStillAnswering("C0NOTIN2");
    }

    @Test
    void mentionReply_channelNotFound_andEphemeralRefusedToo_userIsToldInADirectMessage() {
        refuseNext("chat.postMessage", "channel_not_found");
        refuseNext("chat.postEphemeral", "channel_not_found");

        app.ack(app.sendEvent(SlackPayloads.appMention("U0GONE", "C0GONE", TRANSITION)));
        ApiCall dm = app.awaitPost("U0GONE");

        String text = dm.param("text");
        assertTrue(text.contains("can't see it") && text.contains(SlackFailures.INVITE), () -> RunningApp.describe(dm));
        assertTrue(text.contains("<#C0GONE>"), "names the channel as a link: " + text);
        assertEquals(1, app.slack().calls("chat.postEphemeral").stream()
                .filter(call -> "U0GONE".equals(call.param("user"))).count());
        assertStillAnswering("C0GONE2");
    }

    @Test
    void mentionReply_archivedChannel_userIsToldInADirectMessage() {
        refuseNext("chat.postMessage", "is_archived");
        refuseNext("chat.postEphemeral", "is_archived");

        app.ack(app.sendEvent(SlackPayloads.appMention("U0ARCHIVE", "C0ARCHIVE", TRANSITION)));
        ApiCall dm = app.awaitPost("U0ARCHIVE");

        assertTrue(dm.param("text").contains("archived") && dm.param("text").contains("direct message"),
                () -> RunningApp.describe(dm));
        assertStillAnswering("C0ARCHIVE2");
    }

    @Test
    void mentionReply_invalidAuth_nobodyIsTold_andTheAppKeepsAnswering() {
        refuseNext("chat.postMessage", "invalid_auth");

        String id = app.sendEvent(SlackPayloads.appMention("U0AUTH", "C0AUTH", TRANSITION));
        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        app.awaitPost("C0AUTH");
        app.awaitAnswersSent();

        // Every other call would fail the same way: the log is the only place to say it.
        assertEquals(List.of(), app.slack().calls("chat.postEphemeral").stream()
                .filter(call -> "U0AUTH".equals(call.param("user"))).toList());
        assertEquals(0, app.postsTo("U0AUTH"));
        assertEquals(1, app.postsTo("C0AUTH"));
        assertStillAnswering("C0AUTH2");
    }

    @Test
    void directMessageAnswer_tooLongForSlack_userIsToldPrivatelyInThatConversation() {
        refuseNext("chat.postMessage", "msg_too_long");

        app.ack(app.sendEvent(SlackPayloads.directMessage("U0LONG", "D0LONG", TRANSITION)));
        ApiCall notice = app.slack().awaitCall("chat.postEphemeral", call -> "U0LONG".equals(call.param("user")),
                RunningApp.WAIT);
        app.awaitAnswersSent();

        assertEquals("D0LONG", notice.param("channel"));
        assertTrue(notice.param("text").contains("too long"), () -> RunningApp.describe(notice));
        assertEquals(0, app.postsTo("U0LONG"), "told once, not twice");
    }

    @Test
    void mentionReply_unknownError_userIsToldPlainly_withTheCode() {
        refuseNext("chat.postMessage", "something_new");

        app.ack(app.sendEvent(SlackPayloads.appMention("U0ODD", "C0ODD", TRANSITION)));
        ApiCall notice = app.slack().awaitCall("chat.postEphemeral", call -> "U0ODD".equals(call.param("user")),
                RunningApp.WAIT);

        assertTrue(notice.param("text").contains("`something_new`"), () -> RunningApp.describe(notice));
    }

    /** A mention in a fresh channel is answered normally: the refusal broke nothing. */
    private static void assertStillAnswering(String channel) {
        String id = app.sendEvent(SlackPayloads.appMention("U123", channel, TRANSITION));
        app.ack(id);
        ApiCall post = app.awaitPost(channel);
        assertEquals(List.of("Backend Developer → Cloud Engineer"), BlockKitChecks.headers(post.body().path("blocks")));
        app.awaitAnswersSent();
    }

    private static void refuseNext(String method, String error) {
        JsonNode body = JSON.createObjectNode().put("ok", false).put("error", error);
        app.slack().failNext(method, 200, Map.of(), body);
    }
}
