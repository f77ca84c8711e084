package com.transitionadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockKitLimitsAssert;
import com.transitionadvisor.render.PlanActions;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.render.UiAction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * What every message the app sends to Slack must satisfy, whatever the input: Block Kit within Slack's limits
 * (checked by {@link BlockKitLimitsAssert} on the JSON the SDK sends), and no user text that Slack would act on.
 *
 * <p>"Acted on" means: in mrkdwn (section and context text, and the notification fallback) no {@code <} or
 * {@code >} at all except the mentions the app writes itself ("Shared by &lt;@U…&gt;" for a valid user id, and
 * the people of a team list),
 * every {@code &} starting one of Slack's three escapes, no {@code @channel}/{@code @here}/{@code @everyone}
 * word; in plain_text no control characters; nowhere a lone surrogate (it cannot be sent as UTF-8) unless the
 * input had one.
 */
final class SlackOutput {
    /** Slack's longest useful fallback text (SLACK_FACTS.md section 2: keep {@code text} ≤ 4,000). */
    static final int MAX_FALLBACK = 4000;
    private static final Pattern BROADCAST = Pattern.compile("(?i)@(channel|here|everyone)\\b");
    private static final Pattern VALID_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
    private static final Pattern ENTITY_OR_AMP = Pattern.compile("&(?!amp;|lt;|gt;)");
    private static final Pattern KNOWN_ACTION = Pattern.compile("^(" + String.join("|", UiAction.OPEN_SECTION, UiAction.SHARE,
            UiAction.CHOOSE_GUIDE, UiAction.HELPFUL, UiAction.NOT_HELPFUL) + ")(#\\d+)?$|^plan_[a-z_]+(#.*)?$");
    private static final Gson SDK_JSON = GsonFactory.createSnakeCase();

    private final Set<String> violations = new LinkedHashSet<>();
    private final Set<String> mentionable;
    private final boolean inputWellFormed;

    private SlackOutput(Set<String> mentionable, boolean inputWellFormed) {
        this.mentionable = mentionable;
        this.inputWellFormed = inputWellFormed;
    }

    /** A message rendered for {@code audience} from {@code input}. */
    static void assertSafe(SlackMessage message, Audience audience, String input) {
        assertSafe(message.text(), message.blocks(), mentions(audience.sharedBy()), input);
    }

    /**
     * A message that may mention the people in {@code mentionable} (e.g. who follows which plan), and nobody else.
     */
    static void assertSafe(SlackMessage message, Set<String> mentionable, String input) {
        assertSafe(message.text(), message.blocks(), mentions(mentionable), input);
    }

    /** A message as Slack received it (a JSON ack or Web API body), rendered from {@code input}. */
    static void assertSafe(String text, JsonNode blocks, Optional<String> sharer, String input) {
        List<LayoutBlock> parsed = blocks == null || blocks.isNull() || blocks.isMissingNode() ? List.of()
                : Arrays.asList(SDK_JSON.fromJson(blocks.toString(), LayoutBlock[].class));
        assertSafe(text, parsed, mentions(sharer), input);
    }

    /** The user ids the app may mention: only well-formed ones (the renderer names anyone else "a teammate"). */
    private static Set<String> mentions(Optional<String> sharer) {
        return mentions(sharer.map(Set::of).orElse(Set.of()));
    }

    private static Set<String> mentions(Set<String> ids) {
        return ids.stream().filter(id -> VALID_USER_ID.matcher(id).matches()).collect(java.util.stream.Collectors.toSet());
    }

    private static void assertSafe(String text, List<LayoutBlock> blocks, Set<String> mentionable, String input) {
        String context = "\nfor input (" + input.length() + " chars): " + shown(input);
        try {
            BlockKitLimitsAssert.assertWithinLimits(new SlackMessage(text == null ? "" : text, blocks));
        } catch (AssertionFailedError e) {
            throw new AssertionFailedError(e.getMessage() + context, e);
        }
        SlackOutput check = new SlackOutput(mentionable, !HostileText.hasLoneSurrogate(input));
        check.fallback(text);
        check.node("blocks", BlockKitLimitsAssert.toJson(blocks));
        if (!check.violations.isEmpty()) {
            throw new AssertionFailedError(check.violations.size() + " unsafe text(s) sent to Slack:\n  "
                    + String.join("\n  ", check.violations) + context);
        }
    }

