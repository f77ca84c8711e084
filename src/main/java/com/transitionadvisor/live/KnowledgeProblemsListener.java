package com.transitionadvisor.live;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.search.IndexedKnowledge;
import java.nio.file.Path;
import java.util.List;

/** Told what became of a change to the knowledge folder while the app runs: who should know, and how, is its business. */
public interface KnowledgeProblemsListener {

    /** A change made the folder invalid; the last good version is still served. */
    void problemsFound(Path folder, List<GuideProblem> problems);

    /** A change was valid and is served from now on. */
    default void reloaded(Path folder, IndexedKnowledge.Update update) {
    }

    /** The problems reported last are fixed: the folder is valid again and its latest change is live (told before {@link #reloaded}). */
    default void problemsFixed(Path folder) {
    }

    /** Tells every listener in turn; one that fails does not stop the others. */
    static KnowledgeProblemsListener all(List<KnowledgeProblemsListener> listeners) {
        List<KnowledgeProblemsListener> copy = List.copyOf(listeners);
        return new KnowledgeProblemsListener() {
            @Override
            public void problemsFound(Path folder, List<GuideProblem> problems) {
                copy.forEach(listener -> Guarded.run(() -> listener.problemsFound(folder, problems)));
            }

            @Override
            public void problemsFixed(Path folder) {
                copy.forEach(listener -> Guarded.run(() -> listener.problemsFixed(folder)));
            }

            @Override
            public void reloaded(Path folder, IndexedKnowledge.Update update) {
                copy.forEach(listener -> Guarded.run(() -> listener.reloaded(folder, update)));
            }
        };
    }
}
