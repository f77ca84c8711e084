package com.transitionadvisor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void aNewlineCannotStartAnotherLogLine() {
        String crafted = "pace\n2026-12-01T00:00:00.000+0000 ERROR Main - forged\r\n";
        String safe = LogSafe.value(crafted);
        assertFalse(safe.contains("\n") || safe.contains("\r"), safe);
        assertEquals("pace\\n2026-12-01T00:00:00.000+0000 ERROR Main - forged\\r\\n", safe);
    }

    @Test
    void otherControlAndSeparatorCharacters_areEscaped_andBackslashesDoubled() {
        assertEquals("a\\u2028b\\u0085c\\u001bd\\te\\\\n\\u202ef", LogSafe.value("a\u2028b\u0085c\u001bd\te\\n\u202ef"));
    }

    @Test
    void longValues_areCut_andNullSaysSo() {
        String cut = LogSafe.value("x".repeat(1000));
        assertTrue(cut.startsWith("x".repeat(LogSafe.MAX_CHARS) + "…(800 more)"), cut);
        assertEquals("(none)", LogSafe.value(null));
        assertEquals("plain text, ünïcode ✓", LogSafe.value("plain text, ünïcode ✓"));
    }
}
