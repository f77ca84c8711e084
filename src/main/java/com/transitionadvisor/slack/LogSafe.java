package com.transitionadvisor.slack;

/**
 * Values that people control (button values, typed text, channel names, profile fields, Slack's error text) as
 * they may go into a log line: control characters and line separators escaped, so that a newline in a value
 * cannot start a forged log line, and cut to {@link #MAX_CHARS}. Escapes are Java-style: backslash n, r, t, a doubled
 * backslash, and backslash-u with four hex digits for other control and format characters.
 */
public final class LogSafe {
    static final int MAX_CHARS = 200;

    private LogSafe() {
    }

    /** {@code value} escaped; {@code (none)} for null. */
    public static String value(Object value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int shown = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX_CHARS) {
            safe.append("…(").append(text.length() - MAX_CHARS).append(" more)");
        }
        return safe.toString();
    }
}
