package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.answers.Authors;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsPrivacyTest {

    @Test
    void authorsAndRetention_areReadFromTheEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of(Settings.AUTHORS, " U0ALICE, w0bob S0COACHES ",
                Settings.QUESTION_RETENTION_DAYS, "30"));

        assertEquals(new Authors(Set.of("U0ALICE", "W0BOB"), Set.of("S0COACHES")), settings.privacy().authors());
        assertEquals(Duration.ofDays(30), settings.privacy().retention());
    }

    @Test
    void withoutThem_nobodyIsAnAuthor_andQuestionsAreKept90Days() {
        Settings settings = Settings.fromEnvironment(Map.of());

        assertTrue(settings.privacy().authors().isEmpty());
        assertEquals(Duration.ofDays(90), settings.privacy().retention());
    }

    @Test
    void aWrongAuthorEntry_isNamedByPosition_neverEchoed() {
        Settings.SettingsException e = assertThrows(Settings.SettingsException.class,
                () -> Settings.fromEnvironment(Map.of(Settings.AUTHORS, "U0ALICE,xoxb-123-secret,alice@example.com")));

        assertTrue(e.getMessage().startsWith("TRANSITION_AUTHORS: entry 2, 3 (counting from 1)"), e.getMessage());
        assertFalse(e.getMessage().contains("secret") || e.getMessage().contains("alice@"), e.getMessage());
    }

    @Test
    void aRetentionThatIsNotAPositiveNumberOfDays_isRefusedWithTheRange() {
        for (String days : new String[] {"0", "-5", "ninety", "99999"}) {
            Settings.SettingsException e = assertThrows(Settings.SettingsException.class,
                    () -> Settings.fromEnvironment(Map.of(Settings.QUESTION_RETENTION_DAYS, days)));
            assertTrue(e.getMessage().startsWith("TRANSITION_QUESTION_RETENTION_DAYS must be a whole number of days from 1 to 3650"),
                    e.getMessage());
        }
    }
}
