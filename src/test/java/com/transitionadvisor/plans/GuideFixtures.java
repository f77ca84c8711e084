package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Guides for plan tests: the real knowledge base, and small made-up guides for shapes it does not have. */
public final class GuideFixtures {
    public static final String BACKEND_TO_CLOUD = "backend-developer-to-cloud-engineer";
    public static final String CLOUD_TO_BACKEND = "cloud-engineer-to-backend-developer";
    private static KnowledgeBase knowledge;

    private GuideFixtures() {
    }

    /** The app's own guides in {@code knowledge/}. */
    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));
        }
        return knowledge;
    }

    public static Guide backendToCloud() {
        return knowledge().guideById(BACKEND_TO_CLOUD).orElseThrow();
    }

    public static Guide cloudToBackend() {
        return knowledge().guideById(CLOUD_TO_BACKEND).orElseThrow();
    }

    /** A guide with {@code phases} unnumbered phases and the given part-time / full-time upper months (0 = none). */
    public static Guide withPhases(int phases, int partTimeMonths, int fullTimeMonths) {
        List<Guide.Phase> list = new ArrayList<>();
        for (int i = 1; i <= phases; i++) {
            list.add(new Guide.Phase("Step " + i, Optional.empty(), "Phase " + i + " & <friends>",
                    List.of("Study item " + i + "a", "Study item " + i + "b")));
        }
        Guide.Timeline timeline = new Guide.Timeline("A made-up timeline",
                partTimeMonths == 0 ? Optional.empty() : Optional.of(new Guide.MonthRange(Math.max(1, partTimeMonths / 2), partTimeMonths)),
                fullTimeMonths == 0 ? Optional.empty() : Optional.of(new Guide.MonthRange(Math.max(1, fullTimeMonths / 2), fullTimeMonths)),
                list);
        return guide("tester", "Tester", "builder", "Builder", timeline, List.of(new Guide.Gap("Building things", "why", "how")));
    }

    public static Guide guide(String fromId, String fromName, String toId, String toName, Guide.Timeline timeline, List<Guide.Gap> gaps) {
        Role from = new Role(fromId, fromName, List.of());
        Role to = new Role(toId, toName, List.of());
        return new Guide(Guide.idFor(from, to), from, to, "A made-up guide.", Optional.empty(), List.of(), gaps, timeline,
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), "made-up.yml");
    }
}
