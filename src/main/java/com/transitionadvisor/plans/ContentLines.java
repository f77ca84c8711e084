package com.transitionadvisor.plans;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines as RFC 5545 (section 3.1) wants them on the wire: each line ends in CRLF, and a line
 * longer than 75 octets of UTF-8 is folded (CRLF then one space) without ever splitting a character's bytes.
 * ical4j folds by Java characters, so a line of accented text or emoji can run past 75 octets or split a
 * surrogate pair; its output is unfolded and folded again here.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Folds every line of {@code calendar} (lines separated by CRLF or LF, folded or not) at 75 octets. */
    static String fold(String calendar) {
        String unfolded = calendar.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The UTF-8 length of {@code line}, as RFC 5545 counts it. */
    static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }
}
