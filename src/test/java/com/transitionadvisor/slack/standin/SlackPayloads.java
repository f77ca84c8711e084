package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Socket Mode payloads for tests, built from the fixtures in {@code src/test/resources/slack/} with the given
 * fields set. Every call returns a fresh object with a unique {@code event_id} / {@code trigger_id} and
 * message {@code ts}. The fixtures belong to workspace {@link SlackStandIn#TEAM_ID} and app
 * {@link SlackStandIn#APP_ID}.
 *
 * <p>Pair each with its envelope type: {@code slashCommand} → {@link SlackStandIn#SLASH_COMMANDS};
 * {@code directMessage}, {@code botDirectMessage}, {@code appMention}, {@code appHomeOpened} →
 * {@link SlackStandIn#EVENTS_API}; {@code blockAction} → {@link SlackStandIn#INTERACTIVE}.
 */
public final class SlackPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> FIXTURES = new ConcurrentHashMap<>();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private SlackPayloads() {
    }

    /** A {@code /command text} typed by {@code userId} in {@code channelId}. */
    public static ObjectNode slashCommand(String command, String text, String userId, String channelId,
            String responseUrl) {
        return fixture("slash_command")
                .put("command", command)
                .put("text", text)
                .put("user_id", userId)
                .put("channel_id", channelId)
                .put("response_url", responseUrl)
                .put("trigger_id", triggerId());
    }

    /** A {@code message.im} event: {@code userId} wrote {@code text} in the direct-message channel. */
    public static ObjectNode directMessage(String userId, String channelId, String text) {
        ObjectNode payload = eventCallback("message_im");
        String ts = nextTs();
        event(payload)
                .put("client_msg_id", UUID.randomUUID().toString())
                .put("user", userId)
                .put("channel", channelId)
                .put("text", text)
                .put("ts", ts)
                .put("event_ts", ts);
        return payload;
    }

    /**
     * A {@code message.im} event posted by a bot the way current (granular-permission) bots post: with
     * {@code bot_id}, {@code bot_profile} and the bot's {@code user}, and <em>no</em> subtype. Pass
     * {@link SlackStandIn#BOT_ID} / {@link SlackStandIn#BOT_USER_ID} for the app's own echo, which Bolt's
     * built-in {@code IgnoringSelfEvents} drops (and acks).
     */
    public static ObjectNode botDirectMessage(String botId, String botUserId, String channelId, String text) {
        ObjectNode payload = directMessage(botUserId, channelId, text);
        ObjectNode event = event(payload);
        event.remove("client_msg_id");
        event.put("bot_id", botId).put("app_id", SlackStandIn.BOT_ID.equals(botId) ? SlackStandIn.APP_ID : "A" + botId);
        event.putObject("bot_profile")
                .put("id", botId)
                .put("app_id", event.get("app_id").asText())
                .put("name", SlackStandIn.BOT_ID.equals(botId) ? "transition-advisor" : "other-bot")
                .put("team_id", SlackStandIn.TEAM_ID)
                .put("deleted", false);
        return payload;
    }

    /**
     * An {@code app_mention} event in {@code channelId}; the text is {@code "<@UBOT> " + textAfterMention}, as
     * Slack delivers it.
     */
    public static ObjectNode appMention(String userId, String channelId, String textAfterMention) {
        ObjectNode payload = eventCallback("app_mention");
        String ts = nextTs();
        event(payload)
                .put("client_msg_id", UUID.randomUUID().toString())
                .put("user", userId)
                .put("channel", channelId)
                .put("text", "<@" + SlackStandIn.BOT_USER_ID + "> " + textAfterMention)
                .put("ts", ts)
                .put("event_ts", ts);
        return payload;
    }

    /** A {@code block_actions} payload: {@code userId} clicked the button {@code actionId} carrying {@code value}. */
    public static ObjectNode blockAction(String actionId, String value, String userId, String channelId,
            String responseUrl) {
        ObjectNode payload = fixture("block_actions");
        ((ObjectNode) payload.get("user")).put("id", userId);
        ((ObjectNode) payload.get("channel")).put("id", channelId);
        ((ObjectNode) payload.get("container")).put("channel_id", channelId).put("message_ts", nextTs());
        ((ObjectNode) payload.get("actions").get(0))
                .put("action_id", actionId)
                .put("value", value)
                .put("action_ts", nextTs());
        return payload.put("response_url", responseUrl).put("trigger_id", triggerId());
    }

    /** An {@code app_home_opened} event for the Home tab, without a {@code view} (none published yet). */
    public static ObjectNode appHomeOpened(String userId) {
        return appHomeOpened(userId, "home");
    }

    /** An {@code app_home_opened} event for {@code tab} ({@code home} or {@code messages}). */
    public static ObjectNode appHomeOpened(String userId, String tab) {
        ObjectNode payload = eventCallback("app_home_opened");
        event(payload)
                .put("user", userId)
                .put("channel", "D" + userId)
                .put("tab", tab)
                .put("event_ts", nextTs());
        return payload;
    }

    /** A fresh copy of {@code src/test/resources/slack/<name>.json}, e.g. {@code "block_actions"}. */
    public static ObjectNode fixture(String name) {
        return (ObjectNode) FIXTURES.computeIfAbsent(name, SlackPayloads::load).deepCopy();
    }

    private static ObjectNode eventCallback(String fixtureName) {
        ObjectNode payload = fixture(fixtureName);
        long n = SEQUENCE.incrementAndGet();
        return payload.put("event_id", String.format("Ev%010d", n)).put("event_time", Instant.now().getEpochSecond());
    }

    private static ObjectNode event(ObjectNode payload) {
        return (ObjectNode) payload.get("event");
    }

    private static String triggerId() {
        return SEQUENCE.incrementAndGet() + "." + SEQUENCE.incrementAndGet() + "." + UUID.randomUUID();
    }

    private static String nextTs() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    private static JsonNode load(String name) {
        String resource = "/slack/" + name + ".json";
        try (InputStream in = SlackPayloads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource + " on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + resource, e);
        }
    }
}
