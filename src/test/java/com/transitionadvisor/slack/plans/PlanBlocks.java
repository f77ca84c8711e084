package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Block Kit as the app sent it over the wire: Slack's published limits (shared/SLACK_FACTS.md, section 4),
 * written out independently of the app's {@code BlockLimits}, including the interactive elements of plans that the
 * other checkers do not know — checkboxes (in an actions block) and date pickers (as a section accessory) — and
 * readers that find elements the way a test needs them to build Slack's payloads.
 */
final class PlanBlocks {

    static final int MESSAGE_BLOCKS = 50;
    static final int HOME_TAB_BLOCKS = 100;
    static final int MESSAGE_TEXT = 4000;

    private static final Set<String> BLOCK_TYPES = Set.of("header", "section", "context", "actions", "divider",
            "image", "rich_text", "markdown", "input", "file", "video");

    private PlanBlocks() {
    }

    // ---- limits --------------------------------------------------------------------------------------------

    /** Checks blocks (of a message or a view) against Slack's limits; every interactive element included. */
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
                        String id = element.path("action_id").asText();
                        assertTrue(actionIds.add(id), () -> "duplicate action_id " + id + " in " + block);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A message's plain-text fallback: present, non-blank, not too long. */
    static void assertFallbackText(JsonNode message) {
        String text = message.path("text").asText("");
        assertTrue(!text.isBlank(), () -> "a message needs a plain-text fallback: " + message);
        assertMax("fallback text", text, MESSAGE_TEXT, message);
    }

    private static void section(JsonNode block) {
        assertTrue(block.has("text") || block.has("fields"), () -> "a section needs text or fields: " + block);
        if (block.has("text")) {
            assertText(block.get("text"), 3000, block);
        }
        if (block.has("fields")) {
            assertTrue(block.get("fields").size() <= 10, () -> "at most 10 fields: " + block);
            block.get("fields").forEach(field -> assertText(field, 2000, block));
        }
        if (block.has("accessory")) {
            interactive(block.get("accessory"), block);
        }
    }

    private static void interactive(JsonNode element, JsonNode block) {
        String type = element.path("type").asText();
        String actionId = element.path("action_id").asText("");
        assertTrue(!actionId.isEmpty(), () -> "an interactive element needs an action_id: " + element);
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
            case "datepicker" -> {
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
            default -> fail("unexpected interactive element " + type + " in " + block);
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

    private static void assertText(JsonNode textObject, int max, JsonNode where) {
        assertTrue(textObject != null && textObject.isObject(), () -> "missing text object in " + where);
        String type = textObject.path("type").asText();
        assertTrue(type.equals("plain_text") || type.equals("mrkdwn"), () -> "bad text type in " + where);
        String text = textObject.path("text").asText("");
        assertTrue(!text.isEmpty(), () -> "empty text in " + where);
        assertMax(type, text, max, where);
    }

    private static void assertMax(String what, String value, int max, JsonNode where) {
        assertTrue(value.length() <= max, () -> what + " is " + value.length() + " characters, over " + max + ": " + where);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** An interactive element and the block it sits in (whose {@code block_id} Slack sends back with a click). */
    record Placed(JsonNode block, JsonNode element) {
        String blockId() {
            return block.path("block_id").asText();
        }

        String actionId() {
            return element.path("action_id").asText();
        }
    }

    /** Every interactive element of {@code types}, in actions blocks or as a section accessory, in order. */
    static List<Placed> elements(JsonNode blocks, Set<String> types) {
        List<Placed> found = new ArrayList<>();
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (types.contains(element.path("type").asText())) {
                    found.add(new Placed(block, element));
                }
            }
            JsonNode accessory = block.path("accessory");
            if (types.contains(accessory.path("type").asText())) {
                found.add(new Placed(block, accessory));
            }
        }
        return found;
    }

    static List<Placed> checkboxGroups(JsonNode blocks) {
        return elements(blocks, Set.of("checkboxes"));
    }

    /** The checkbox group holding the option with {@code value}. */
    static Placed checkboxGroupWith(JsonNode blocks, String value) {
        return checkboxGroups(blocks).stream()
                .filter(p -> StreamSupport.stream(p.element().path("options").spliterator(), false)
                        .anyMatch(o -> value.equals(o.path("value").asText())))
                .findFirst().orElseGet(() -> fail("no checkbox with value " + value + " in " + blocks));
    }

    /** Values of every option of every checkbox group, in order. */
    static List<String> checkboxValues(JsonNode blocks) {
        List<String> values = new ArrayList<>();
        checkboxGroups(blocks).forEach(p -> p.element().path("options").forEach(o -> values.add(o.path("value").asText())));
        return values;
    }

    /** Values of the options shown ticked ({@code initial_options}) in every checkbox group. */
    static Set<String> tickedValues(JsonNode blocks) {
        Set<String> ticked = new LinkedHashSet<>();
        checkboxGroups(blocks).forEach(p -> p.element().path("initial_options").forEach(o -> ticked.add(o.path("value").asText())));
        return ticked;
    }

    /** The button labelled {@code label}, with its block; a failure lists the labels present. */
    static Placed button(JsonNode blocks, String label) {
        List<Placed> all = elements(blocks, Set.of("button"));
        return all.stream().filter(p -> label.equals(p.element().at("/text/text").asText())).findFirst()
                .orElseGet(() -> fail("no button \"" + label + "\" among "
                        + all.stream().map(p -> p.element().at("/text/text").asText()).toList()));
    }

    /** Labels of every button. */
    static List<String> buttonLabels(JsonNode blocks) {
        return elements(blocks, Set.of("button")).stream().map(p -> p.element().at("/text/text").asText()).toList();
    }

    static List<String> headers(JsonNode blocks) {
        return ofType(blocks, "header").stream().map(b -> b.at("/text/text").asText()).toList();
    }

    /** All the text a person reads: headers, sections, contexts, option labels and descriptions. */
    static String visibleText(JsonNode blocks) {
        List<String> texts = new ArrayList<>();
        collect(blocks, node -> node.isObject() && node.has("text") && node.get("text").isTextual()
                && Set.of("plain_text", "mrkdwn").contains(node.path("type").asText()), texts);
        return String.join("\n", texts);
    }

    static List<JsonNode> ofType(JsonNode blocks, String type) {
        return StreamSupport.stream(blocks.spliterator(), false).filter(b -> type.equals(b.path("type").asText())).toList();
    }

    private static void collect(JsonNode node, Predicate<JsonNode> isText, List<String> texts) {
        if (isText.test(node)) {
            texts.add(node.get("text").asText());
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, isText, texts));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), isText, texts);
            }
        }
    }
}
