package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.blocksOfType;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.buttons;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.contextTexts;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's buttons over real Socket Mode: acked at once, answered through the {@code response_url}. */
class GuideButtonSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void openSectionButton_isAcked_andReplacesTheAnswerWithThatSection() {
        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction("open_section#1",
                "backend-developer-to-cloud-engineer/gaps/0", "U123", "C0BUTTONS", responseUrl));

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        ApiCall response = app.awaitResponse(responseUrl);

        JsonNode body = response.body();
        assertTrue(body.path("replace_original").isBoolean() && body.path("replace_original").booleanValue(),
                () -> "replace_original must be true: " + RunningApp.brief(body));
        List<String> headers = headers(body.path("blocks"));
        assertTrue(headers.size() == 1 && headers.get(0).contains("Gaps to close"), headers::toString);
        assertFallbackText(body);
        assertWithinLimits(body.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void shareInChannelButton_postsInChannel_attributedToTheSharer_withoutButtons() {
        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction("share_in_channel#9",
                "backend-developer-to-cloud-engineer/overview/0", "U123", "C0BUTTONS", responseUrl));

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        ApiCall response = app.awaitResponse(responseUrl);

        JsonNode body = response.body();
        JsonNode blocks = body.path("blocks");
        assertEquals("in_channel", body.path("response_type").asText(), () -> RunningApp.brief(body));
        assertTrue(body.path("replace_original").isBoolean() && !body.path("replace_original").booleanValue(),
                () -> "replace_original must be false, so the private answer stays: " + RunningApp.brief(body));
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(blocks));
        assertTrue(contextTexts(blocks).contains("Shared by <@U123>"), () -> "contexts: " + contextTexts(blocks));
        assertEquals(List.of(), buttons(blocks), "a shared answer has no buttons");
        assertEquals(List.of(), blocksOfType(blocks, "actions"));
        assertFallbackText(body);
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
    }
}
