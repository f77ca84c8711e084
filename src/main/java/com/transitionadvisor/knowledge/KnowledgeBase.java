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
    private final List<Guide> guides;
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
        this.guides = List.copyOf(byId.values());
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

    /**
     * The guides closest to a move that has none: the reverse route first, then guides from the same
     * starting role, then into the same target role, then any other guide touching either role.
     */
    public List<Guide> closestGuides(Optional<Role> from, Optional<Role> to, int limit) {
        java.util.Set<Guide> closest = new java.util.LinkedHashSet<>();
        if (from.isPresent() && to.isPresent()) {
            guide(to.get(), from.get()).ifPresent(closest::add);
        }
        from.ifPresent(role -> closest.addAll(guidesFrom(role)));
        to.ifPresent(role -> closest.addAll(guidesTo(role)));
        from.ifPresent(role -> closest.addAll(guidesTo(role)));
        to.ifPresent(role -> closest.addAll(guidesFrom(role)));
        return closest.stream().limit(limit).toList();
    }

    /** Every guide, sorted by title. */
    public List<Guide> guides() {
        return guides;
    }

    public int size() {
        return guidesById.size();
    }
}
