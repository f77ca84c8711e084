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
