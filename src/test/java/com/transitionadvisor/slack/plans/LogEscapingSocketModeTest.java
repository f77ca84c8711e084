package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Settings;
import com.transitionadvisor.render.PlanActions;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crafted click whose button value carries a newline and a fake log line, through the real Socket Mode stack:
 * the app logs that it ignored the value, escaped, so no line of its log output is the forged one.
 */
class LogEscapingSocketModeTest {
    private static final String FORGED = "2026-12-01T00:00:00.000+0000 ERROR Main - the admin password is 1234";

    @TempDir
    Path dataDir;

    @Test
    void aNewlineInAButtonValue_cannotForgeALogLine() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (RunningPlansApp app = RunningPlansApp.start(Map.of(Settings.DATA_DIR, dataDir.toString()), Clock.systemUTC())) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                app.interact(SlackPayloads.blockAction(PlanActions.PACE + "#1", "fast\n" + FORGED + "\r\nmore",
                        "U0CRAFT", "C0CRAFT", app.slack().responseUrl()));
                app.awaitAnswersSent();
            } finally {
                System.setErr(original);
            }
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("ignored a pace button with value fast\\n" + FORGED + "\\r\\nmore"),
                () -> "the value is logged, escaped, on the line that names it: " + log);
        assertFalse(Arrays.stream(log.split("\\R")).anyMatch(line -> line.startsWith(FORGED) || line.equals("more")),
                () -> "a forged line appeared in the log: " + log);
    }
}
