package com.transitionadvisor.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Assertions on Block Kit as the app sent it, with Slack's published limits (shared/SLACK_FACTS.md, section 4),
 * written out independently of the app's own {@code BlockLimits} so a wrong constant there is caught here.
 */
final class BlockKitChecks {

    static final int MESSAGE_BLOCKS = 50;
    static final int HOME_TAB_BLOCKS = 100;
    /** Slack's advice for a message's top-level {@code text}; it truncates far above. */
    static final int MESSAGE_TEXT = 4000;

    private static final Set<String> BLOCK_TYPES = Set.of("header", "section", "context", "actions", "divider",
            "image", "rich_text", "markdown", "input", "file", "video");

    private BlockKitChecks() {
    }

    /**
     * Checks a message's (or view's) blocks against Slack's limits: count, block ids, section text and fields,
     * header, context and actions elements, buttons, and every text object.
     */
    static void assertWithinLimits(JsonNode blocks, int maxBlocks) {
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
                case "section" -> section(block);
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
                        interactive(element, block);
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
    static void assertFallbackText(JsonNode message) {
        String text = message.path("text").asText("");
        assertTrue(!text.isBlank(), () -> "a message needs a plain-text fallback: " + message);
        assertMax("fallback text", text, MESSAGE_TEXT, message);
    }

    private static void section(JsonNode block) {
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
            interactive(block.get("accessory"), block);
        }
    }

    private static void interactive(JsonNode element, JsonNode block) {
        if (element.has("action_id")) {
            assertMax("action_id", element.get("action_id").asText(), 255, block);
        }
        if (element.path("type").asText().equals("button")) {
            assertEquals("plain_text", element.at("/text/type").asText(), () -> "button text must be plain_text: " + element);
            assertText(element.get("text"), 75, block);
            assertMax("button value", element.path("value").asText(""), 2000, block);
            assertMax("button url", element.path("url").asText(""), 3000, block);
            if (element.has("style")) {
                assertTrue(Set.of("primary", "danger").contains(element.get("style").asText()),
                        () -> "button style must be primary or danger: " + element);
            }
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
    static List<String> headers(JsonNode blocks) {
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
        List<JsonNode> found = new ArrayList<>();
        collect(blocks, node -> "button".equals(node.path("type").asText()), found);
        return found;
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
        List<JsonNode> found = new ArrayList<>();
        collect(node, JsonNode::isTextual, found);
        return found.stream().map(JsonNode::asText).toList();
    }

    private static void collect(JsonNode node, java.util.function.Predicate<JsonNode> match, List<JsonNode> found) {
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
