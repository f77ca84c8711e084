package com.transitionadvisor.live;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.search.IndexedKnowledge;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes what became of each change to the knowledge folder to the log, each problem with file, line and field. */
public final class LoggedKnowledgeProblems implements KnowledgeProblemsListener {
    private static final Logger LOG = LoggerFactory.getLogger(LoggedKnowledgeProblems.class);

    @Override
    public void problemsFound(Path folder, List<GuideProblem> problems) {
        LOG.warn("The change to {} was not taken: {} problem(s); the last good version is still served", folder,
                problems.size());
        problems.forEach(problem -> LOG.warn("  {}", problem));
    }

    @Override
    public void problemsFixed(Path folder) {
        LOG.info("The problems reported in {} are fixed: the folder is valid again", folder);
    }

    @Override
    public void reloaded(Path folder, IndexedKnowledge.Update update) {
        LOG.info("Reloaded {}: {} guide file(s) read, {} unchanged, {} removed; serving it now", folder, update.read(),
                update.unchanged(), update.removed());
    }
}
