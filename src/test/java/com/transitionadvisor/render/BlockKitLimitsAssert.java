package com.transitionadvisor.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a message against Slack's Block Kit limits (shared/SLACK_FACTS.md, section 4) on the JSON the SDK sends,
 * so it sees exactly what Slack would. Reports every violation at once, each with its JSON path.
 */
public final class BlockKitLimitsAssert {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> violations = new ArrayList<>();

    private BlockKitLimitsAssert() {
    }

    /** A message for a channel, a DM or an ephemeral reply: at most 50 blocks. */
    public static void assertWithinLimits(SlackMessage message) {
        assertWithinLimits(message, BlockLimits.MESSAGE_BLOCKS);
    }

    public static void assertWithinLimits(SlackMessage message, int maxBlocks) {
        BlockKitLimitsAssert check = new BlockKitLimitsAssert();
        if (message.text() == null || message.text().isBlank()) {
            check.violations.add("text: the plain-text fallback is empty");
        }
        check.blocks(toJson(message.blocks()), maxBlocks);
        if (!check.violations.isEmpty()) {
            throw new AssertionFailedError(check.violations.size() + " Block Kit limit(s) broken:\n  "
                    + String.join("\n  ", check.violations) + "\nin " + toJson(message.blocks()));
        }
    }

    /** The blocks exactly as the SDK serialises them for the Web API. */
    public static JsonNode toJson(List<LayoutBlock> blocks) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void blocks(JsonNode blocks, int maxBlocks) {
        if (!blocks.isArray() || blocks.isEmpty()) {
            violations.add("blocks: must be a non-empty list");
            return;
        }
        if (blocks.size() > maxBlocks) {
            violations.add("blocks: " + blocks.size() + " blocks, more than " + maxBlocks);
        }
        Set<String> blockIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String path = "blocks[" + i + "]";
            if (block.hasNonNull("block_id")) {
                String blockId = block.get("block_id").asText();
                maxLength(path + ".block_id", blockId, 255);
                if (!blockIds.add(blockId)) {
                    violations.add(path + ".block_id: '" + blockId + "' is used by another block");
                }
            }
            String type = block.path("type").asText();
            switch (type) {
                case "section" -> section(path, block);
                case "header" -> header(path, block);
                case "context" -> context(path, block);
                case "actions" -> actions(path, block);
                case "divider" -> { }
                default -> violations.add(path + ": unexpected block type '" + type + "'");
            }
        }
    }

    private void section(String path, JsonNode block) {
        boolean hasText = block.hasNonNull("text");
        boolean hasFields = block.hasNonNull("fields");
        if (!hasText && !hasFields) {
            violations.add(path + ": a section needs text or fields");
        }
        if (hasText) {
            textObject(path + ".text", block.get("text"), 3000);
        }
        if (hasFields) {
            JsonNode fields = block.get("fields");
            if (fields.size() > 10) {
                violations.add(path + ".fields: " + fields.size() + " fields, more than 10");
            }
            for (int i = 0; i < fields.size(); i++) {
                textObject(path + ".fields[" + i + "]", fields.get(i), 2000);
            }
        }
    }

    private void header(String path, JsonNode block) {
        JsonNode text = block.path("text");
        if (!"plain_text".equals(text.path("type").asText())) {
            violations.add(path + ".text: a header must be plain_text");
        }
        textObject(path + ".text", text, 150);
    }

    private void context(String path, JsonNode block) {
        JsonNode elements = block.path("elements");
        if (elements.isEmpty() || elements.size() > 10) {
            violations.add(path + ".elements: " + elements.size() + " elements, must be 1–10");
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String type = element.path("type").asText();
            if (type.equals("mrkdwn") || type.equals("plain_text")) {
                textObject(path + ".elements[" + i + "]", element, 3000);
            } else if (!type.equals("image")) {
                violations.add(path + ".elements[" + i + "]: unexpected context element '" + type + "'");
            }
        }
    }

    private void actions(String path, JsonNode block) {
        JsonNode elements = block.path("elements");
        if (elements.isEmpty() || elements.size() > 25) {
            violations.add(path + ".elements: " + elements.size() + " elements, must be 1–25");
        }
        Set<String> actionIds = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String elementPath = path + ".elements[" + i + "]";
            String actionId = element.path("action_id").asText("");
            if (actionId.isEmpty()) {
                violations.add(elementPath + ".action_id: missing");
            }
            maxLength(elementPath + ".action_id", actionId, 255);
            if (!actionIds.add(actionId)) {
                violations.add(elementPath + ".action_id: '" + actionId + "' is used twice in one actions block");
            }
            if (!"button".equals(element.path("type").asText())) {
                violations.add(elementPath + ": unexpected element '" + element.path("type").asText() + "'");
                continue;
            }
            JsonNode text = element.path("text");
            if (!"plain_text".equals(text.path("type").asText())) {
                violations.add(elementPath + ".text: a button label must be plain_text");
            }
            textObject(elementPath + ".text", text, 75);
            if (element.hasNonNull("value")) {
                maxLength(elementPath + ".value", element.get("value").asText(), 2000);
            }
            if (element.hasNonNull("url")) {
                maxLength(elementPath + ".url", element.get("url").asText(), 3000);
            }
            if (element.hasNonNull("style")) {
                String style = element.get("style").asText();
                if (!style.equals("primary") && !style.equals("danger")) {
                    violations.add(elementPath + ".style: '" + style + "' is not primary or danger");
                }
            }
        }
    }

    private void textObject(String path, JsonNode text, int max) {
        String type = text.path("type").asText();
        if (!type.equals("mrkdwn") && !type.equals("plain_text")) {
            violations.add(path + ": not a text object");
            return;
        }
        String value = text.path("text").asText("");
        if (value.isEmpty()) {
            violations.add(path + ".text: empty");
        }
        maxLength(path + ".text", value, max);
    }

    private void maxLength(String path, String value, int max) {
        // Java counts UTF-16 units, which is never fewer than the characters Slack counts.
        if (value.length() > max) {
            violations.add(path + ": " + value.length() + " characters, more than " + max);
        }
    }
}
