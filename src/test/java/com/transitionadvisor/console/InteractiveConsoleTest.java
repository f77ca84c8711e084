package com.transitionadvisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.render.FeedbackThanks;
import com.transitionadvisor.render.TestApplications;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console reading stdin from a pipe, as a script or a person piping a file would run it. */
class InteractiveConsoleTest {

    private static String run(Application app, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new InteractiveConsole(app.assistant(), app.presenter())
                    .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String run(String... lines) throws IOException {
        // the console's local user is a guide author, as Main makes it
        return run(TestApplications.withAuthors(ConsoleInput.USER), lines);
    }

    /** Nothing a terminal would act on: no C0 control but the line break, no DEL, no C1 control, no bidi override. */
    private static void assertNothingRaw(String output) {
        output.codePoints().forEach(c -> assertFalse((c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0)
                        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069),
                () -> "raw U+" + Integer.toHexString(c) + " in: " + output));
    }

    @Test
    void piped_theConsoleWritesPlainLines_withoutStylingOrWrapping() throws IOException {
        String output = run("/transition backend developer to cloud engineer", "quit");

        assertTrue(output.startsWith(InteractiveConsole.BANNER + InteractiveConsole.PROMPT + "\n== Backend Developer → Cloud Engineer ==\n"),
                output);
        assertFalse(output.contains("\u001b"), "no escape codes in a pipe");
        assertTrue(output.lines().anyMatch(line -> line.length() > 120), "a pipe gets long lines whole");
        assertTrue(output.endsWith(InteractiveConsole.PROMPT + "\n"), output);
    }

    @Test
    void controlCharactersTyped_areShownEscaped_neverRaw() throws IOException {
        String output = run("/transition \u001b]0;owned\u0007 to cloud engineer",
                "backend developer\u001b[2J to \u009bcloud\u202e engineer salary");

        assertNothingRaw(output);
        assertTrue(output.contains("^[]0;owned^G"), output);
    }

    @Test
    void aLoggedQuestionShownBack_isEscaped() throws IOException {
        String question = "can I bring my \u001b[31mcat\u0007 to the \u0085office\u202e?";
        String output = run(question, "/transition unanswered");

        assertNothingRaw(output);
        assertTrue(output.contains("can I bring my ^[[31mcat^G to the <U+0085>office<U+202E>"), output);
    }

    @Test
    void helpfulOrNotHelpful_typedAfterAnAnswer_isItsThumbsButton() throws IOException {
        String output = run("how long does backend developer to cloud engineer take?", "not helpful", "/transition unanswered");

        assertTrue(output.contains("[👎 Not helpful] not helpful"), output);
        assertTrue(output.contains(FeedbackThanks.of(false)), output);
        assertTrue(output.contains("how long does backend developer to cloud engineer take"), "the 👎 answer is in the log: " + output);
    }

    @Test
    void notHelpful_withNoAnswerBeforeIt_isJustAMessage() throws IOException {
        String output = run("not helpful");

        assertFalse(output.contains(FeedbackThanks.of(false)), output);
    }

    @Test
    void help_listsEveryCommandFamily_grouped_asTheCommandAndInADirectMessage() throws IOException {
        for (String asked : List.of("/transition help", "help")) {
            String output = run(asked);
            int at = -1;
            for (String group : List.of("Guides", "Sections", "List", "Plans", "Team", "For guide authors")) {
                int next = output.indexOf("\n" + group + "\n");
                assertTrue(next > at, asked + ": group '" + group + "' in order in " + output);
                at = next;
            }
            assertTrue(output.contains("/transition plan help"), output);
            assertTrue(output.contains("/transition team"), output);
            assertTrue(output.contains("/transition unanswered"), output);
        }
    }

    @Test
    void theOldEntryPoint_andPlainStreams_writeTheSameBytes() throws IOException {
        List<String> lines = List.of("/transition list", "cloud engineer to backend developer faq", "exit");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Application app = TestApplications.withAuthors(ConsoleInput.USER);
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new InteractiveConsole(app.assistant(), app.presenter()).run(new PlainConsoleIo(
                    new java.io.ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), out));
        }

        assertEquals(run(lines.toArray(String[]::new)), bytes.toString(StandardCharsets.UTF_8));
    }
}
