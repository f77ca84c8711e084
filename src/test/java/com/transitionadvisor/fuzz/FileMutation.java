package com.transitionadvisor.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One random edit of a YAML file, as a guide author (or a broken editor, or a bad copy-paste) might make it.
 * Positions are taken modulo the file's size, so any edit applies to any file; the {@code toString} says what
 * was done, which is what jqwik shows for a shrunk counterexample.
 */
record FileMutation(Kind kind, int at, int other, String text) {
    private static final Pattern FIELD = Pattern.compile("^(\\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(.*)$");

    enum Kind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INSERT_LINE, INSERT_IN_LINE, INDENT, DEDENT, TAB_INDENT,
        INSERT_TAB, TRUNCATE, REPLACE_VALUE, RENAME_KEY, CORRUPT_BYTES, CUT_MULTIBYTE, BOM, CRLF
    }

    /** Whether the edit works on bytes (and may leave the file invalid UTF-8), not on lines of text. */
    boolean onBytes() {
        return kind == Kind.CORRUPT_BYTES || kind == Kind.CUT_MULTIBYTE || kind == Kind.BOM || kind == Kind.TRUNCATE;
    }

    /** Applies the edit to the file's bytes. */
    byte[] apply(byte[] file) {
        return switch (kind) {
            case CORRUPT_BYTES -> corrupt(file);
            case CUT_MULTIBYTE -> cutMultibyte(file);
            case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, file);
            case TRUNCATE -> Arrays.copyOf(file, file.length == 0 ? 0 : at % file.length);
            default -> applyToLines(new String(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String applyToLines(String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        if (lines.isEmpty()) {
            lines.add("");
        }
        int i = at % lines.size();
        int j = other % lines.size();
        String line = lines.get(i);
        switch (kind) {
            case DELETE_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, line);
            case SWAP_LINES -> {
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case INSERT_LINE -> lines.add(i, text);
            case INSERT_IN_LINE -> {
                int cut = safeCut(line, other % (line.length() + 1));
                lines.set(i, line.substring(0, cut) + text + line.substring(cut));
            }
            case INDENT -> lines.set(i, " ".repeat(1 + other % 6) + line);
            case DEDENT -> lines.set(i, line.substring(Math.min(1 + other % 6, line.length() - line.stripLeading().length())));
            case TAB_INDENT -> lines.set(i, "\t" + line.stripLeading());
            case INSERT_TAB -> {
                int cut = safeCut(line, other % (line.length() + 1));
                lines.set(i, line.substring(0, cut) + "\t" + line.substring(cut));
            }
            case REPLACE_VALUE -> replaceValue(lines, i);
            case RENAME_KEY -> renameKey(lines, i);
            case CRLF -> {
                return String.join("\r\n", lines);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return String.join("\n", lines);
    }

    /** Replaces the value of the first {@code key: value} line at or after line {@code i}. */
    private void replaceValue(List<String> lines, int i) {
        for (int n = 0; n < lines.size(); n++) {
            int k = (i + n) % lines.size();
            Matcher field = FIELD.matcher(lines.get(k));
            if (field.matches()) {
                lines.set(k, field.group(1) + field.group(2) + ": " + text);
                return;
            }
        }
    }

    private void renameKey(List<String> lines, int i) {
        for (int n = 0; n < lines.size(); n++) {
            int k = (i + n) % lines.size();
            Matcher field = FIELD.matcher(lines.get(k));
            if (field.matches()) {
                String key = text.isBlank() ? field.group(2) + "x" : text.strip().replace(":", "");
                lines.set(k, field.group(1) + key + ":" + field.group(3));
                return;
            }
        }
    }

    private byte[] corrupt(byte[] file) {
        byte[] bytes = Arrays.copyOf(file, file.length + 1);
        int pos = file.length == 0 ? 0 : at % file.length;
        System.arraycopy(file, pos, bytes, pos + 1, file.length - pos);
        bytes[pos] = (byte) (0x80 | (other & 0x7F)); // a continuation or lead byte out of place: never valid here
        return bytes;
    }

    /** Drops the last byte of the first multi-byte character at or after {@code at}, if there is one. */
    private byte[] cutMultibyte(byte[] file) {
        for (int n = 0; n < file.length; n++) {
            int pos = (at + n) % file.length;
            boolean lead = (file[pos] & 0xE0) == 0xC0 || (file[pos] & 0xF0) == 0xE0 || (file[pos] & 0xF8) == 0xF0;
            // a lead byte that ends the file (itself a cut character) has no byte after it to drop
            if (lead && pos + 1 < file.length) {
                byte[] bytes = new byte[file.length - 1];
                System.arraycopy(file, 0, bytes, 0, pos + 1);
                System.arraycopy(file, pos + 2, bytes, pos + 1, file.length - pos - 2);
                return bytes;
            }
        }
        return corrupt(file);
    }

    private static int safeCut(String line, int at) {
        return at > 0 && at < line.length() && Character.isLowSurrogate(line.charAt(at)) ? at - 1 : at;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public String toString() {
        return kind + "(at " + at + ", " + other + (text.isEmpty() ? "" : ", " + SlackOutput.shown(text)) + ")";
    }

    /** A random edit. */
    static Arbitrary<FileMutation> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100_000), value()).as(FileMutation::new);
    }

    /** What an edit inserts: YAML of another type, YAML syntax, hostile text, or a plausible value. */
    static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("", "~", "null", "true", "no", "0", "-1", "1.5", "99999999999999999999", "1e999",
                        ".nan", "2024-01-01", "[]", "{}", "[1, 2]", "[12, 6]", "[0, 3]", "[a, b]", "{a: b}", "[[1]]", "|", ">-",
                        "|\n  text", "\"\"", "''", "\"unterminated", "'unterminated", "&a [1, 2]", "*a", "&a x", "!!binary AAAA",
                        "!!int x", "!!map {}", "!!python/object:os.system x", "!<tag:x> y", "? complex key", "- item", "- [a]",
                        "- name: x\n  why: y\n  how: z", "key: value", "a: b: c", "#", "# comment", "---", "...", "%YAML 1.1",
                        "<<: *a", "medium", "MEDIUM", "easy", "backend-developer", "cloud-engineer", "Backend Developer",
                        "pilot", "overview", "faq", "salary", "gaps")),
                Tuple.of(4, HostileText.shortText()),
                Tuple.of(1, HostileText.longText().map(s -> HostileText.cutWellFormed(s, 5_000))));
    }
}
