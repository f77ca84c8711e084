package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.allStrings;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.blocksOfType;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.button;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.buttons;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.sectionTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /transition} over real Socket Mode: the answer travels in the ack, privately. */
class SlashCommandSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    private static final String GUIDE_ID = "backend-developer-to-cloud-engineer";

    @Test
    void command_transitionPair_acksEphemeralGuideWithGapsAndShareButton() {
        JsonNode ack = app.command("backend developer to cloud engineer");

        JsonNode message = ack.path("payload");
        JsonNode blocks = message.path("blocks");
        assertEquals("ephemeral", message.path("response_type").asText(), () -> RunningApp.brief(ack));
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(blocks));
        assertTrue(sectionTexts(blocks).stream().anyMatch(text -> text.contains("Gaps to close")),
                () -> "no section mentions the gaps: " + sectionTexts(blocks));
        JsonNode share = button(blocks, "Share in channel");
        assertTrue(share.path("action_id").asText().startsWith("share_in_channel"), () -> RunningApp.brief(share));
        assertEquals(GUIDE_ID + "/overview/0", share.path("value").asText());
        assertTrue(blocksOfType(blocks, "actions").stream()
                .anyMatch(actions -> actions.path("elements").toString().contains("share_in_channel")),
                "the share button sits in an actions block");
        assertTrue(message.path("text").asText().startsWith("Backend Developer → Cloud Engineer"),
                () -> RunningApp.brief(message));
        assertFallbackText(message);
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"help", "", "   "})
    void command_helpOrEmpty_acksEphemeralHelp(String text) {
        JsonNode ack = app.command(text);

        JsonNode message = ack.path("payload");
        JsonNode blocks = message.path("blocks");
        assertEquals("ephemeral", message.path("response_type").asText(), () -> RunningApp.brief(ack));
        assertEquals(List.of("Transition Advisor"), headers(blocks));
        assertTrue(sectionTexts(blocks).stream().anyMatch(t -> t.contains("/transition")),
                () -> "help should show the commands: " + sectionTexts(blocks));
        assertTrue(message.path("text").asText().contains("/transition help"), () -> RunningApp.brief(message));
        assertFallbackText(message);
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
    }

    @Test
    void command_pairWithoutGuide_saysNoGuideAndSuggestsClosestInstead() {
        // Both roles are known; there is a guide from Backend Developer, but not to DevOps Engineer.
        JsonNode ack = app.command("backend developer to devops engineer");

        JsonNode message = ack.path("payload");
        JsonNode blocks = message.path("blocks");
        assertEquals("ephemeral", message.path("response_type").asText(), () -> RunningApp.brief(ack));
        assertTrue(message.path("text").asText().contains("No guide"), () -> RunningApp.brief(message));
        List<String> headers = headers(blocks);
        assertEquals(1, headers.size(), headers::toString);
        assertTrue(headers.get(0).startsWith("No guide for Backend Developer → DevOps Engineer"),
                "never a wrong guide presented as the answer: " + headers);
        assertTrue(buttons(blocks).stream().anyMatch(b -> b.path("value").asText().startsWith(GUIDE_ID + "/")),
                () -> "the closest guide should be offered: " + buttons(blocks));
        assertTrue(message.path("text").asText().contains("Backend Developer → Cloud Engineer"),
                "the fallback names the suggestions too: " + message.path("text"));
        assertFallbackText(message);
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
    }

    @Test
    void command_withArrowAsSlackSendsIt_isUnderstood() {
        // Slack escapes & < > in the text it delivers: a user typing "backend dev > cloud eng" sends this.
        JsonNode ack = app.command("backend dev &gt; cloud eng");

        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(ack.at("/payload/blocks")),
                () -> RunningApp.brief(ack));
    }

    @Test
    void command_withAmpersandAsSlackSendsIt_isEchoedEscapedOnce() {
        // The user typed "R&D engineer to cloud engineer"; Slack delivers the & as &amp;.
        JsonNode ack = app.command("R&amp;D engineer to cloud engineer");

        List<String> texts = allStrings(ack.path("payload"));
        assertTrue(texts.stream().anyMatch(t -> t.contains("R&amp;D engineer")),
                () -> "the role the user typed should be quoted back as they typed it: " + RunningApp.brief(ack));
        assertTrue(texts.stream().noneMatch(t -> t.contains("&amp;amp;")),
                () -> "escaped twice, the user would see \"&amp;\": " + RunningApp.brief(ack));
    }

    @Test
    void command_10000CharactersOfMentionsAndBroadcasts_acksWithinLimitsWithNothingUnescaped() {
        String hostile = "<!channel> @here <@U999> & ".repeat(400).substring(0, 10_000);

        JsonNode ack = app.command(hostile);

        JsonNode message = ack.path("payload");
        assertEquals("ephemeral", message.path("response_type").asText(), () -> RunningApp.brief(ack));
        assertFallbackText(message);
        assertWithinLimits(message.path("blocks"), MESSAGE_BLOCKS);
        for (String text : allStrings(message)) {
            assertFalse(text.contains("<!"), () -> "an unescaped special mention reached Slack: " + text);
            assertFalse(text.contains("<@U999"), () -> "an unescaped user mention reached Slack: " + text);
            assertFalse(text.matches("(?s).*@(here|channel|everyone)\\b.*"),
                    () -> "a broadcast word was not defused: " + text);
        }
    }
}
