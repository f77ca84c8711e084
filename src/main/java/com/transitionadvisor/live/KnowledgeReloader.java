package com.transitionadvisor.live;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.InvalidKnowledgeBaseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the knowledge folder again and, when it is valid, serves it in place of the version before; when it is
 * not, keeps serving the last good version and tells the listener what is wrong. The same problems are reported
 * once, not again on every save that leaves them in place.
 */
public final class KnowledgeReloader {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final Path folder;
    private final LiveKnowledge live;
    private final Supplier<KnowledgeVersion> reader;
    private final KnowledgeProblemsListener listener;
    private List<GuideProblem> reported = List.of();

    /**
     * @param reader reads the folder into a new version (updating the search index on disk in place)
     * @throws nothing itself; {@code reader} throws {@link InvalidKnowledgeBaseException} on an invalid folder
     */
    public KnowledgeReloader(Path folder, LiveKnowledge live, Supplier<KnowledgeVersion> reader,
                             KnowledgeProblemsListener listener) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.live = Objects.requireNonNull(live, "live");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reloads the folder now.
     *
     * @return the version that was replaced, for its owner to close once answers in flight are done with it;
     *         empty when the change was not taken
     */
    public synchronized Optional<KnowledgeVersion> reload() {
        KnowledgeVersion next;
        try {
            next = reader.get();
        } catch (InvalidKnowledgeBaseException e) {
            if (!e.problems().equals(reported)) {
                reported = e.problems();
                listener.problemsFound(folder, e.problems());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            // e.g. a file deleted while it was being read: the next change reads it again
            LOG.warn("Reading {} again failed ({}); the last good version is still served", folder, e.toString());
            return Optional.empty();
        }
        boolean wasBroken = !reported.isEmpty();
        reported = List.of();
        KnowledgeVersion previous = live.replace(next);
        if (wasBroken) {
            listener.problemsFixed(folder);
        }
        listener.reloaded(folder, next.indexed().update());
        return Optional.of(previous);
    }
}
