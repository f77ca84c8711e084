package com.transitionadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void mrkdwn_escapesTheThreeControlCharacters() {
        assertEquals("a &amp; b &lt;c&gt;", SlackText.mrkdwn("a & b <c>"));
    }

    @Test
    void mrkdwn_turnsInjectedMentionsIntoVisibleText() {
        assertEquals("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|x&gt;",
                SlackText.mrkdwn("<!channel> <@U123> <https://evil|x>"));
    }

    @Test
    void mrkdwn_escapesAnAlreadyEscapedTextAgain() {
        // User text is taken literally: "&lt;" typed by a user must show as "&lt;", not as "<".
        assertEquals("&amp;lt;", SlackText.mrkdwn("&lt;"));
    }

    @Test
    void mrkdwnAndPlain_defuseBroadcastWordsWhateverTheCase() {
        for (String broadcast : new String[] {"@here", "@channel", "@everyone", "@HERE", "@Channel"}) {
            assertFalse(SlackText.mrkdwn("hi " + broadcast).contains(broadcast), broadcast);
            assertFalse(SlackText.plain("hi " + broadcast).contains(broadcast), broadcast);
            assertTrue(SlackText.plain("hi " + broadcast).contains(broadcast.substring(1)), "the word itself stays readable");
        }
    }

    @Test
    void mrkdwn_leavesEmailAddressesAndOrdinaryTextAlone() {
        assertEquals("ask at team@herebefore.io", SlackText.mrkdwn("ask at team@herebefore.io"));
        assertEquals("Backend Developer → Cloud Engineer", SlackText.mrkdwn("Backend Developer → Cloud Engineer"));
    }

    @Test
    void plain_dropsControlCharactersButKeepsLineBreaksAndTabs() {
        assertEquals("a\nb\tc", SlackText.plain("a\u0000\n\u0007b\tc\u001b"));
    }

    @Test
    void truncate_shortText_isUnchanged() {
        assertEquals("short", SlackText.truncate("short", 5));
        assertEquals("", SlackText.truncate("", 10));
    }

    @Test
    void truncate_longText_cutsAtAWordAndAddsAnEllipsis() {
        assertEquals("Backend Developer…", SlackText.truncate("Backend Developer to Cloud Engineer", 20));
    }

    @Test
    void truncate_neverCutsAnEntityInHalf() {
        // Cutting at 14 would leave "fishandchips&a": the whole "&amp;" goes instead.
        String cut = SlackText.truncate("fishandchips&amp;peas", 15);
        assertEquals("fishandchips…", cut);
    }

    @Test
    void truncate_neverCutsAnEmojiInHalf() {
        String text = "abcdefghi🚀🚀🚀";
        String cut = SlackText.truncate(text, 11);
        assertTrue(cut.length() <= 11);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), cut);
    }

    @Test
    void truncate_toOneCharacter_isJustTheEllipsis() {
        assertEquals("…", SlackText.truncate("abc", 1));
    }

    @Test
    void truncate_whenTheOnlyCutIsBeforeAnEntityAtTheStart_isJustTheEllipsis() {
        assertEquals("…", SlackText.truncate("&lt;&lt;", 4));
    }

    @Property
    void truncate_escapedText_isWithinMaxAndAPrefixWithNoHalfEntityOrEmoji(
            @ForAll("userText") String text, @ForAll @IntRange(min = 1, max = 300) int max) {
        String escaped = SlackText.mrkdwn(text);
        String cut = SlackText.truncate(escaped, max);

        assertTrue(cut.length() <= max, () -> "length " + cut.length() + " > " + max);
        if (escaped.length() <= max) {
            assertEquals(escaped, cut);
            return;
        }
        assertTrue(cut.endsWith("…"), cut);
        String kept = cut.substring(0, cut.length() - 1);
        assertTrue(escaped.startsWith(kept), "what is kept is the start of the text");
        assertFalse(kept.matches("(?s).*&[a-z]{0,3}$"), () -> "cut inside an entity: " + kept);
        if (!kept.isEmpty()) {
            assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "cut inside a surrogate pair");
        }
    }

    @Provide
    Arbitrary<String> userText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(" ", "  ", "\n", "&", "<", ">", "<!channel>", "@here", "🚀", "👩‍💻", "é", "–", "&amp;"));
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
    }
}
