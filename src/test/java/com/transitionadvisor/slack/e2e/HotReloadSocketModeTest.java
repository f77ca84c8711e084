package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.live.RecordingProblemsListener;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach edits the knowledge folder under the running app (Socket Mode against the stand-in): a valid save is
 * answered from without a restart; an invalid one leaves the last good version answering, and the authors named
 * in {@code TRANSITION_AUTHORS} get a DM saying which file, line and field is wrong, and another once a save fixes it.
 */
class HotReloadSocketModeTest {
    private static final String AUTHOR = "U0AUTHOR";
    private static final String GUIDE = "guides/backend-developer-to-cloud-engineer.yml";
    private static final String NEW_SUMMARY = "Quokka-approved: this summary was saved while the app was running.";

    @TempDir
    Path temp;

    @Test
    void savedGuide_isAnsweredWithoutRestart_anInvalidSave_keepsItServing_andTellsTheAuthors_andTheFixTellsThemItIsLive() throws Exception {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        RecordingProblemsListener events = new RecordingProblemsListener();
        try (RunningApp app = new RunningApp().watchingKnowledge(knowledge, temp.resolve("data"), List.of(AUTHOR), events)
                .startNow()) {
            assertFalse(askForTheGuide(app, "D0BEFORE").contains(NEW_SUMMARY));

            Path guide = knowledge.resolve(GUIDE);
            String original = Files.readString(guide);
            String edited = original.replaceFirst("(?m)^summary: \\|\\n  .*$", "summary: |\n  " + NEW_SUMMARY);
            saveAsAnEditorDoes(guide, edited);
            events.awaitReload();
            String answered = askForTheGuide(app, "D0AFTER");
            assertTrue(answered.contains(NEW_SUMMARY), () -> "the saved summary was not answered: " + answered);

            int badLine = lineOf(edited, "    difficulty: low");
            saveAsAnEditorDoes(guide, edited.replaceFirst("    difficulty: low", "    difficulty: lowish"));
            GuideProblem problem = events.awaitProblems().get(0);
            assertEquals(guide.toString(), problem.file());
            assertEquals(badLine, problem.line());
            String field = "transferable_skills[" + skillsAbove(edited, badLine) + "].difficulty";
            assertEquals(field, problem.field());

            ApiCall dm = app.slack().awaitCall("chat.postMessage", call -> AUTHOR.equals(call.param("channel")),
                    RunningApp.WAIT);
            String told = dm.body().path("blocks").toString();
            assertTrue(told.contains(GUIDE.substring(GUIDE.indexOf('/') + 1) + ", line " + badLine), told);
            assertTrue(told.contains(field), told);
            assertWithinLimits(dm.body().path("blocks"), MESSAGE_BLOCKS);

            String still = askForTheGuide(app, "D0STILL");
            assertTrue(still.contains(NEW_SUMMARY), () -> "the last good version stopped serving: " + still);

            String fixedSummary = NEW_SUMMARY.replace("Quokka", "Wombat");
            saveAsAnEditorDoes(guide, edited.replace(NEW_SUMMARY, fixedSummary));
            events.awaitReload();
            ApiCall fixed = app.slack().awaitCall("chat.postMessage", call -> AUTHOR.equals(call.param("channel"))
                    && call.body().toString().contains("fixed and live again"), RunningApp.WAIT);
            assertTrue(fixed.body().path("blocks").toString().contains(knowledge.toString()), () -> RunningApp.describe(fixed));
            assertWithinLimits(fixed.body().path("blocks"), MESSAGE_BLOCKS);
            assertEquals(2, app.slack().calls("chat.postMessage").stream()
                    .filter(call -> AUTHOR.equals(call.param("channel"))).count(), "one DM for the problem, one for the fix");
            String live = askForTheGuide(app, "D0FIXED");
            assertTrue(live.contains(fixedSummary), () -> "the fixed guide is not served: " + live);
        }
    }

    @Test
    void savedVocabulary_isUnderstoodWithoutRestart() throws Exception {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        RecordingProblemsListener events = new RecordingProblemsListener();
        try (RunningApp app = new RunningApp().watchingKnowledge(knowledge, temp.resolve("data"), List.of(AUTHOR), events)
                .startNow()) {
            String move = "QW dev to cloud eng";
            assertFalse(headersOf(app, "D0VOCABBEFORE", move).contains("Backend Developer → Cloud Engineer"));

            Path abbreviations = knowledge.resolve("abbreviations.yml");
            // into the abbreviations list, which the spellings list now follows
            saveAsAnEditorDoes(abbreviations, Files.readString(abbreviations).replaceFirst("(?m)^abbreviations:\n",
                    "abbreviations:\n  - short: QW\n    means: backend\n"));
            events.awaitReload();

            assertEquals(List.of("Backend Developer → Cloud Engineer"), headersOf(app, "D0VOCABAFTER", move));
        }
    }

    private String askForTheGuide(RunningApp app, String channel) {
        String id = app.sendEvent(SlackPayloads.directMessage("U123", channel, "backend dev to cloud eng"));
        app.ack(id);
        ApiCall post = app.awaitPost(channel);
        assertEquals(List.of("Backend Developer → Cloud Engineer"), headers(post.body().path("blocks")),
                () -> RunningApp.describe(post));
        return post.body().path("blocks").toString();
    }

    private static List<String> headersOf(RunningApp app, String channel, String text) {
        String id = app.sendEvent(SlackPayloads.directMessage("U123", channel, text));
        app.ack(id);
        return headers(app.awaitPost(channel).body().path("blocks"));
    }

    /** Writes a temporary file and renames it over the original, as most editors save. */
    private static void saveAsAnEditorDoes(Path file, String text) throws IOException {
        Path saving = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(saving, text);
        Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1;
    }

    /** The number (1-based, as problems name list items) of the transferable skill that {@code line} is in. */
    private static int skillsAbove(String text, int line) {
        return (int) text.lines().limit(line).filter(l -> l.startsWith("  - skill:")).count();
    }
}
