package com.transitionadvisor.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text for a terminal: control characters made visible, and lines wrapped at word boundaries. */
public final class ConsoleText {
    /** The indentation and list marker a wrapped line continues under: "  • ", "  12. ", "      ". */
    private static final Pattern HANGING = Pattern.compile("^( *)(?:• |- |\\d{1,3}\\. |\\[[^\\]]{0,40}\\] )?");
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");

    private ConsoleText() {
    }

    /**
     * {@code text} with nothing a terminal would act on: control characters (ESC, CR, BEL, backspace, C1 controls…)
     * as caret or {@code <U+XXXX>} notation, and bidirectional overrides likewise, so text a person typed or a
     * logged question can never move the cursor, recolour the screen or reorder what is shown. Line breaks stay; a
     * tab becomes a space.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String replacement = c == '\n' ? null : c == '\t' ? " " : replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(int c) {
        if (c < 0x20) {
            return "^" + (char) (c + '@');
        }
        if (c == 0x7f) {
            return "^?";
        }
        if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c) {
            return String.format("<U+%04X>", c);
        }
        return null;
    }

    /** Every line of {@code text} wrapped to {@code width} columns; a wrapped line continues under its indentation. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i], width, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (columns(line) <= width) {
            out.append(line);
            return;
        }
        Matcher hanging = HANGING.matcher(ESCAPE.matcher(line).replaceAll(""));
        int indent = hanging.lookingAt() ? columns(hanging.group()) : 0;
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        // under a long marker (a button's label) continue a little in from the line's own indentation
        String continuation = " ".repeat(indent <= width / 2 ? indent : lead + 2 <= width / 2 ? lead + 2 : 0);
        out.append(line, 0, lead);
        int used = lead;
        boolean empty = true;
        for (String word : line.substring(lead).split(" +")) {
            int length = columns(word);
            if (!empty && used + 1 + length > width) {
                out.append('\n').append(continuation);
                used = continuation.length();
                empty = true;
            }
            if (!empty) {
                out.append(' ');
                used++;
            }
            while (used + length > width && word.codePointCount(0, word.length()) > 1) {
                // a word longer than the line: cut it where the line ends
                int cut = cutAt(word, width - used);
                out.append(word, 0, cut).append('\n').append(continuation);
                word = word.substring(cut);
                length = columns(word);
                used = continuation.length();
            }
            out.append(word);
            used += length;
            empty = false;
        }
    }

    private static int cutAt(String word, int columns) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            int w = width(c);
            if (used + w > columns && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return Math.max(i, Character.charCount(word.codePointAt(0)));
    }

    /** How many terminal columns {@code text} takes, not counting our own bold escapes. */
    static int columns(String text) {
        String visible = text.indexOf('\u001b') < 0 ? text : ESCAPE.matcher(text).replaceAll("");
        return visible.codePoints().map(ConsoleText::width).sum();
    }

    private static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf && type == Character.OTHER_SYMBOL)
                || (c >= 0xff01 && c <= 0xff60);
        return wide ? 2 : 1;
    }
}
