package com.transitionadvisor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.render.TestApplications;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console on a terminal: JLine reading keystrokes from a terminal 60 columns wide, as a person types them. */
class TerminalConsoleTest {
    private static final int WIDTH = 60;
    private static final String UP = "\u001bOA";
    private static final String BACKSPACE = "\u007f";

    /** Closing the test's pty ends JLine's output pump with an I/O error, which it logs; nothing is wrong. */
    private static final java.util.logging.Logger JLINE_LOG = java.util.logging.Logger.getLogger("org.jline");

    static {
        JLINE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path temp;

    /**
     * Types each of {@code lines} into the console on a terminal once it shows its prompt, then Ctrl-D, and returns
     * everything the terminal was sent.
     */
    private String type(Path history, String... lines) throws Exception {
        return type("xterm-256color", history, lines);
    }

    private String type(String terminalType, Path history, String... lines) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PipedOutputStream keyboard = new PipedOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).type(terminalType).encoding(StandardCharsets.UTF_8)
                .streams(new PipedInputStream(keyboard), screen).size(Size.of(WIDTH, 40)).build();
        Application app = TestApplications.real();
        ExecutorService console = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = console.submit(() -> {
                try (TerminalConsoleIo io = new TerminalConsoleIo(terminal, Optional.of(history))) {
                    new InteractiveConsole(app.assistant(), app.presenter()).run(io);
                }
                return null;
            });
            int prompts = 0;
            for (String line : lines) {
                prompts = waitForPrompt(screen, prompts);
                keyboard.write(line.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            }
            waitForPrompt(screen, prompts);
            keyboard.write(4);
            keyboard.flush();
            running.get(60, TimeUnit.SECONDS);
        } finally {
            console.shutdownNow();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the screen shows more prompts than {@code seen}; returns how many it shows. */
    private static int waitForPrompt(ByteArrayOutputStream screen, int seen) throws InterruptedException {
        for (int tries = 0; tries < 6000; tries++) {
            String shown = screen.toString(StandardCharsets.UTF_8);
            int prompts = (shown.length() - shown.replace(InteractiveConsole.PROMPT, "").length()) / InteractiveConsole.PROMPT.length();
            if (prompts > seen) {
                return prompts;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no prompt after " + seen + ": " + screen.toString(StandardCharsets.UTF_8));
    }

    /** What a person sees: the terminal's own cursor and colour codes taken out. */
    private static String visible(String screen) {
        return screen.replaceAll("\u001b\\[[0-9;?]*\\$?[A-Za-z]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
    }

    @Test
    void linesAreEdited_andEarlierOnesComeBackWithTheUpArrow_andKeptInTheHistoryFile() throws Exception {
        Path history = temp.resolve("console-history");

        String screen = type(history, "/transition lisx" + BACKSPACE + "t\r", UP + "\r");

        String shown = visible(screen);
        long lists = shown.lines().filter(line -> line.contains("Transition guides")).count();
        assertEquals(2, lists, "the edited line ran, and the up arrow ran it again: " + shown);
        assertTrue(Files.readString(history).contains("/transition list"), "history kept for the next run");
        List<String> next = visible(type(history, UP + "\r")).lines().filter(l -> l.contains("Transition guides")).toList();
        assertEquals(1, next.size(), "the next run's up arrow finds the last run's line");
    }

    @Test
    void replies_haveBoldHeadings_andAreWrappedToTheTerminalsWidth() throws Exception {
        String screen = type(temp.resolve("history"), "/transition backend developer to cloud engineer gaps\r");

        assertTrue(screen.contains("\u001b[1mBackend Developer → Cloud Engineer · Gaps to close\u001b[0m"), screen);
        assertFalse(screen.contains("== Backend"), "no plain-text heading markers on a terminal");
        String shown = visible(screen);
        for (String line : shown.lines().toList()) {
            assertTrue(line.codePointCount(0, line.length()) <= WIDTH, "wider than the terminal: '" + line + "'");
        }
        assertTrue(shown.contains("\n      Why it matters: ") && shown.contains("\n      How to close it: "), shown);
        assertTrue(shown.lines().anyMatch(line -> line.matches(" {6}[^ WH].*")),
                "a wrapped line of an item continues under the item's text: " + shown);
    }

    @Test
    void aDumbTerminal_getsPlainHeadings_notEscapeCodesItWouldShowAsText() throws Exception {
        String screen = type("dumb", temp.resolve("history"), "/transition list\r");

        assertTrue(screen.contains("== Transition guides =="), screen);
        assertFalse(screen.contains("\u001b[1m"), screen);
    }

    @Test
    void controlCharacters_typedOnTheTerminal_areNotSentBackRaw() throws Exception {
        String screen = type(temp.resolve("history"), "/transition \u0016\u001b]0;owned\u0016\u0007 to cloud engineer\r");

        assertFalse(screen.contains("\u001b]0;owned"), "no raw OSC title sequence: " + screen);
        assertFalse(screen.contains("\u0007"), "no raw bell");
    }
}
