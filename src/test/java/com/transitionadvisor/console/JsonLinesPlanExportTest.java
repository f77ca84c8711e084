package com.transitionadvisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.Application;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat --jsonl} with study plans on a real (H2) database: exports come as files, beside the message. */
class JsonLinesPlanExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    Database database;
    Application app;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.h2File(folder));
        app = TestApplications.withPlans(new JdbcPlanStore(database, CLOCK), CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<JsonNode> replies(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new JsonLinesChat(app.assistant(), app.presenter(), new ObjectMapper())
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        }
        List<JsonNode> replies = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            replies.add(JSON.readTree(line));
        }
        assertEquals(lines.length, replies.size(), "one reply per line");
        return replies;
    }

    @Test
    void exportIcal_carriesTheCalendarAsAFile_thatParses_andTheMessageNamesIt_withoutTheCalendarText() throws Exception {
        List<JsonNode> replies = replies("/transition plan backend developer to cloud engineer part-time",
                "/transition plan export ical");

        assertFalse(replies.get(0).has("files"), "a plan card hands over no file");
        JsonNode export = replies.get(1);
        JsonNode files = export.path("files");
        assertEquals(1, files.size(), export::toString);
        JsonNode file = files.get(0);
        assertEquals("study-plan-backend-developer-to-cloud-engineer.ics", file.path("name").asText());
        assertEquals("text/calendar", file.path("mimetype").asText());
        String content = file.path("content").asText();
        assertTrue(content.startsWith("BEGIN:VCALENDAR\r\n"), content);
        Calendar calendar = new CalendarBuilder().build(new StringReader(content));
        assertEquals(3, calendar.getComponents("VEVENT").size(), "one event per milestone");
        String blocks = export.path("blocks").toString();
        assertFalse(blocks.contains("BEGIN:VCALENDAR") || blocks.contains("DTSTART"), () -> "no calendar text in the message: " + blocks);
        assertTrue(blocks.contains("study-plan-backend-developer-to-cloud-engineer.ics"), blocks);
        assertEquals(List.of("input", "text", "blocks", "response_type", "files"), fieldNames(export));
    }

    @Test
    void exportMarkdown_carriesAMarkdownFile() throws Exception {
        List<JsonNode> replies = replies("/transition plan backend developer to cloud engineer", "/transition plan export markdown");

        JsonNode file = replies.get(1).path("files").get(0);
        assertEquals("study-plan-backend-developer-to-cloud-engineer.md", file.path("name").asText());
        assertEquals("text/markdown", file.path("mimetype").asText());
        assertTrue(file.path("content").asText().startsWith("# Study plan: Backend Developer → Cloud Engineer\n"));
        assertFalse(replies.get(1).path("blocks").toString().contains("# Study plan"), "the file is not in the message");
    }

    @Test
    void interactiveConsole_printsAnExportedFilePlainly_afterTheReply() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new InteractiveConsole(app.assistant(), app.presenter()).run(new BufferedReader(new StringReader(
                    "/transition plan backend developer to cloud engineer\n/transition plan export ical\n")), out);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);

        int ruler = output.indexOf("----- study-plan-backend-developer-to-cloud-engineer.ics (text/calendar) -----\n");
        assertTrue(ruler > 0, output);
        String file = output.substring(ruler);
        assertTrue(file.contains("\nBEGIN:VCALENDAR\n") && file.contains("\nEND:VCALENDAR\n----- end of "), file);
        assertFalse(file.contains("\r"), "printed with the terminal's line ends");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
