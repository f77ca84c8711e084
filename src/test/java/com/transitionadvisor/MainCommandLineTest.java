package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a person types it: Main.run with arguments, stdin, stdout and stderr. */
class MainCommandLineTest {
    @TempDir
    Path temp;

    private static CommandRun run(Map<String, String> env, String stdin, String... args) {
        return CommandRun.of(env, stdin, args);
    }

    private Map<String, String> env(Path knowledge) {
        Map<String, String> env = new HashMap<>();
        env.put(Settings.KNOWLEDGE_DIR, knowledge.toString());
        env.put(Settings.DATA_DIR, temp.resolve("data").toString());
        return env;
    }

    @Test
    void aMistypedFlag_isAnErrorWithTheCommandsUsage_andNeverStartsTheConsole() {
        CommandRun run = run(env(Path.of("knowledge")), "/transition list\n", "chat", "--jsnol");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Unknown option '--jsnol' for chat (did you mean --jsonl?)\n"), run.err());
        assertTrue(run.err().contains("Usage: java -jar target/transition-advisor.jar chat [--jsonl]"), run.err());
        assertEquals("", run.out(), "no console was started");
        assertFalse(Files.exists(temp.resolve("data")), "nothing was created");
    }

    @Test
    void anUnknownCommand_orAnExtraArgument_isAnErrorWithUsage() {
        CommandRun unknown = run(env(Path.of("knowledge")), "", "chta");
        CommandRun extra = run(env(Path.of("knowledge")), "", "index", "knowledge");

        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("Unknown command 'chta'\nUsage: "), unknown.err());
        assertEquals(2, extra.exit());
        assertTrue(extra.err().startsWith("Unexpected 'knowledge' after index\nUsage: java -jar target/transition-advisor.jar index"),
                extra.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "validate", "index", "slack", "preview", "help"})
    void everyCommand_takesHelp_andDoesNothingElse(String command) {
        Path nowhere = temp.resolve("no-knowledge-here");

        CommandRun run = run(env(nowhere), "", command, "--help");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: java -jar target/transition-advisor.jar " + (command.equals("help") ? "[command]" : command)),
                run.out());
        assertTrue(run.out().contains("--help"), run.out());
        assertEquals("", run.err());
        assertFalse(Files.exists(temp.resolve("data")), "nothing was created");
    }

    @Test
    void aCommandLineWordWithControlCharacters_isShownBackEscaped() {
        CommandRun run = run(env(Path.of("knowledge")), "", "chat", "--\u001b[2Jx");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("Unknown option '--^[[2Jx' for chat\n"), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
    }

    @Test
    void previewWithoutAFile_saysWhatItNeeds() {
        CommandRun run = run(env(Path.of("knowledge")), "", "preview");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("preview needs FILE\nUsage: java -jar target/transition-advisor.jar preview FILE"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "index", "slack"})
    void startedWhereNoKnowledgeFolderIs_saysWhereItLookedAndHowToPointElsewhere_andCreatesNothing(String command) {
        Path nowhere = temp.resolve("nowhere");
        Map<String, String> env = env(nowhere);
        env.put(Settings.BOT_TOKEN, "xoxb-test");
        env.put(Settings.APP_TOKEN, "xapp-test");

        CommandRun run = run(env, "/transition list\n", command);

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("No knowledge folder at " + nowhere.toAbsolutePath().normalize() + ".\n"), run.err());
        assertTrue(run.err().contains("--knowledge DIR") && run.err().contains(Settings.KNOWLEDGE_DIR + "=DIR"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(temp.resolve("data")), "no data folder, no index, no database");
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void aFolderWithoutRoles_isNotAKnowledgeFolder() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        CommandRun run = run(env(empty), "", "chat", "--jsonl");

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(empty.toAbsolutePath() + " is not a knowledge folder: it has no roles.yml."), run.err());
        assertFalse(Files.exists(temp.resolve("data")));
    }

    @Test
    void theKnowledgeOption_worksBeforeOrAfterTheCommand_andNeedsAFolder() {
        CommandRun before = run(env(temp.resolve("nowhere")), "", "--knowledge", "knowledge", "validate");
        CommandRun after = run(env(temp.resolve("nowhere")), "", "validate", "--knowledge", "knowledge");
        CommandRun missing = run(env(temp.resolve("nowhere")), "", "validate", "--knowledge");

        assertEquals(0, before.exit(), before.out() + before.err());
        assertEquals("knowledge: OK\n", after.out());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("--knowledge needs a folder"), missing.err());
    }
}
