package com.transitionadvisor.render;

import java.util.regex.Pattern;

/**
 * Makes text safe to show through the bot: mrkdwn control characters are escaped, so nobody can inject
 * {@code <!channel>}, {@code <@U…>} or links, and broadcast words are defused with a zero-width joiner.
 */
public final class SlackText {
    private static final Pattern BROADCAST = Pattern.compile("(?i)@(channel|here|everyone)\\b");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private SlackText() {
    }

    /** For mrkdwn: escapes {@code & < >} as Slack requires and defuses broadcast words. */
    public static String mrkdwn(String text) {
        String escaped = plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped;
    }

    /** For plain_text objects, which Slack never parses: control characters dropped, broadcasts defused. */
    public static String plain(String text) {
        String cleaned = CONTROL.matcher(text).replaceAll("");
        return BROADCAST.matcher(cleaned).replaceAll("@\u2060$1");
    }

    /**
     * Cuts {@code text} to at most {@code max} characters at a word boundary where possible, marking the cut
     * with an ellipsis. Never splits a surrogate pair or an escape such as {@code &amp;}.
     */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max * 3 / 4) {
            end = space;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 6 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
