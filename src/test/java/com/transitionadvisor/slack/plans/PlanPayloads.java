package com.transitionadvisor.slack.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code block_actions} payloads built the way Slack builds them, from the elements the app actually published
 * (a checkbox group of the App Home view, a button of a message), over the fixtures in
 * {@code src/test/resources/slack-plans/}.
 */
final class PlanPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private PlanPayloads() {
    }

    /**
     * {@code userId} changed a checkbox group of their App Home so that exactly the options whose values are
     * {@code tickedNow} are ticked: Slack sends the element's action and block ids, every selected option (as
     * published: text, description, value), the view, and the same selection in {@code view.state.values}.
     *
     * @param view     the view as published with {@code views.publish}
     * @param blockId  the block holding the checkboxes element
     * @param element  the checkboxes element as published
     */
    static ObjectNode homeCheckboxes(String userId, JsonNode view, String blockId, JsonNode element, Set<String> tickedNow) {
        ObjectNode payload = fixture("block_actions_home_checkboxes");
        String viewId = "V" + userId + SEQUENCE.incrementAndGet();
        ((ObjectNode) payload.get("user")).put("id", userId);
        ((ObjectNode) payload.get("container")).put("view_id", viewId);
        ArrayNode selected = JSON.createArrayNode();
        for (JsonNode option : element.path("options")) {
            if (tickedNow.contains(option.path("value").asText())) {
                selected.add(option.deepCopy());
            }
        }
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", element.path("action_id").asText())
                .put("block_id", blockId)
                .put("action_ts", nextTs())
                .set("selected_options", selected.deepCopy());
        ObjectNode viewNode = (ObjectNode) payload.get("view");
        viewNode.put("id", viewId).put("root_view_id", viewId).set("blocks", view.path("blocks").deepCopy());
        ObjectNode state = ((ObjectNode) viewNode.get("state")).putObject("values");
        state.putObject(blockId).putObject(element.path("action_id").asText())
                .put("type", "checkboxes").set("selected_options", selected);
        return payload.put("trigger_id", triggerId());
    }

    /**
     * {@code userId} clicked {@code button} (as published) in their App Home {@code view}: the container is the
     * view, and there is neither a channel nor a {@code response_url}.
     */
    static ObjectNode homeButton(String userId, JsonNode view, String blockId, JsonNode button) {
        ObjectNode payload = fixture("block_actions_home_checkboxes");
        String viewId = "V" + userId + SEQUENCE.incrementAndGet();
        ((ObjectNode) payload.get("user")).put("id", userId);
        ((ObjectNode) payload.get("container")).put("view_id", viewId);
        ((ObjectNode) payload.get("view")).put("id", viewId).put("root_view_id", viewId)
                .set("blocks", view.path("blocks").deepCopy());
        ObjectNode action = JSON.createObjectNode()
                .put("type", "button")
                .put("action_id", button.path("action_id").asText())
                .put("block_id", blockId)
                .put("value", button.path("value").asText(""))
                .put("action_ts", nextTs());
        action.set("text", button.path("text").deepCopy());
        payload.putArray("actions").add(action);
        return payload.put("trigger_id", triggerId());
    }

    /** {@code userId} picked {@code date} in a date picker (as published) of their App Home {@code view}. */
    static ObjectNode homeDatePicker(String userId, JsonNode view, String blockId, JsonNode picker, LocalDate date) {
        ObjectNode payload = homeButton(userId, view, blockId, picker);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.remove("value");
        action.remove("text");
        action.put("type", "datepicker").put("selected_date", date.toString());
        if (picker.has("initial_date")) {
            action.put("initial_date", picker.get("initial_date").asText());
        }
        ((ObjectNode) payload.at("/view/state")).putObject("values").putObject(blockId)
                .putObject(picker.path("action_id").asText()).put("type", "datepicker").put("selected_date", date.toString());
        return payload;
    }

    /**
     * {@code userId} clicked {@code button} (as published) in a message of {@code channelId}.
     *
     * @param channelName  Slack's name for the channel in the payload ({@code directmessage} for a DM)
     * @param message      the message as posted (its {@code blocks} and {@code text}); {@code null} for an
     *                     ephemeral message, whose payload carries none
     */
    static ObjectNode messageButton(JsonNode button, String blockId, String userId, String channelId, String channelName,
                                    String responseUrl, JsonNode message) {
        ObjectNode payload = fixture("block_actions_message_button");
        String messageTs = nextTs();
        ((ObjectNode) payload.get("user")).put("id", userId);
        ((ObjectNode) payload.get("channel")).put("id", channelId).put("name", channelName);
        ((ObjectNode) payload.get("container")).put("channel_id", channelId).put("message_ts", messageTs)
                .put("is_ephemeral", message == null);
        if (message == null) {
            payload.remove("message");
        } else {
            ((ObjectNode) payload.get("message")).put("ts", messageTs).put("text", message.path("text").asText(""))
                    .set("blocks", message.path("blocks").deepCopy());
        }
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", button.path("action_id").asText())
                .put("block_id", blockId)
                .put("value", button.path("value").asText(""))
                .put("action_ts", nextTs())
                .set("text", button.path("text").deepCopy());
        return payload.put("response_url", responseUrl).put("trigger_id", triggerId());
    }

    private static ObjectNode fixture(String name) {
        String resource = "/slack-plans/" + name + ".json";
        try (InputStream in = PlanPayloads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource + " on the test classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + resource, e);
        }
    }

    private static String triggerId() {
        return SEQUENCE.incrementAndGet() + "." + SEQUENCE.incrementAndGet() + "." + UUID.randomUUID();
    }

    private static String nextTs() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", 500_000 + SEQUENCE.incrementAndGet() % 500_000);
    }
}
