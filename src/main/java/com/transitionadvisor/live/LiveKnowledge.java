package com.transitionadvisor.live;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.plans.PlanDesk;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The version of the knowledge folder the app serves now. A reload swaps in a new version in one step, so a
 * reader sees either the old guides, index and vocabulary together, or the new ones together.
 */
public final class LiveKnowledge {
    private final AtomicReference<KnowledgeVersion> current;

    public LiveKnowledge(KnowledgeVersion first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first, "first"));
    }

    public KnowledgeVersion current() {
        return current.get();
    }

    /** Serves {@code next} from now on and returns the version it replaced. */
    public KnowledgeVersion replace(KnowledgeVersion next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }

    public Supplier<Assistant.Knowledge> forAssistant() {
        return () -> current().assistant();
    }

    public Supplier<PlanDesk.Knowledge> forPlans() {
        return () -> current().plans();
    }

    public Supplier<KnowledgeBase> guides() {
        return () -> current().knowledge();
    }

    public Supplier<List<GuideEntry>> entries() {
        return () -> current().knowledge().guides();
    }
}
