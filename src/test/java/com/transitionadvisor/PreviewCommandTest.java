package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview FILE}, as a coach without Slack runs it on a guide they are writing. */
class PreviewCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/knowledge-fixtures");

    @TempDir
    Path temp;

    private CommandRun preview(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "preview";
        System.arraycopy(args, 0, line, 1, args.length);
        return CommandRun.of(Map.of(Settings.KNOWLEDGE_DIR, temp.resolve("elsewhere").toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()), "", line);
    }

    @Test
    void aGuide_isShownSectionBySection_everyPage_asSlackShowsIt() {
        CommandRun run = preview("knowledge/guides/backend-developer-to-cloud-engineer.yml");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Preview of knowledge/guides/backend-developer-to-cloud-engineer.yml: Backend Developer → Cloud Engineer,"),
                run.out());
        int at = 0;
        for (String part : List.of("──── Overview (1 of 2) ────", "== Backend Developer → Cloud Engineer ==",
                "──── Overview (2 of 2) ────", "Why people make this move", "──── What transfers",
                "== Backend Developer → Cloud Engineer · Gaps to close ==", "──── Timeline", "──── Interview framing")) {
            int next = run.out().indexOf(part, at);
            assertTrue(next >= at, "'" + part + "' in order in\n" + run.out());
            at = next;
        }
        assertTrue(run.out().contains("  [Make my plan] /transition plan backend developer to cloud engineer\n"), run.out());
        assertFalse(run.out().contains("\u001b"), "plain text when piped");
        assertFalse(Files.exists(temp.resolve("data")), "a preview creates nothing");
    }

    @Test
    void aGuideWithProblems_getsEachWithFileLineAndField_andExitsOne() {
        Path file = FIXTURES.resolve("unknown-field/guides/backend-developer-to-cloud-engineer.yml");

        CommandRun run = preview(file.toString());

        assertEquals(1, run.exit());
        assertTrue(run.out().contains(file + ":4: gapz: "), run.out());
        assertTrue(run.out().lines().allMatch(line -> line.startsWith(file.toString()) || line.contains("problem(s)")), run.out());
        assertFalse(run.out().contains("────"), "nothing is previewed");
    }

    @Test
    void aFileOutsideAKnowledgeFolder_isReadAgainstTheKnowledgeOption() throws Exception {
        Path draft = Files.copy(FIXTURES.resolve("valid/guides/cloud-engineer-to-data-engineer.yml"), temp.resolve("cloud-engineer-to-data-engineer.yml"));

        CommandRun without = preview(draft.toString());
        CommandRun with = preview(draft.toString(), "--knowledge", FIXTURES.resolve("valid").toString());

        assertEquals(1, without.exit(), "no roles.yml where it looked: " + without.out());
        assertTrue(without.out().contains(temp.resolve("elsewhere").toString()), without.out());
        assertEquals(0, with.exit(), with.out());
        assertTrue(with.out().contains("──── Overview"), with.out());
    }

    @Test
    void aDraftNamedOtherwiseThanItsMove_isPreviewed_underAWarningAboutTheName() throws Exception {
        Path draft = Files.copy(FIXTURES.resolve("valid/guides/cloud-engineer-to-data-engineer.yml"), temp.resolve("my-draft.yml"));

        CommandRun run = preview(draft.toString(), "--knowledge", FIXTURES.resolve("valid").toString());

        assertEquals(0, run.exit(), run.out());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("warning: " + draft + ":"), run.out());
        assertTrue(lines.get(0).contains("from/to: the file is named my-draft.yml")
                && lines.get(0).contains("rename the file to cloud-engineer-to-data-engineer.yml"), run.out());
        assertTrue(lines.get(1).contains("refuse this file until its name matches"), run.out());
        assertTrue(run.out().indexOf("Preview of " + draft) > run.out().indexOf("warning:"), "the warning comes first: " + run.out());
        assertTrue(run.out().contains("──── Overview"), run.out());
    }

    @Test
    void aMisnamedDraft_withAnotherProblemToo_isNotPreviewed() throws Exception {
        Path draft = Files.copy(FIXTURES.resolve("unknown-field/guides/backend-developer-to-cloud-engineer.yml"),
                temp.resolve("my-draft.yml"));

        CommandRun run = preview(draft.toString(), "--knowledge", FIXTURES.resolve("unknown-field").toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains(": gapz: ") && run.out().contains("the file is named my-draft.yml"), run.out());
        assertFalse(run.out().contains("────"), "nothing is previewed: " + run.out());
    }

    @Test
    void aMissingFile_isSaid() {
        CommandRun run = preview(temp.resolve("nope.yml").toString());

        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith(temp.resolve("nope.yml") + ": no such file"), run.out());
    }
}
