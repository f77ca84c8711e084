package com.transitionadvisor.slack;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slack's Web API error codes, in plain English for the person whose answer Slack refused to post. Errors
 * about the app's own credentials have nobody to tell: whoever runs the app has to fix them, so they are
 * only logged.
 *
 * <p>Error codes as documented for {@code chat.postMessage} / {@code chat.postEphemeral}; {@code request_failed}
 * is ours, for a call that never got an answer (network, HTTP 5xx, rate limit still in force after retrying).
 */
public final class SlackFailures {
    /** What people type to add the app to a channel (the app's display name in the manifest). */
    public static final String INVITE = "/invite @Transition Advisor";

    private static final Set<String> CREDENTIALS = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "no_permission", "missing_scope", "not_allowed_token_type",
            "ekm_access_denied", "org_login_required", "team_access_not_granted", "invalid_token");
    private static final Set<String> TOO_BIG = Set.of("msg_too_long", "msg_blocks_too_long", "invalid_blocks",
            "invalid_blocks_format", "too_many_attachments", "invalid_attachments", "markdown_text_conflict");
    private static final Set<String> TRY_LATER = Set.of("request_failed", "ratelimited", "rate_limited",
            "service_unavailable", "fatal_error", "internal_error", "request_timeout");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,30}");
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z0-9_]{1,60}");

    private SlackFailures() {
    }

    /**
     * Whether the error means the app's token or scopes are wrong: every other call would fail the same way,
     * so nobody can be told, and the log is the place for it.
     */
    public static boolean isCredentialProblem(String error) {
        return error != null && CREDENTIALS.contains(error);
    }

    /**
     * The explanation for someone whose answer could not be posted in {@code channel}, in Slack mrkdwn; empty
     * for {@linkplain #isCredentialProblem credential problems}.
     *
     * @param error   Slack's error code, e.g. {@code not_in_channel}
     * @param channel the channel the answer was meant for
     */
    public static Optional<String> explain(String error, String channel) {
        if (isCredentialProblem(error)) {
            return Optional.empty();
        }
        String where = channel != null && CHANNEL_ID.matcher(channel).matches() ? "<#" + channel + ">" : "that conversation";
        String code = error == null ? "" : error;
        if (code.equals("not_in_channel")) {
            return Optional.of("I couldn't post my answer in " + where + " because I'm not a member of it. Invite me with `"
                    + INVITE + "` and ask again, or send me your question in a direct message.");
        }
        if (code.equals("channel_not_found")) {
            return Optional.of("I couldn't post my answer in " + where + ": Slack says I can't see it. If it's a private "
                    + "channel, invite me with `" + INVITE + "` and ask again, or send me your question in a direct message.");
        }
        if (code.equals("is_archived")) {
            return Optional.of("I couldn't post my answer in " + where + " because it is archived. "
                    + "Send me your question in a direct message instead.");
        }
        if (code.startsWith("restricted_action") || code.equals("cannot_reply_to_message")) {
            return Optional.of("I'm not allowed to post in " + where + " (a workspace admin restricts who can post there). "
                    + "Send me your question in a direct message instead.");
        }
        if (TOO_BIG.contains(code)) {
            return Optional.of("Sorry, Slack wouldn't show my answer: it came out too long or in a shape Slack doesn't accept. "
                    + "Try a narrower question, or open the guide with `/transition`.");
        }
        if (TRY_LATER.contains(code)) {
            return Optional.of("Sorry, I couldn't get my answer through to Slack just now. Please ask again in a minute.");
        }
        String shown = ERROR_CODE.matcher(code).matches() ? " (Slack said `" + code + "`)" : "";
        return Optional.of("Sorry, Slack wouldn't let me post my answer" + shown
                + ". Please try again, or send me your question in a direct message.");
    }
}
