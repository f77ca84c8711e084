package com.transitionadvisor.render;

/**
 * How console text is laid out: plain lines for pipes and scripts (headings as {@code == Heading ==}, no wrapping),
 * or for a terminal, bold headings and lines wrapped to its width.
 *
 * @param bold  headings and titles in bold (an ANSI escape the terminal understands)
 * @param width wrap lines to this many columns; 0 never wraps
 */
public record ConsoleStyle(boolean bold, int width) {
    public static final ConsoleStyle PLAIN = new ConsoleStyle(false, 0);
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";
    /** Narrower than this, wrapping does more harm than good. */
    private static final int MIN_WIDTH = 20;

    public ConsoleStyle {
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (no wrapping) or more, was " + width);
        }
    }

    /** A terminal {@code width} columns wide. */
    public static ConsoleStyle terminal(int width) {
        return terminal(width, true);
    }

    /** @param bold false for a terminal that shows escape codes as text (a "dumb" one) */
    public static ConsoleStyle terminal(int width, boolean bold) {
        return new ConsoleStyle(bold, width >= MIN_WIDTH ? width : 0);
    }

    String heading(String text) {
        return bold ? BOLD + text + RESET : "== " + text + " ==";
    }

    String title(String text) {
        return bold ? BOLD + text + RESET : text;
    }

    /** The rendered text with every line wrapped to the width, continuing under its own indentation. */
    public String wrap(String text) {
        return width == 0 ? text : ConsoleText.wrap(text, width);
    }
}
