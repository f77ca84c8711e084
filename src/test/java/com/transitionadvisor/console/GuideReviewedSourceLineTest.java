package com.transitionadvisor.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.Application;
import com.transitionadvisor.render.TestApplications;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through {@code chat --jsonl}: guide and answer cards say, in their source line, when the guide was reviewed. */
class GuideReviewedSourceLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode reply(String line) throws IOException {
        Application app = TestApplications.real();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new JsonLinesChat(app.assistant(), app.presenter(), JSON).run(new BufferedReader(new StringReader(line + "\n")), out);
        }
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The text of every context block, where cards put their source line. */
    private static List<String> contextLines(JsonNode reply) {
        List<String> lines = new ArrayList<>();
        for (JsonNode block : reply.path("blocks")) {
            if (block.path("type").asText().equals("context")) {
                block.path("elements").forEach(element -> lines.add(element.path("text").asText()));
            }
        }
        return lines;
    }

    @Test
    void guideCard_saysWhoLooksAfterTheGuideAndWhenItWasLastReviewed() throws IOException {
        List<String> context = contextLines(reply("/transition backend developer to cloud engineer"));

        assertTrue(context.contains("Guide by Career coaching team · last reviewed 20 November 2026"), context::toString);
    }

    @Test
    void guideSection_carriesTheSameSourceLine() throws IOException {
        List<String> context = contextLines(reply("/transition cloud engineer to backend developer salary"));

        assertTrue(context.contains("Guide by Career coaching team · last reviewed 20 November 2026"), context::toString);
    }

    @Test
    void answerToAQuestion_namesTheGuideAndWhenItWasReviewed() throws IOException {
        List<String> context = contextLines(reply("how long does it take to go from backend dev to cloud engineer?"));

        assertTrue(context.stream().anyMatch(line -> line.startsWith("From the Backend Developer → Cloud Engineer guide")
                && line.endsWith(" · reviewed 20 November 2026")), context::toString);
    }
}
