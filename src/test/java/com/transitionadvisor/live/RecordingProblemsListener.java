package com.transitionadvisor.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.search.IndexedKnowledge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** What a knowledge watcher reported, in order, for tests to wait on instead of sleeping. */
public final class RecordingProblemsListener implements KnowledgeProblemsListener {
    /** Generous: a reload waits {@link KnowledgeWatcher#QUIET} and takes well under a second on this machine. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final BlockingQueue<Object> seen = new LinkedBlockingQueue<>();

    @Override
    public void problemsFound(Path folder, List<GuideProblem> problems) {
        seen.add(problems);
    }

    @Override
    public void reloaded(Path folder, IndexedKnowledge.Update update) {
        seen.add(update);
    }

    /** Waits for the next report and checks that it is a reload. */
    public IndexedKnowledge.Update awaitReload() throws InterruptedException {
        Object event = next();
        assertTrue(event instanceof IndexedKnowledge.Update, () -> "expected a reload, got " + event);
        return (IndexedKnowledge.Update) event;
    }

    /** Waits for the next report and checks that it is problems. */
    @SuppressWarnings("unchecked")
    public List<GuideProblem> awaitProblems() throws InterruptedException {
        Object event = next();
        assertTrue(event instanceof List<?>, () -> "expected problems, got " + event);
        return (List<GuideProblem>) event;
    }

    /** Whether nothing more was reported within {@code quiet}. */
    public boolean nothingMoreWithin(Duration quiet) throws InterruptedException {
        return seen.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    private Object next() throws InterruptedException {
        Object event = seen.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(event != null, "nothing was reported within " + WAIT);
        return event;
    }
}
