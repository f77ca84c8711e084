package com.transitionadvisor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.search.semantic.TestEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's knowledge watched by looking at the folder alone (as on a file system that sends no change
 * notifications), through the Assistant as the console uses it: a saved guide is answered from, the conversation
 * carries on across the reload, a removed guide is gone, and a broken roles.yml leaves everything serving.
 */
class KnowledgeWatcherTest {
    private static final String GUIDE = "guides/backend-developer-to-cloud-engineer.yml";
    private static final String MOVE = "backend dev to cloud eng";

    @TempDir
    Path temp;

    private Application start(Path knowledge) {
        Settings settings = Settings.fromEnvironment(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()));
        return Application.start(settings, new InMemoryQuestionLog(), TestEmbedder.shared());
    }

    private static KnowledgeWatcher pollingOnly(Application app, KnowledgeProblemsListener listener) {
        Application.Reading reading = app.reading().orElseThrow();
        return KnowledgeWatcher.start(new KnowledgeReloader(reading.folder(), app.live(), reading.reader(), listener), false);
    }

    private static String console(Application app, Reply reply) {
        return app.presenter().console(reply, Audience.directMessage());
    }

    @Test
    void savedGuide_isAnsweredFrom_andTheConversationCarriesOn() throws Exception {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        Application app = start(knowledge);
        RecordingProblemsListener events = new RecordingProblemsListener();
        try (KnowledgeWatcher watcher = pollingOnly(app, events)) {
            app.assistant().message("D1", "U1", MOVE);

            Path guide = knowledge.resolve(GUIDE);
            Files.writeString(guide, Files.readString(guide).replace("You already build the services that run on the cloud,",
                    "You already build the services that run on the cloud (said the quokka),"));
            assertEquals(1, events.awaitReload().read(), "only the changed guide is read again");

            String answer = console(app, app.assistant().message("D1", "U1", "what is the biggest gap?"));
            assertTrue(answer.contains("Backend Developer → Cloud Engineer"), () -> "the follow-up lost its guide: " + answer);
            assertTrue(console(app, app.assistant().command(MOVE)).contains("said the quokka"),
                    "the guide card shows the saved text");
            assertTrue(events.nothingMoreWithin(KnowledgeWatcher.POLL.multipliedBy(2)), "one save, one reload");
        }
    }

    @Test
    void removedGuide_isNoLongerOffered() throws Exception {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        Application app = start(knowledge);
        RecordingProblemsListener events = new RecordingProblemsListener();
        try (KnowledgeWatcher watcher = pollingOnly(app, events)) {
            assertTrue(app.assistant().command(MOVE) instanceof Reply.GuideAnswer);

            Files.delete(knowledge.resolve(GUIDE));
            assertEquals(1, events.awaitReload().removed());

            assertFalse(app.assistant().command(MOVE) instanceof Reply.GuideAnswer);
            assertEquals(1, app.knowledge().size());
        }
    }

    @Test
    void brokenRolesFile_keepsTheLastGoodVersion_andIsReportedOnce() throws Exception {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        Application app = start(knowledge);
        RecordingProblemsListener events = new RecordingProblemsListener();
        try (KnowledgeWatcher watcher = pollingOnly(app, events)) {
            Path roles = knowledge.resolve("roles.yml");
            String broken = Files.readString(roles).replaceFirst("  - id: backend-developer\n", "  - id: backend-developer\n\tname: tab\n");
            Files.writeString(roles, broken);
            List<GuideProblem> problems = events.awaitProblems();
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(roles.toString(), problems.get(0).file());

            Files.writeString(roles, broken + "\n# still broken\n");
            assertTrue(events.nothingMoreWithin(KnowledgeWatcher.POLL.multipliedBy(3)), "the same problem is not reported again");
            assertTrue(app.assistant().command(MOVE) instanceof Reply.GuideAnswer, "the last good version still answers");
        }
    }
}
