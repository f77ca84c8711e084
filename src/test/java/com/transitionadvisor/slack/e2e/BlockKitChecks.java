package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Assertions on Block Kit as the app sent it, with Slack's published limits (shared/SLACK_FACTS.md, section 4),
 * written out independently of the app's own {@code BlockLimits} so a wrong constant there is caught here.
 * Shared by the Socket Mode suites: this package's, and {@code slack.plans} (whose {@code PlanBlocks} adds the
 * readers for plans' checkboxes and date pickers and checks with {@link Elements#ROUTABLE}).
 */
public final class BlockKitChecks {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int HOME_TAB_BLOCKS = 100;
    /** Slack's advice for a message's top-level {@code text}; it truncates far above. */
    static final int MESSAGE_TEXT = 4000;

    /** How interactive elements (buttons, checkboxes, date pickers) are checked beyond their limits. */
    public enum Elements {
        /** Slack's limits only: an element may lack an {@code action_id}, and types not known here pass. */
        SLACK_LIMITS,
        /**
         * Also: every interactive element has an {@code action_id} (the app routes clicks by it) and is a button,
         * checkboxes or a date picker.
         */
        ROUTABLE
    }

    private static final Set<String> BLOCK_TYPES = Set.of("header", "section", "context", "actions", "divider",
            "image", "rich_text", "markdown", "input", "file", "video");

    private BlockKitChecks() {
    }

    /**
     * Checks a message's (or view's) blocks against Slack's limits: count, block ids, section text and fields,
     * header, context and actions elements, buttons, checkboxes, date pickers, and every text object.
     */
    public static void assertWithinLimits(JsonNode blocks, int maxBlocks) {
        assertWithinLimits(blocks, maxBlocks, Elements.SLACK_LIMITS);
    }

    /** {@link #assertWithinLimits(JsonNode, int)}, with interactive elements checked as {@code rules} says. */
    public static void assertWithinLimits(JsonNode blocks, int maxBlocks, Elements rules) {
        assertTrue(blocks.isArray(), () -> "blocks must be an array: " + blocks);
        assertTrue(blocks.size() >= 1 && blocks.size() <= maxBlocks,
                () -> "expected 1.." + maxBlocks + " blocks, got " + blocks.size());
        Set<String> blockIds = new HashSet<>();
        for (JsonNode block : blocks) {
            String type = block.path("type").asText();
            assertTrue(BLOCK_TYPES.contains(type), () -> "unknown block type in " + block);
            if (block.has("block_id")) {
                String id = block.get("block_id").asText();
                assertMax("block_id", id, 255, block);
                assertTrue(blockIds.add(id), () -> "duplicate block_id " + id);
            }
            switch (type) {
                case "header" -> {
                    assertEquals("plain_text", block.at("/text/type").asText(), () -> "header must be plain_text: " + block);
                    assertText(block.get("text"), 150, block);
                }
                case "section" -> section(block, rules);
                case "context" -> {
                    JsonNode elements = block.path("elements");
                    assertTrue(elements.size() >= 1 && elements.size() <= 10, () -> "context needs 1..10 elements: " + block);
                    for (JsonNode element : elements) {
                        if (!element.path("type").asText().equals("image")) {
                            assertText(element, 3000, block);
                        }
                    }
                }
                case "actions" -> {
                    JsonNode elements = block.path("elements");
                    assertTrue(elements.size() >= 1 && elements.size() <= 25, () -> "actions needs 1..25 elements: " + block);
                    Set<String> actionIds = new HashSet<>();
                    for (JsonNode element : elements) {
                        interactive(element, block, rules);
                        if (element.has("action_id")) {
                            String id = element.get("action_id").asText();
                            assertTrue(actionIds.add(id), () -> "duplicate action_id " + id + " in " + block);
                        }
                    }
                }
                case "markdown" -> assertMax("markdown text", block.path("text").asText(), 12_000, block);
                default -> {
                }
            }
        }
    }

    /** Checks a message's plain-text fallback: present, non-blank, not too long. */
    public static void assertFallbackText(JsonNode message) {
        String text = message.path("text").asText("");
        assertTrue(!text.isBlank(), () -> "a message needs a plain-text fallback: " + message);
        assertMax("fallback text", text, MESSAGE_TEXT, message);
    }

    private static void section(JsonNode block, Elements rules) {
        boolean hasText = block.has("text");
        boolean hasFields = block.has("fields");
        assertTrue(hasText || hasFields, () -> "a section needs text or fields: " + block);
        if (hasText) {
            assertText(block.get("text"), 3000, block);
        }
        if (hasFields) {
            assertTrue(block.get("fields").size() <= 10, () -> "at most 10 fields: " + block);
            for (JsonNode field : block.get("fields")) {
                assertText(field, 2000, block);
            }
        }
        if (block.has("accessory")) {
            interactive(block.get("accessory"), block, rules);
        }
    }

