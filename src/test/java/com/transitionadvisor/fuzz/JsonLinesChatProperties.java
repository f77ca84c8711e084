package com.transitionadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.Application;
import com.transitionadvisor.console.JsonLinesChat;
import com.transitionadvisor.render.TestApplications;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code chat --jsonl} over any lines: exactly one JSON object per input line, in order, with exactly the keys
 * input, text, blocks and response_type; the input echoed as given; the blocks within Slack's limits and safe.
 */
class JsonLinesChatProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("input", "text", "blocks", "response_type");
    /** One app for every run: a chat is one conversation, and a long one is a harder test than a fresh one. */
    private static final Application APP = TestApplications.real();

    @Property(tries = 100)
    void run_anyLines_oneSafeJsonObjectPerLineInOrder(@ForAll("lines") List<String> lines) throws IOException {
        List<String> output = run(lines);

        assertEquals(lines.size(), output.size(), "one output line per input line");
        for (int i = 0; i < lines.size(); i++) {
            String input = lines.get(i);
            JsonNode reply = JSON.readTree(output.get(i));
            assertTrue(reply.isObject(), () -> "not a JSON object: " + SlackOutput.shown(reply.toString()));
            List<String> keys = new ArrayList<>();
            for (Iterator<String> names = reply.fieldNames(); names.hasNext(); ) {
                keys.add(names.next());
            }
            assertEquals(KEYS, Set.copyOf(keys), "the keys");
            assertEquals(KEYS.size(), keys.size(), "no key twice");
            assertEquals(input, reply.get("input").asText(), "the input, echoed as given, in order");
            assertTrue(Set.of("ephemeral", "in_channel").contains(reply.get("response_type").asText()));
            SlackOutput.assertSafe(reply.get("text").asText(), reply.get("blocks"), Optional.empty(), input);
        }
    }

    @Property(tries = 50)
    void run_linesWithLoneSurrogates_stillOneJsonObjectPerLine(@ForAll("linesWithLoneSurrogates") List<String> lines)
            throws IOException {
        // A lone surrogate cannot be written as UTF-8 (it becomes '?'), but it must not break the framing.
        List<String> output = run(lines);
        assertEquals(lines.size(), output.size(), "one output line per input line");
        for (String line : output) {
            JsonNode reply = JSON.readTree(line);
            assertEquals(KEYS, Set.copyOf(iterable(reply.fieldNames())));
        }
    }

    /** Runs the chat over {@code lines} and returns its stdout split into lines (the last one ends with a newline). */
    private static List<String> run(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new JsonLinesChat(APP.assistant(), APP.presenter(), new ObjectMapper())
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"))), out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        assertTrue(text.endsWith(System.lineSeparator()), "the last object ends its line");
        return List.of(text.substring(0, text.length() - System.lineSeparator().length()).split(System.lineSeparator(), -1));
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return HostileText.line().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> linesWithLoneSurrogates() {
        return HostileText.textWithLoneSurrogates().map(s -> s.replace('\n', ' ').replace('\r', ' ')).list().ofMaxSize(6);
    }
}
