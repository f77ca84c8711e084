package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Storage that stalls (the question log, which may be a database) never delays the 3-second ack: the app acks
 * first and finishes with a follow-up message or through the {@code response_url}. The log is held until the
 * test releases it, so "the answer comes later" is shown by the answer being absent while it is held, not by
 * timing alone.
 */
class SlowPathSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp().withQuestionLog(TestQuestionLog::new);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far below Slack's 3 s; a healthy ack takes milliseconds. */
    private static final long FAST_ACK_MILLIS = 1000;

    @AfterEach
    void releaseTheLog() {
        log().release();
        app.awaitAnswersSent();
    }

    @Test
    void directMessage_whoseAnswerWritesToAStalledLog_isAckedAtOnce_andAnsweredWhenTheLogRecovers() {
        log().stall();

        long sent = System.nanoTime();
        // Out of scope: the answer records the question for guide authors before it is posted.
        String id = app.sendEvent(SlackPayloads.directMessage("U0SLOWDM", "D0SLOWDM", "what's the weather like today?"));
        JsonNode ack = app.ack(id);
        long ackMillis = millis(System.nanoTime() - sent);
        log().awaitWaiting(1, RunningApp.WAIT);

        assertEquals(JSON.createObjectNode().put("envelope_id", id), ack);
        assertTrue(ackMillis < FAST_ACK_MILLIS, () -> "the ack waited for storage: " + ackMillis + " ms");
        assertEquals(0, app.postsTo("D0SLOWDM"), "nothing can be posted while the log is stalled");

        log().release();
        JsonNode blocks = app.awaitPost("D0SLOWDM").body().path("blocks");
        assertTrue(BlockKitChecks.sectionTexts(blocks).get(0).startsWith("I'm not sure."), blocks::toString);
    }

    @Test
    void unansweredCommand_withAStalledLog_isAckedEmptyAtOnce_andAnsweredThroughTheResponseUrl() {
        log().stall();
        String responseUrl = app.slack().responseUrl();

        long sent = System.nanoTime();
        String id = app.send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND,
                "unanswered", "U0AUTHOR", "C0SLOWCMD", responseUrl));
        JsonNode ack = app.ack(id);
        long ackMillis = millis(System.nanoTime() - sent);
        log().awaitWaiting(1, RunningApp.WAIT);

        assertTrue(ackMillis < FAST_ACK_MILLIS, () -> "the ack waited for storage: " + ackMillis + " ms");
        assertEquals(JSON.createObjectNode().put("envelope_id", id), ack,
                "a bare ack: the answer cannot be in it while the log is stalled");
        assertEquals(List.of(), app.slack().calls(SlackStandIn.RESPONSE_URL).stream()
                .filter(call -> responseUrl.endsWith(call.path())).toList());

        log().release();
        JsonNode response = app.awaitResponse(responseUrl).body();
        assertEquals("ephemeral", response.path("response_type").asText(), () -> RunningApp.brief(response));
        assertTrue(response.path("text").asText().length() > 0, () -> RunningApp.brief(response));
    }

    @Test
    void whileAnAnswerIsStuckOnStorage_otherRequestsAreStillAckedAndAnswered() {
        log().stall();
        app.ack(app.sendEvent(SlackPayloads.directMessage("U0STUCK", "D0STUCK", "how do I become a pilot?")));
        log().awaitWaiting(1, RunningApp.WAIT);

        long sent = System.nanoTime();
        JsonNode guide = app.command("backend developer to cloud engineer");
        long ackMillis = millis(System.nanoTime() - sent);
        String dm = app.sendEvent(SlackPayloads.directMessage("U0FREE", "D0FREE", "backend developer to cloud engineer"));
        app.ack(dm);

        assertTrue(ackMillis < FAST_ACK_MILLIS, () -> "a guide command waited " + ackMillis + " ms");
        assertEquals(List.of("Backend Developer → Cloud Engineer"), BlockKitChecks.headers(guide.at("/payload/blocks")),
                "guides are in memory: still answered in the ack");
        app.awaitPost("D0FREE");
        assertEquals(0, app.postsTo("D0STUCK"));
    }

    @Test
    void feedbackClick_withAStalledLog_isAckedAtOnce_andThankedLater() {
        app.sendEvent(SlackPayloads.directMessage("U0SLOWCLICK", "D0SLOWCLICK",
                "I'm a cloud engineer, will I take a pay cut if I move to backend?"));
        String answerId = BlockKitChecks.buttons(app.awaitPost("D0SLOWCLICK").body().path("blocks")).stream()
                .filter(button -> button.path("action_id").asText().startsWith("feedback_not_helpful"))
                .findFirst().orElseThrow().path("value").asText();
        app.awaitAnswersSent();
        log().stall();
        String responseUrl = app.slack().responseUrl();

        long sent = System.nanoTime();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction("feedback_not_helpful#3",
                answerId, "U0SLOWCLICK", "D0SLOWCLICK", responseUrl));
        JsonNode ack = app.ack(id);
        long ackMillis = millis(System.nanoTime() - sent);
        log().awaitWaiting(1, RunningApp.WAIT);

        assertEquals(JSON.createObjectNode().put("envelope_id", id), ack);
        assertTrue(ackMillis < FAST_ACK_MILLIS, () -> "the ack waited for storage: " + ackMillis + " ms");
        log().release();
        assertTrue(app.awaitResponse(responseUrl).body().path("text").asText().startsWith("Thanks"));
    }

    private static TestQuestionLog log() {
        return (TestQuestionLog) app.questionLog();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