    private static void interactive(JsonNode element, JsonNode block, Elements rules) {
        String type = element.path("type").asText();
        String actionId = element.path("action_id").asText("");
        if (rules == Elements.ROUTABLE) {
            assertTrue(!actionId.isEmpty(), () -> "an interactive element needs an action_id: " + element);
        }
        assertMax("action_id", actionId, 255, block);
        switch (type) {
            case "button" -> {
                assertEquals("plain_text", element.at("/text/type").asText(), () -> "button text must be plain_text: " + element);
                assertText(element.get("text"), 75, block);
                assertMax("button value", element.path("value").asText(""), 2000, block);
                assertMax("button url", element.path("url").asText(""), 3000, block);
                if (element.has("style")) {
                    assertTrue(Set.of("primary", "danger").contains(element.get("style").asText()),
                            () -> "button style must be primary or danger: " + element);
                }
            }
            case "checkboxes" -> checkboxes(element, block);
            case "datepicker" -> datepicker(element, block);
            default -> {
                if (rules == Elements.ROUTABLE) {
                    fail("unexpected interactive element " + type + " in " + block);
                }
            }
        }
    }

    /** 1–10 options; option text and description at most 75, value at most 150; initial options among them. */
    private static void checkboxes(JsonNode element, JsonNode block) {
        JsonNode options = element.path("options");
        assertTrue(options.size() >= 1 && options.size() <= 10, () -> "checkboxes need 1..10 options: " + element);
        Set<String> values = new HashSet<>();
        for (JsonNode option : options) {
            assertText(option.get("text"), 75, block);
            if (option.has("description")) {
                assertText(option.get("description"), 75, block);
            }
            String value = option.path("value").asText("");
            assertTrue(!value.isEmpty(), () -> "an option needs a value: " + option);
            assertMax("option value", value, 150, block);
            assertTrue(values.add(value), () -> "duplicate option value " + value + " in " + element);
        }
        for (JsonNode initial : element.path("initial_options")) {
            // Slack rejects a view whose initial option differs in any way from one of the options.
            assertTrue(StreamSupport.stream(options.spliterator(), false).anyMatch(initial::equals),
                    () -> "initial option is not one of the options: " + initial + " in " + element);
        }
    }

    /** An {@code initial_date}, if any, is a real YYYY-MM-DD date; a placeholder is plain text of at most 150. */
    private static void datepicker(JsonNode element, JsonNode block) {
        if (element.has("initial_date")) {
            String date = element.get("initial_date").asText();
            assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), () -> "initial_date must be YYYY-MM-DD: " + element);
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                fail("initial_date is not a date: " + element);
            }
        }
        if (element.has("placeholder")) {
            assertEquals("plain_text", element.at("/placeholder/type").asText(), () -> "placeholder: " + element);
            assertText(element.get("placeholder"), 150, block);
        }
    }

    private static void assertText(JsonNode textObject, int max, JsonNode where) {
        assertTrue(textObject != null && textObject.isObject(), () -> "missing text object in " + where);
        String type = textObject.path("type").asText();
        assertTrue(type.equals("plain_text") || type.equals("mrkdwn"), () -> "bad text type in " + where);
        String text = textObject.path("text").asText("");
        assertTrue(!text.isEmpty(), () -> "empty text in " + where);
        assertMax(type, text, max, where);
    }

    private static void assertMax(String what, String value, int max, JsonNode where) {
        // UTF-16 length is never below Slack's character count, so this is at least as strict as Slack.
        assertTrue(value.length() <= max, () -> what + " is " + value.length() + " characters, over " + max + ": " + where);
    }

    // ---- reading blocks -----------------------------------------------------------------------------------

    /** The blocks of the given type. */
    static List<JsonNode> blocksOfType(JsonNode blocks, String type) {
        return StreamSupport.stream(blocks.spliterator(), false)
                .filter(block -> type.equals(block.path("type").asText())).toList();
    }

    /** The texts of the header blocks. */
    public static List<String> headers(JsonNode blocks) {
        return blocksOfType(blocks, "header").stream().map(b -> b.at("/text/text").asText()).toList();
    }

    /** The mrkdwn text of each section. */
    static List<String> sectionTexts(JsonNode blocks) {
        return blocksOfType(blocks, "section").stream().map(b -> b.at("/text/text").asText()).toList();
    }

    /** The texts of every context element. */
    static List<String> contextTexts(JsonNode blocks) {
        return blocksOfType(blocks, "context").stream()
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("text").asText()).toList();
    }

    /** Every button, in actions blocks or as a section accessory. */
    static List<JsonNode> buttons(JsonNode blocks) {
        return nodes(blocks, node -> "button".equals(node.path("type").asText()));
    }

    /** The button labelled {@code label}, or a failure listing the labels present. */
    static JsonNode button(JsonNode blocks, String label) {
        List<JsonNode> all = buttons(blocks);
        return all.stream().filter(b -> label.equals(b.at("/text/text").asText())).findFirst()
                .orElseGet(() -> fail("no button \"" + label + "\" among "
                        + all.stream().map(b -> b.at("/text/text").asText()).toList()));
    }

    /** Every string value anywhere in {@code node}, for "nothing contains X" checks. */
    static List<String> allStrings(JsonNode node) {
        return nodes(node, JsonNode::isTextual).stream().map(JsonNode::asText).toList();
    }

    /** Every node anywhere in {@code node} (itself included) that {@code match} accepts, depth first, in order. */
    public static List<JsonNode> nodes(JsonNode node, Predicate<JsonNode> match) {
        List<JsonNode> found = new ArrayList<>();
        collect(node, match, found);
        return found;
    }

    private static void collect(JsonNode node, Predicate<JsonNode> match, List<JsonNode> found) {
        if (match.test(node)) {
            found.add(node);
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, match, found));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), match, found);
            }
        }
    }
}
