package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.bench.SyntheticKnowledge;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's one local user is a guide author: {@code chat --jsonl}, wired by {@code Main} with the embedded
 * database, shows them the question log (redacted), although {@code TRANSITION_AUTHORS} names nobody.
 */
class ConsoleAuthorTest {
    @TempDir
    Path temp;

    @Test
    void chatJsonl_localUserAsksUnanswered_getsTheLogOfWhatTheyAsked_redacted() throws Exception {
        Path knowledge = temp.resolve("knowledge");
        SyntheticKnowledge.write(knowledge, 2, 2);
        Settings settings = Settings.fromEnvironment(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()));
        String input = "how do I become a lighthouse keeper? write to me at keeper@example.org\n/transition unanswered\n";

        List<JsonNode> replies = chat(settings, input);

        assertEquals(2, replies.size(), replies::toString);
        String log = replies.get(1).path("blocks").toString();
        assertEquals("ephemeral", replies.get(1).path("response_type").asText());
        assertTrue(log.contains("how do I become a lighthouse keeper?"), log);
        assertTrue(log.contains("[e-mail]") && !log.contains("keeper@example.org"), log);
        assertFalse(log.contains("only for the guide authors"), log);
    }

    @Test
    void chatJsonl_authorsCommand_listsGuidesNeverReviewed_andTheMovesAskedForMost_keptInTheDatabaseAcrossRuns()
            throws Exception {
        Path knowledge = temp.resolve("knowledge");
        SyntheticKnowledge written = SyntheticKnowledge.write(knowledge, 2, 2);
        SyntheticKnowledge.Pair missing = written.pairsWithoutGuide().get(0);
        Settings settings = Settings.fromEnvironment(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()));
        String move = "/transition " + missing.from().name() + " to " + missing.to().name() + "\n";
        String typed = "/transition " + missing.from().name() + " to   Lighthouse KEEPER <@U0BOSS>\n";

        List<JsonNode> first = chat(settings, move + move + typed + "/transition authors\n");

        assertEquals(4, first.size(), first::toString);
        JsonNode desk = first.get(3);
        assertEquals("ephemeral", desk.path("response_type").asText());
        List<String> shown = texts(desk.path("blocks"));
        String all = String.join("\n", shown);
        int twice = indexOf(shown, missing.from().name() + " → " + missing.to().name());
        assertTrue(twice >= 0, all);
        assertTrue(all.contains("asked for 2 times"), all);
        assertTrue(all.contains(missing.from().name() + " → “lighthouse keeper [someone]”"), () -> "typed text, redacted: " + all);
        assertFalse(all.contains("U0BOSS") || all.contains(settingsUser()), () -> "nobody is named: " + all);
        for (SyntheticKnowledge.Pair guide : written.guides()) {
            assertTrue(all.contains(guide.from().name() + " → " + guide.to().name()), () -> "never reviewed, so to review: " + all);
        }
        assertTrue(all.contains("never reviewed"), all);
        assertTrue(all.contains("/transition unanswered"), all);

        List<JsonNode> later = chat(settings, move + "/transition authors\nhelp\n");
        String again = String.join("\n", texts(later.get(1).path("blocks")));
        assertTrue(again.contains("asked for 3 times"), () -> "counted in the database, across runs: " + again);
        String help = String.join("\n", texts(later.get(2).path("blocks")));
        assertTrue(help.contains("For guide authors") && help.contains("/transition authors"), help);
    }

    private static String settingsUser() {
        return com.transitionadvisor.plans.Requester.CONSOLE_USER;
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Every text the blocks show, in order. */
    private static List<String> texts(JsonNode blocks) {
        List<String> texts = new java.util.ArrayList<>();
        blocks.findValues("text").forEach(text -> texts.add(text.isTextual() ? text.asText() : text.path("text").asText()));
        return texts;
    }

    private static List<JsonNode> chat(Settings settings, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            int exit = Main.run(new String[] {"chat", "--jsonl"}, settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(stdin);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> replies = new java.util.ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            replies.add(json.readTree(line));
        }
        return replies;
    }
}
