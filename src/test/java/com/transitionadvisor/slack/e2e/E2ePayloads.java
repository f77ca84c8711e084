package com.transitionadvisor.slack.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Payloads the stand-in's {@link SlackPayloads} does not build, from the fixtures in
 * {@code src/test/resources/slack-e2e/}; each has a fresh {@code event_id}.
 */
final class E2ePayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private E2ePayloads() {
    }

    /**
     * A {@code message} event with subtype {@code message_changed}: {@code userId} edited a message in the
     * direct-message channel so that it now reads {@code newText}.
     */
    static ObjectNode editedDirectMessage(String userId, String channelId, String newText) {
        ObjectNode payload = fixture("message_changed");
        payload.put("event_id", "EvE2E" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase())
                .put("event_time", Instant.now().getEpochSecond());
        ObjectNode event = (ObjectNode) payload.get("event");
        event.put("channel", channelId);
        ObjectNode message = (ObjectNode) event.get("message");
        message.put("user", userId).put("text", newText);
        ((ObjectNode) message.get("edited")).put("user", userId);
        ((ObjectNode) event.get("previous_message")).put("user", userId);
        return payload;
    }

    /**
     * A {@code message.channels} event: {@code userId} wrote {@code text} in the public channel
     * {@code channelId} ({@code channel_type: "channel"}), as Slack would send it if the app were subscribed.
     */
    static ObjectNode publicChannelMessage(String userId, String channelId, String text) {
        ObjectNode payload = SlackPayloads.directMessage(userId, channelId, text);
        ((ObjectNode) payload.get("event")).put("channel_type", "channel");
        return payload;
    }

    private static ObjectNode fixture(String name) {
        String resource = "/slack-e2e/" + name + ".json";
        try (InputStream in = E2ePayloads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource + " on the test classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + resource, e);
        }
    }
}
