package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.HOME_TAB_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An @mention in a channel and the App Home tab, over real Socket Mode. */
class MentionAndHomeSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void appMention_inChannel_isAnsweredInAThreadOnTheMention() {
        ObjectNode mention = SlackPayloads.appMention("U123", "C1", "backend developer to cloud engineer");
        String mentionTs = mention.at("/event/ts").asText();

        String id = app.sendEvent(mention);

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        ApiCall post = app.awaitPost("C1");
        assertEquals(mentionTs, post.param("thread_ts"), () -> RunningApp.describe(post));
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(post.body().path("blocks")));
        assertFallbackText(post.body());
        assertWithinLimits(post.body().path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void appMention_withArrowAsSlackSendsIt_isUnderstood() {
        // Slack escapes & < > in message text: "@transition-advisor backend dev -> cloud eng" arrives like this.
        String id = app.sendEvent(SlackPayloads.appMention("U123", "C0ARROW", "backend dev -&gt; cloud eng"));

        app.ack(id);
        ApiCall post = app.awaitPost("C0ARROW");

        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(post.body().path("blocks")),
                () -> RunningApp.describe(post));
    }

    @Test
    void appHomeOpened_publishesAHomeViewForThatUser() {
        String id = app.sendEvent(SlackPayloads.appHomeOpened("U0HOME"));

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        ApiCall publish = app.slack().awaitCall("views.publish", call -> "U0HOME".equals(call.param("user_id")),
                RunningApp.WAIT);
        JsonNode view = publish.body().path("view");
        assertEquals("home", view.path("type").asText(), () -> RunningApp.describe(publish));
        assertEquals("Bearer " + RunningApp.BOT_TOKEN, publish.authorization());
        assertWithinLimits(view.path("blocks"), HOME_TAB_BLOCKS);
    }

    @Test
    void appHomeOpened_onTheMessagesTab_isAcked_andPublishesNothing() {
        String messagesTab = app.sendEvent(SlackPayloads.appHomeOpened("U0MSGTAB", "messages"));
        app.ack(messagesTab);
        // A later Home visit is published: the app has worked through everything before it.
        String home = app.sendEvent(SlackPayloads.appHomeOpened("U0AFTERTAB"));
        app.ack(home);
        app.slack().awaitCall("views.publish", call -> "U0AFTERTAB".equals(call.param("user_id")), RunningApp.WAIT);
        app.awaitAnswersSent();

        assertEquals(List.of(), app.slack().calls("views.publish").stream()
                .filter(call -> "U0MSGTAB".equals(call.param("user_id"))).toList());
    }
}
