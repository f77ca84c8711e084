package com.transitionadvisor.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of text people (or attackers) might send: Slack control sequences, broadcast words, role names and
 * separators that steer the parser, emoji with joiners, bidi marks, control characters, YAML and JSON fragments,
 * random code points from every plane, and the occasional very long string.
 *
 * <p>Every generator here produces well-formed UTF-16 (surrogates only in pairs) unless its name says otherwise,
 * so a property may demand that the output is well-formed too.
 */
final class HostileText {
    /** Slack's own markup: what must never reach Slack unescaped from user text. */
    static final List<String> SLACK_MARKUP = List.of("<!channel>", "<!here>", "<!everyone>", "<!here|here>",
            "<@U123>", "<@U0123ABCD|bob>", "<@W999>", "<#C123|general>", "<#C123>", "<#C999|>", "<https://evil.example|click>",
            "<http://evil.example>", "<mailto:a@b.c|mail>", "<!subteam^S123|team>", "<!date^1392734382^{date}|Feb 18>",
            "&amp;", "&lt;", "&gt;", "&lt;!channel&gt;", "&amp;lt;", "&", "<", ">", "<<", ">>", "&#60;", "&#x3C;", "&quot;",
            "*bold*", "_italic_", "~strike~", "`code`", "```block```", ">quote", ">>> quote", "•", "<!channel", "!channel>",
            "<@", "<#", "<http", "<!");
    static final List<String> BROADCASTS = List.of("@channel", "@here", "@everyone", "@Channel", "@HERE", "@EveryOne",
            "@channel's", "(@here)", "@here!", "email@here.com", "@channelx", "＠channel", "@\u200Bhere", "@\u2060here");
    static final List<String> ROLES = List.of("backend developer", "backend dev", "cloud engineer", "cloud", "data engineer",
            "frontend developer", "devops", "sre", "platform engineer", "full stack", "solutions architect", "pilot",
            "chef", "astronaut", "Backend Developer", "CLOUD ENGINEER", "back-end", "k8s", "kubernetes", "aws");
    static final List<String> SEPARATORS = List.of(" to ", " into ", " towards ", " 2 ", "->", " -> ", "=>", "→", "⟶", "➡️",
            " > ", "from ", " from ", "I'm a ", "i want to become a ", "moving from ", " and ", " or ", ",", ";", "?", "!",
            ".", "...", "/", "|", "#", "#3", "/0", "/99", "/-1");
    static final List<String> COMMAND_WORDS = List.of("help", "list", "ls", "unanswered", "authors", "plan", "team", "plan show",
            "plan share", "plan export ics", "plan done 1", "overview", "skills", "gaps", "timeline", "interview",
            "salary", "paths", "mistakes", "faq", "questions", "pay", "how long", "what about the other way round?",
            "and the salary?", "thanks", "hi", "/transition", "/transition ", "  /transition  ", "/transitionx", "?");
    static final List<String> YAML_BREAKERS = List.of(": ", ":", "- ", "-", "\t", "#", "# comment", "---", "...", "&anchor",
            "*anchor", "!!binary", "!!python/object:os.system", "!<tag:yaml.org,2002:str>", "{", "}", "[", "]", "|", "|-",
            ">", ">-", "'", "''", "\"", "\\", "%YAML 1.2", "%TAG", "? ", "@", "`", "~", "null", "true", "no", "0x1F",
            "1e999", ".inf", "<<: *a", "key: value", "from: pilot", "- item");
    static final List<String> JSON_FRAGMENTS = List.of("{\"text\":\"x\"}", "\"},{\"type\":\"section\"", "]}", "{\"blocks\":[",
            "\\u0000", "\\\"", "\\n", "\"", "null", "[]", "{}", "\"response_type\":\"in_channel\"", "\u2028", "\u2029",
            "{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"", "</script>", "<script>alert(1)</script>");
    static final List<String> EMOJI = List.of("🚀", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇬🇧", "👍🏽", "🧑🏿‍🚀", "❤️", "☁️", "e\u0301",
            "Z̴̡͔a̶l̷g̷o̴", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "ｃｈａｎｎｅｌ", "ß", "İ", "ﬁ", "😀\uFE0F", "\uD83D\uDE00");
    static final List<String> INVISIBLES = List.of("\u200D", "\u200B", "\u200C", "\u200E", "\u200F", "\u202A", "\u202B",
            "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\u2060", "\u00A0",
            "\u2028", "\u2029", "\u0085", "\u3000", "\u180E", "\uFFFC", "\uFFFD", "\uFFFF", "\uFFFE");
    static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000B", "\f", "\r", "\r\n",
            "\u001B", "\u001B[31m", "\u001F", "\u007F", "\u0080", "\u009B", "\u009F");

    private HostileText() {
    }

