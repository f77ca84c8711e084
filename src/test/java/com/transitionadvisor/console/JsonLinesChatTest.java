package com.transitionadvisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import com.transitionadvisor.Application;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.render.TestApplications;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonLinesChatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> INPUT = List.of(
            "/transition backend developer to cloud engineer",
            "",
            "cloud engineer to backend developer salary",
            "/transition help",
            "développeur backend → ingénieur cloud ✨ 你好",
            "<!channel> backend developer to cloud engineer",
            "/transition " + "very long ".repeat(1_000),
            "/transition list",
            "   /transition   cloud eng -> backend dev faq",
            "/transitionx is not the command",
            "backend developer to data engineer");

    /**
     * A fresh app: one chat process is one user's conversation, so each run starts from nothing. Its local user is
     * a guide author, as {@code Main} makes them.
     */
    private static Application newApp() {
        return TestApplications.withAuthors(Requester.CONSOLE_USER);
    }

    /** Runs the chat over {@code lines} and returns stdout split into lines. */
    private static List<String> run(List<String> lines) throws IOException {
        Application app = newApp();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new JsonLinesChat(app.assistant(), app.presenter(), new ObjectMapper())
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.endsWith("\n"), "every object ends its line");
        return List.of(output.split("\n", -1)).subList(0, (int) output.chars().filter(c -> c == '\n').count());
    }

    private static List<JsonNode> replies(List<String> lines) throws IOException {
        List<JsonNode> replies = new ArrayList<>();
        for (String line : run(lines)) {
            replies.add(JSON.readTree(line));
        }
        return replies;
    }

    @Test
    void run_givesExactlyOneJsonObjectPerInputLineInOrder() throws IOException {
        List<String> output = run(INPUT);

        assertEquals(INPUT.size(), output.size(), "one output line per input line");
        for (int i = 0; i < INPUT.size(); i++) {
            JsonNode reply = JSON.readTree(output.get(i));
            assertTrue(reply.isObject(), output.get(i));
            assertEquals(INPUT.get(i), reply.path("input").asText(), "replies come in input order");
        }
    }

    @Test
    void run_everyReplyHasExactlyTheDocumentedKeys() throws IOException {
        for (JsonNode reply : replies(INPUT)) {
            List<String> keys = new ArrayList<>();
            reply.fieldNames().forEachRemaining(keys::add);
            assertEquals(Set.of("input", "text", "blocks", "response_type"), Set.copyOf(keys), reply.toString());
            assertTrue(reply.path("text").isTextual() && !reply.path("text").asText().isBlank(), "fallback text");
            assertTrue(reply.path("blocks").isArray() && !reply.path("blocks").isEmpty(), "blocks");
        }
    }

    @Test
    void run_slashCommandsAreEphemeralAndDirectMessagesInChannel() throws IOException {
        for (JsonNode reply : replies(INPUT)) {
            String input = reply.path("input").asText();
            String expected = input.stripLeading().startsWith("/transition ") || input.strip().equals("/transition")
                    ? "ephemeral" : "in_channel";
            assertEquals(expected, reply.path("response_type").asText(), input);
        }
    }

    @Test
    void run_blocksAreExactlyWhatTheSdkSerialisesForSlack() throws IOException {
        List<JsonNode> replies = replies(INPUT);
        Application app = newApp(); // the same conversation again, line by line, straight through the renderer
        for (int i = 0; i < INPUT.size(); i++) {
            String line = INPUT.get(i);
            Audience audience = ConsoleInput.isCommand(line) ? Audience.privately() : Audience.directMessage();
            SlackMessage message = app.presenter().slack(ConsoleInput.answer(app.assistant(), line), audience);

            JsonNode expected = JSON.readTree(GsonFactory.createSnakeCase().toJson(message.blocks()));
            // each run stores its own answers, so the 👍/👎 buttons name different answer ids
            assertEquals(withoutAnswerIds(expected), withoutAnswerIds(replies.get(i).path("blocks")), line);
            assertEquals(message.text(), replies.get(i).path("text").asText(), line);
        }
    }

    private static String withoutAnswerIds(JsonNode blocks) {
        return blocks.toString().replaceAll("\"value\":\"[0-9a-f-]{36}\"", "\"value\":\"<answer id>\"");
    }

    @Test
    void run_commandForAGuide_answersWithThatGuideAndAShareButton() throws IOException {
        JsonNode reply = replies(List.of("/transition backend developer to cloud engineer")).get(0);

        assertEquals("Backend Developer → Cloud Engineer", reply.path("blocks").get(0).path("text").path("text").asText());
        assertTrue(reply.path("blocks").toString().contains("share_in_channel"), "a private answer can be shared");
    }

    @Test
    void run_directMessageNamingATransition_getsTheSameGuideAsTheCommand() throws IOException {
        List<JsonNode> replies = replies(List.of("/transition backend developer to cloud engineer",
                "backend developer to cloud engineer"));

        assertEquals(replies.get(0).path("blocks").get(0), replies.get(1).path("blocks").get(0), "same header");
        assertEquals(replies.get(0).path("text"), replies.get(1).path("text"), "same fallback");
    }

    @Test
    void run_emptyCommand_getsTheHelpText() throws IOException {
        JsonNode reply = replies(List.of("/transition")).get(0);

        assertEquals("Transition Advisor", reply.path("blocks").get(0).path("text").path("text").asText());
        assertTrue(reply.path("text").asText().contains("/transition help"), reply.path("text").asText());
    }

    @Test
    void run_emptyLine_getsAReplyNotSilence() throws IOException {
        JsonNode reply = replies(List.of("")).get(0);

        assertEquals("", reply.path("input").asText());
        assertFalse(reply.path("text").asText().isBlank());
        assertFalse(reply.path("blocks").isEmpty());
    }

    @Test
    void run_lineWithChannelMention_isEscapedInBlocksAndText() throws IOException {
        JsonNode reply = replies(List.of("/transition <!channel> to cloud engineer")).get(0);

        assertEquals("/transition <!channel> to cloud engineer", reply.path("input").asText(), "input is echoed as typed");
        assertFalse(reply.path("blocks").toString().contains("<!channel>"), reply.path("blocks").toString());
        // The parser reads a bare '>' as an arrow, so the echoed phrase is "<!channel", escaped.
        assertTrue(reply.path("blocks").toString().contains("&lt;!channel"), reply.path("blocks").toString());
        assertFalse(reply.path("text").asText().contains("<!channel>"), reply.path("text").asText());
    }

    @Test
    void run_unicodeAndVeryLongLines_surviveTheRoundTrip() throws IOException {
        String unicode = "développeur backend → ingénieur cloud ✨ 你好 👩‍💻";
        String longLine = "x".repeat(10_000);
        List<JsonNode> replies = replies(List.of(unicode, longLine));

        assertEquals(unicode, replies.get(0).path("input").asText());
        assertEquals(longLine, replies.get(1).path("input").asText());
    }

    @Test
    void run_textThatIsNoQuestion_getsIDidNotFollowNeverAPassage_andIsLoggedForAuthors() throws IOException {
        List<JsonNode> replies = replies(List.of("asdf", "\u001b[A", "hmm", "/transition unanswered"));

        for (JsonNode reply : replies.subList(0, 3)) {
            assertTrue(reply.path("text").asText().startsWith("Sorry, I didn't follow that."), reply.toString());
            assertFalse(reply.path("blocks").toString().contains("From the "), "no guide passage: " + reply);
        }
        String log = replies.get(3).path("blocks").toString();
        assertTrue(log.contains("asdf") && log.contains("hmm"), "logged as unanswered: " + log);
    }

    /** The Block Kit of the reply to one message, as text. */
    private static String blocksOfTheReplyTo(String message) throws IOException {
        return replies(List.of(message)).get(0).path("blocks").toString();
    }

    @Test
    void run_questionComparingTwoThings_showsBothSides() throws IOException {
        String blocks = blocksOfTheReplyTo("which is harder for a backend dev going to cloud: docker or kubernetes?");

        assertTrue(blocks.contains("Docker container familiarity") && blocks.contains("Do I need to learn Kubernetes?"), blocks);
    }

    @Test
    void run_twoQuestionsInOneMessage_getAnAnswerEach() throws IOException {
        String blocks = blocksOfTheReplyTo("how long does backend -> cloud take and which cert should I do first?");

        assertTrue(blocks.contains("6–12 months") && blocks.contains("Solutions Architect Associate"), blocks);
    }

    @Test
    void run_questionForACase_answersTheQuestionAndWhatTheCaseNames() throws IOException {
        String blocks = blocksOfTheReplyTo("if i already know docker, how long to cloud eng from backend?");

        assertTrue(blocks.contains("6–12 months") && blocks.contains("Docker container familiarity"), blocks);
    }

    @Test
    void run_noInput_writesNothing() throws IOException {
        Application app = newApp();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonLinesChat(app.assistant(), app.presenter(), new ObjectMapper())
                .run(new BufferedReader(new StringReader("")), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
