package com.transitionadvisor.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import com.transitionadvisor.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person reads of a reply in Slack: the text of every block except buttons and menus (their labels are
 * chrome, not the answer), serialised exactly as {@code chat --jsonl} sends it. Matching ignores case, the kind of
 * dash, runs of white space and Slack's formatting characters, so an expectation names a fact, not its typesetting.
 */
public final class VisibleText {
    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DASHES = Pattern.compile("[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern FORMATTING = Pattern.compile("[*_`~]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String text;

    private VisibleText(String text) {
        this.text = text;
    }

    public static VisibleText of(SlackMessage message) {
        try {
            JsonNode blocks = JSON.readTree(SLACK_JSON.toJson(message.blocks()));
            List<String> parts = new ArrayList<>();
            for (JsonNode block : blocks) {
                if (!block.path("type").asText().equals("actions")) {
                    collect(block, parts);
                }
            }
            return new VisibleText(String.join("\n", parts));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<String> parts) {
        if (node.isObject()) {
            if (node.path("type").asText().equals("button") || node.has("action_id")) {
                return;
            }
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("text") && field.getValue().isTextual()) {
                    parts.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), parts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, parts));
        }
    }

    public String raw() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Whether one of the alternatives ("6–12 months | 6-12 months") appears. */
    boolean shows(String alternatives) {
        String haystack = normalized(text);
        for (String alternative : alternatives.split(" \\| ")) {
            if (!alternative.isBlank() && haystack.contains(normalized(alternative))) {
                return true;
            }
        }
        return false;
    }

    static String normalized(String value) {
        String unescaped = value.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String plain = FORMATTING.matcher(DASHES.matcher(unescaped).replaceAll("-")).replaceAll("");
        return SPACES.matcher(plain.replace('\u2019', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
