package com.transitionadvisor.slack;

/**
 * Text as people typed it, from text as Slack delivers it. Slack escapes {@code &}, {@code <} and {@code >} as
 * {@code &amp;}, {@code &lt;} and {@code &gt;} in message and slash-command text (they are its control
 * characters); the core expects what the person typed, and the renderer escapes again on the way out.
 * Mentions and links ({@code <@U…>}, {@code <https://…>}) arrive unescaped and are left as they are.
 */
public final class SlackInput {
    private SlackInput() {
    }

    /** Decodes Slack's three escapes; {@code null} stays {@code null}. {@code &amp;} last, so "&amp;lt;" → "&lt;". */
    public static String text(String slackText) {
        if (slackText == null) {
            return null;
        }
        return slackText.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