    /** Any Unicode code point except a lone surrogate, weighted towards the ranges that break things. */
    static Arbitrary<String> codePoint() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(8, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(8, Arbitraries.integers().between(0x7F, 0x2FF)),
                Tuple.of(10, Arbitraries.integers().between(0x300, 0xD7FF)),
                Tuple.of(6, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(10, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(6, Arbitraries.integers().between(0x1F300, 0x1FAFF)));
        return cp.map(Character::toString);
    }

    /** Random code points, 1–40 of them. */
    static Arbitrary<String> randomUnicode() {
        return codePoint().list().ofMinSize(1).ofMaxSize(40).map(list -> String.join("", list));
    }

    /** One piece of hostile text. */
    static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(SLACK_MARKUP)),
                Tuple.of(5, Arbitraries.of(BROADCASTS)),
                Tuple.of(10, Arbitraries.of(ROLES)),
                Tuple.of(6, Arbitraries.of(SEPARATORS)),
                Tuple.of(6, Arbitraries.of(COMMAND_WORDS)),
                Tuple.of(3, Arbitraries.of(YAML_BREAKERS)),
                Tuple.of(3, Arbitraries.of(JSON_FRAGMENTS)),
                Tuple.of(4, Arbitraries.of(EMOJI)),
                Tuple.of(3, Arbitraries.of(INVISIBLES)),
                Tuple.of(3, Arbitraries.of(CONTROLS)),
                Tuple.of(8, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)),
                Tuple.of(6, Arbitraries.of(" ", "  ", "   ", "\u3000")),
                Tuple.of(6, randomUnicode()));
    }

    /** A message of 0–30 hostile pieces. */
    static Arbitrary<String> shortText() {
        return piece().list().ofMaxSize(30).map(list -> String.join("", list));
    }

    /** A piece repeated until the text is 1,000 to 50,000 characters long. */
    static Arbitrary<String> longText() {
        return Combinators.combine(shortText().filter(s -> !s.isEmpty()), Arbitraries.integers().between(1_000, 50_000))
                .as((seed, length) -> {
                    StringBuilder text = new StringBuilder(length + seed.length());
                    while (text.length() < length) {
                        text.append(seed).append(' ');
                    }
                    return cutWellFormed(text.toString(), length);
                });
    }

    /**
     * Many words separated by spaces, as in a long question: words with search synonyms (some of several words),
     * topic words, role names and random words, 20 to 1,000 of them.
     */
    static Arbitrary<String> manyWords() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("aws", "k8s", "gcp", "iac", "azure", "pay", "cv", "db", "queue", "ci/cd", "api",
                        "node", "golang", "cert", "salary", "timeline", "interview", "gaps", "skills", "mistakes", "long")),
                Tuple.of(2, Arbitraries.of(ROLES)),
                Tuple.of(4, Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(2).ofMaxLength(10)));
        return word.list().ofMinSize(20).ofMaxSize(1000).map(words -> String.join(" ", words));
    }

    /** What people type: mostly short hostile text, now and then a very long one. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(86, shortText()),
                Tuple.of(4, longText()),
                Tuple.of(4, manyWords()),
                Tuple.of(6, Arbitraries.of("", " ", "\n", "\u0000", "<!channel>", "@here",
                        "backend developer to cloud engineer", "cloud engineer to backend developer salary")));
    }

    /** Hostile text with no line breaks ({@code \n}, {@code \r}), as one line of {@code chat --jsonl} input. */
    static Arbitrary<String> line() {
        return text().map(s -> s.replace('\n', ' ').replace('\r', ' '));
    }

    /** Like {@link #text()}, but now and then with a lone surrogate, as a careless client might send. */
    static Arbitrary<String> textWithLoneSurrogates() {
        return Arbitraries.frequencyOf(
                Tuple.of(80, text()),
                Tuple.of(20, Combinators.combine(text(), Arbitraries.chars().range('\uD800', '\uDFFF'),
                        Arbitraries.integers().between(0, 1000)).as((text, surrogate, at) -> {
                            int cut = Math.min(at, text.length());
                            return text.substring(0, cut) + surrogate + text.substring(cut);
                        })));
    }

    /** A Slack user id as Slack sends it, or something hostile in its place. */
    static Arbitrary<String> userId() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(6).ofMaxLength(11)
                        .map(s -> "U" + s)),
                Tuple.of(2, Arbitraries.of("U123", "W0123ABCD", "UBOT", "U123><!channel", "U1|x", "<!here>", "",
                        "u123", "U", "U" + "9".repeat(40))),
                Tuple.of(2, shortText()));
    }

    /** Cuts to at most {@code max} characters without leaving half a surrogate pair. */
    static String cutWellFormed(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether {@code text} holds a surrogate that is not part of a pair. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
