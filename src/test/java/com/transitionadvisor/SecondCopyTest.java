package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.storage.DataFolderLock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of the app on one data folder: the first is a real separate process, the second is told at once. */
class SecondCopyTest {
    @TempDir
    Path temp;

    @Test
    void aSecondCopyOnTheSameDataFolder_saysAnotherCopyIsRunningThere_andHowToRunTwo() throws Exception {
        Path data = temp.resolve("data");
        Path knowledge = Path.of("knowledge").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "chat");
        builder.environment().put(Settings.KNOWLEDGE_DIR, knowledge.toString());
        builder.environment().put(Settings.DATA_DIR, data.toString());
        builder.environment().remove(Settings.DATABASE_URL);
        builder.environment().remove(Settings.BOT_TOKEN);
        builder.environment().remove(Settings.APP_TOKEN);
        builder.redirectError(temp.resolve("first-copy.log").toFile());
        Process first = builder.start();
        try {
            waitForPrompt(first.getInputStream());

            CommandRun second = CommandRun.of(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                    Settings.DATA_DIR, data.toString()), "", "chat");

            String message = second.err();
            assertEquals(1, second.exit(), message);
            assertTrue(message.startsWith("Another copy of Transition Advisor is already running on the data folder "
                    + data.toAbsolutePath().normalize() + " (process " + first.pid() + ", started "), message);
            assertTrue(message.contains(Settings.DATA_DIR + "=DIR") && message.contains(Settings.DATABASE_URL + "=jdbc:postgresql://"),
                    message);
            assertFalse(message.toLowerCase().contains("locked"), message);
            assertEquals("", second.out(), "the second copy started no console");
        } finally {
            first.getOutputStream().close();
            boolean ended = first.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                first.destroyForcibly();
            }
        }
        assertEquals(0, first.exitValue(), "the first copy ends normally at the end of its input");
        try (DataFolderLock free = DataFolderLock.claim(data)) {
            // claimed: the first copy's lock went with its process
        }
    }

    /** Reads the first copy's output up to its prompt: by then it holds the data folder and its database. */
    private static void waitForPrompt(InputStream out) throws IOException {
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = out.read()) >= 0) {
            seen.append((char) c);
            if (seen.toString().endsWith("you> ")) {
                return;
            }
        }
        throw new AssertionError("the first copy ended before its prompt: " + seen);
    }
}
