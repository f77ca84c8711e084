package com.transitionadvisor.answers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is taken out of a question before it is kept for guide authors: who and which channel it mentioned, and
 * e-mail addresses and phone numbers. Authors need the gist of what people ask, not who they are.
 */
public final class QuestionRedaction {
    static final String PERSON = "[someone]";
    static final String CHANNEL = "[a channel]";
    static final String GROUP = "[a group]";
    static final String EMAIL = "[e-mail]";
    static final String PHONE = "[phone]";

    /** {@code <@U…>}, {@code <@U…|name>}. */
    private static final Pattern USER_MENTION = Pattern.compile("<@[^>]*>");
    /** {@code <#C…|name>}. */
    private static final Pattern CHANNEL_MENTION = Pattern.compile("<#[^>]*>");
    /** {@code <!subteam^S…|@team>}. */
    private static final Pattern GROUP_MENTION = Pattern.compile("<!subteam\\^[^>]*>");
    /** {@code <!here>}, {@code <!channel>}, {@code <!everyone>} and other specials such as dates. */
    private static final Pattern SPECIAL = Pattern.compile("<![^>]*>");
    /** Slack sends an address as {@code <mailto:a@b.c|a@b.c>}. */
    private static final Pattern MAILTO = Pattern.compile("<mailto:[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** {@code <tel:+44…|…>}, as Slack may link a number. */
    private static final Pattern TEL = Pattern.compile("<tel:[^>]*>", Pattern.CASE_INSENSITIVE);
    /** A run of digits with the separators phone numbers are written with; counted as a phone number from 9 digits. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ().\\-\\u00A0]*\\d(?![\\p{L}\\p{N}])");
    private static final Pattern BROADCAST_WORD = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])@(here|channel|everyone)\\b");
    private static final int PHONE_DIGITS = 9;

    private QuestionRedaction() {
    }

    public static String redact(String text) {
        String redacted = USER_MENTION.matcher(text).replaceAll(Matcher.quoteReplacement(PERSON));
        redacted = CHANNEL_MENTION.matcher(redacted).replaceAll(Matcher.quoteReplacement(CHANNEL));
        redacted = GROUP_MENTION.matcher(redacted).replaceAll(Matcher.quoteReplacement(GROUP));
        redacted = MAILTO.matcher(redacted).replaceAll(Matcher.quoteReplacement(EMAIL));
        redacted = TEL.matcher(redacted).replaceAll(Matcher.quoteReplacement(PHONE));
        redacted = SPECIAL.matcher(redacted).replaceAll(Matcher.quoteReplacement(GROUP));
        redacted = BROADCAST_WORD.matcher(redacted).replaceAll(Matcher.quoteReplacement(GROUP));
        redacted = EMAIL_ADDRESS.matcher(redacted).replaceAll(Matcher.quoteReplacement(EMAIL));
        return NUMBER_RUN.matcher(redacted).replaceAll(match -> digits(match.group()) >= PHONE_DIGITS
                ? Matcher.quoteReplacement(PHONE) : Matcher.quoteReplacement(match.group()));
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
