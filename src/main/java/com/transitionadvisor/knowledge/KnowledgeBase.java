package com.transitionadvisor.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded, validated guides and roles. Immutable; every lookup is a hash-map read. */
public final class KnowledgeBase {
    private final RoleCatalog roles;
    private final Map<String, Guide> guidesById;
    private final Map<String, List<Guide>> guidesFrom;
    private final Map<String, List<Guide>> guidesTo;

    public KnowledgeBase(RoleCatalog roles, Collection<Guide> guides) {
        this.roles = roles;
        Map<String, Guide> byId = new LinkedHashMap<>();
        guides.stream().sorted(Comparator.comparing(Guide::title)).forEach(g -> {
            if (byId.putIfAbsent(g.id(), g) != null) {
                throw new IllegalArgumentException("two guides for " + g.title());
            }
        });
        this.guidesById = byId;
        Map<String, List<Guide>> from = new HashMap<>();
        Map<String, List<Guide>> to = new HashMap<>();
        for (Guide guide : byId.values()) {
            from.computeIfAbsent(guide.from().id(), k -> new java.util.ArrayList<>()).add(guide);
            to.computeIfAbsent(guide.to().id(), k -> new java.util.ArrayList<>()).add(guide);
        }
        from.replaceAll((k, v) -> List.copyOf(v));
        to.replaceAll((k, v) -> List.copyOf(v));
        this.guidesFrom = Map.copyOf(from);
        this.guidesTo = Map.copyOf(to);
    }

    public RoleCatalog roles() {
        return roles;
    }

    public Optional<Guide> guide(Role from, Role to) {
        return Optional.ofNullable(guidesById.get(Guide.idFor(from, to)));
    }

    public Optional<Guide> guideById(String id) {
        return Optional.ofNullable(guidesById.get(id));
    }

    public List<Guide> guidesFrom(Role role) {
        return guidesFrom.getOrDefault(role.id(), List.of());
    }

    public List<Guide> guidesTo(Role role) {
        return guidesTo.getOrDefault(role.id(), List.of());
    }

    /** Every guide, sorted by title. */
    public List<Guide> guides() {
        return List.copyOf(guidesById.values());
    }

    public int size() {
        return guidesById.size();
    }
}
