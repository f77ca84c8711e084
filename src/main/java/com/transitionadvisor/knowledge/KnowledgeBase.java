package com.transitionadvisor.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The roles and an entry for every loaded, validated guide. Lists and lookups work from the {@link GuideEntry}s
 * (every lookup is a hash-map read); a guide's full text is asked from the {@link GuideSource} only when it is
 * shown ({@link #guide(Role, Role)}, {@link #guideById(String)}). Immutable.
 */
public final class KnowledgeBase {
    private final RoleCatalog roles;
    private final Map<String, GuideEntry> entriesById;
    private final List<GuideEntry> entries;
    private final Map<String, List<GuideEntry>> guidesFrom;
    private final Map<String, List<GuideEntry>> guidesTo;
    private final GuideSource source;

    /**
     * @param entries one per guide, in any order; listed sorted by title
     * @param source  where the full guide for an entry's id comes from when it is shown
     */
    public KnowledgeBase(RoleCatalog roles, Collection<GuideEntry> entries, GuideSource source) {
        this.roles = roles;
        this.source = Objects.requireNonNull(source, "source");
        Map<String, GuideEntry> byId = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(GuideEntry::title)).forEach(e -> {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two guides for " + e.title());
            }
        });
        this.entriesById = byId;
        this.entries = List.copyOf(byId.values());
        Map<String, List<GuideEntry>> from = new HashMap<>();
        Map<String, List<GuideEntry>> to = new HashMap<>();
        for (GuideEntry entry : byId.values()) {
            from.computeIfAbsent(entry.from().id(), k -> new ArrayList<>()).add(entry);
            to.computeIfAbsent(entry.to().id(), k -> new ArrayList<>()).add(entry);
        }
        from.replaceAll((k, v) -> List.copyOf(v));
        to.replaceAll((k, v) -> List.copyOf(v));
        this.guidesFrom = Map.copyOf(from);
        this.guidesTo = Map.copyOf(to);
    }

    /** Guides held in memory, e.g. for tests: the entries are built from them and they are their own source. */
    public KnowledgeBase(RoleCatalog roles, Collection<Guide> guides) {
        this(roles, guides.stream().map(Guide::entry).toList(), inMemory(guides));
    }

    private static GuideSource inMemory(Collection<Guide> guides) {
        Map<String, Guide> byId = new HashMap<>();
        guides.forEach(guide -> byId.putIfAbsent(guide.id(), guide));
        return id -> Optional.ofNullable(byId.get(id));
    }

    public RoleCatalog roles() {
        return roles;
    }

    /** The full guide for a move, read from the source; empty when no guide covers it. */
    public Optional<Guide> guide(Role from, Role to) {
        return entry(from, to).flatMap(this::full);
    }

    /** The full guide with this id, read from the source; empty for an unknown id. */
    public Optional<Guide> guideById(String id) {
        return entry(id).flatMap(this::full);
    }

    public Optional<GuideEntry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    public Optional<GuideEntry> entry(Role from, Role to) {
        return entry(Guide.idFor(from, to));
    }

    public List<GuideEntry> guidesFrom(Role role) {
        return guidesFrom.getOrDefault(role.id(), List.of());
    }

    public List<GuideEntry> guidesTo(Role role) {
        return guidesTo.getOrDefault(role.id(), List.of());
    }

    /**
     * The guides closest to a move that has none: the reverse route first, then guides from the same
     * starting role, then into the same target role, then any other guide touching either role.
     */
    public List<GuideEntry> closestGuides(Optional<Role> from, Optional<Role> to, int limit) {
        Set<GuideEntry> closest = new LinkedHashSet<>();
        if (from.isPresent() && to.isPresent()) {
            entry(to.get(), from.get()).ifPresent(closest::add);
        }
        from.ifPresent(role -> closest.addAll(guidesFrom(role)));
        to.ifPresent(role -> closest.addAll(guidesTo(role)));
        from.ifPresent(role -> closest.addAll(guidesTo(role)));
        to.ifPresent(role -> closest.addAll(guidesFrom(role)));
        // then guides that start or end at a role close to either (DevOps → SRE has none, but cloud guides help)
        Stream.concat(from.stream(), to.stream()).flatMap(role -> roles.related(role).stream()).forEach(role -> {
            closest.addAll(guidesTo(role));
            closest.addAll(guidesFrom(role));
        });
        return closest.stream().limit(limit).toList();
    }

    /** Every guide's entry, sorted by title. */
    public List<GuideEntry> guides() {
        return entries;
    }

    public int size() {
        return entriesById.size();
    }

    private Optional<Guide> full(GuideEntry entry) {
        return source.guide(entry.id());
    }
}