    /** Just the text checks, for a piece of mrkdwn the app sends outside Block Kit (e.g. an ephemeral thank-you). */
    static void assertSafeMrkdwn(String text, String input) {
        SlackOutput check = new SlackOutput(Set.of(), !HostileText.hasLoneSurrogate(input));
        check.fallback(text);
        assertTrue(check.violations.isEmpty(), () -> String.join("\n", check.violations) + "\nfor input " + shown(input));
    }

    private void fallback(String text) {
        if (text == null || text.isBlank()) {
            violations.add("text: the fallback is empty");
            return;
        }
        if (text.length() > MAX_FALLBACK) {
            violations.add("text: " + text.length() + " characters, more than " + MAX_FALLBACK);
        }
        mrkdwn("text", text);
    }

    private void node(String path, JsonNode node) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (node.path("text").isTextual() && (type.equals("mrkdwn") || type.equals("plain_text"))) {
                if (type.equals("mrkdwn")) {
                    mrkdwn(path + ".text", node.get("text").asText());
                } else {
                    plain(path + ".text", node.get("text").asText());
                }
            }
            if (type.equals("button")) {
                button(path, node);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                node(path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                node(path + "[" + i + "]", node.get(i));
            }
        } else if (node.isTextual()) {
            wellFormed(path, node.asText());
        }
    }

    private void mrkdwn(String path, String text) {
        String unmentioned = text;
        for (String id : mentionable) {
            unmentioned = unmentioned.replace("<@" + id + ">", "@" + id);
        }
        int angle = indexOfAny(unmentioned, "<>");
        if (angle >= 0) {
            violations.add(path + ": raw '" + unmentioned.charAt(angle) + "' in mrkdwn: " + around(unmentioned, angle));
        }
        var amp = ENTITY_OR_AMP.matcher(text);
        if (amp.find()) {
            violations.add(path + ": '&' that is not &amp; &lt; or &gt;: " + around(text, amp.start()));
        }
        commonText(path, text, true);
        wellFormed(path, text);
    }

    private void plain(String path, String text) {
        commonText(path, text, false);
        wellFormed(path, text);
    }

    private void commonText(String path, String text, boolean mrkdwn) {
        var broadcast = BROADCAST.matcher(text);
        if (broadcast.find()) {
            violations.add(path + ": broadcast word not defused: " + around(text, broadcast.start()));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = mrkdwn && (c == '\n' || c == '\t');
            if (Character.getType(c) == Character.CONTROL && !allowed) {
                violations.add(path + ": control character U+" + String.format("%04X", (int) c) + " in "
                        + (mrkdwn ? "mrkdwn" : "plain_text") + ": " + around(text, i));
                break;
            }
        }
    }

    private void button(String path, JsonNode button) {
        String actionId = button.path("action_id").asText("");
        String value = button.path("value").asText("");
        if (!KNOWN_ACTION.matcher(actionId).matches()) {
            violations.add(path + ".action_id: '" + actionId + "' matches no listener");
            return;
        }
        if ((actionId.startsWith(UiAction.OPEN_SECTION) || actionId.startsWith(UiAction.SHARE))
                && UiAction.guideTarget(value).isEmpty()) {
            violations.add(path + ".value: '" + value + "' is not a guide target the listener can open");
        }
        if (actionId.startsWith(PlanActions.MAKE + "#") && PlanActions.parseMake(value).isEmpty()) {
            violations.add(path + ".value: '" + value + "' is not a guide the plan listener can make a plan from");
        }
    }

    private void wellFormed(String path, String text) {
        if (inputWellFormed && HostileText.hasLoneSurrogate(text)) {
            violations.add(path + ": a lone surrogate (cannot be encoded as UTF-8) although the input had none: "
                    + shown(text.length() > 200 ? text.substring(Math.max(0, loneSurrogateAt(text) - 60),
                    Math.min(text.length(), loneSurrogateAt(text) + 20)) : text));
        }
    }

    private static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String around(String text, int at) {
        return shown(text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)));
    }

    /** Text with invisible and control characters made visible, cut to a readable length. */
    static String shown(String text) {
        String cut = text.length() > 300 ? text.substring(0, 300) + "…(" + (text.length() - 300) + " more)" : text;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
