package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.slack.e2e.BlockKitChecks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Block Kit of plans as the app sent it over the wire: the limits are {@link BlockKitChecks}' (Slack's published
 * limits, checkboxes and date pickers included), held to {@link BlockKitChecks.Elements#ROUTABLE}; the readers here
 * find plans' interactive elements — checkboxes (in an actions block), date pickers (as a section accessory) and
 * buttons — with the block they sit in, the way a test needs them to build Slack's payloads.
 */
final class PlanBlocks {

    private PlanBlocks() {
    }

    // ---- limits --------------------------------------------------------------------------------------------

    /**
     * Checks blocks (of a message or a view) against Slack's limits; every interactive element included, each with
     * an {@code action_id} and of a kind plans use.
     */
    static void assertWithinLimits(JsonNode blocks, int maxBlocks) {
        BlockKitChecks.assertWithinLimits(blocks, maxBlocks, BlockKitChecks.Elements.ROUTABLE);
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

    /** All the text a person reads: headers, sections, contexts, option labels and descriptions. */
    static String visibleText(JsonNode blocks) {
        return BlockKitChecks.nodes(blocks, node -> node.isObject() && node.has("text") && node.get("text").isTextual()
                        && Set.of("plain_text", "mrkdwn").contains(node.path("type").asText()))
                .stream().map(node -> node.get("text").asText()).collect(Collectors.joining("\n"));
    }
}
