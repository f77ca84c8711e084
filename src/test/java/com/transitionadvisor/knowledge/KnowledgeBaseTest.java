package com.transitionadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final String BACKEND_TO_CLOUD = "backend-developer-to-cloud-engineer";
    private static final String CLOUD_TO_BACKEND = "cloud-engineer-to-backend-developer";
    private static final String CLOUD_TO_DATA = "cloud-engineer-to-data-engineer";
    private static final String DATA_TO_BACKEND = "data-engineer-to-backend-developer";

    private final KnowledgeBase loaded = KnowledgeFixtures.valid();
    private final Map<String, Guide> guides = KnowledgeFixtures.fullGuides(loaded).stream()
            .collect(Collectors.toMap(Guide::id, Function.identity()));
    /** The ids the knowledge base asked the source for, in order. */
    private final List<String> asked = new ArrayList<>();
    private final GuideSource countingSource = id -> {
        asked.add(id);
        return Optional.ofNullable(guides.get(id));
    };
    /** Built from entries only, given in reverse title order; every full guide comes from {@link #countingSource}. */
    private final KnowledgeBase knowledge = new KnowledgeBase(loaded.roles(), reversed(loaded.guides()), countingSource);

    private static List<GuideEntry> reversed(List<GuideEntry> entries) {
        List<GuideEntry> copy = new ArrayList<>(entries);
        Collections.reverse(copy);
        return copy;
    }

    private Role role(String id) {
        return loaded.roles().byId(id).orElseThrow();
    }

    private static List<String> ids(List<GuideEntry> entries) {
        return entries.stream().map(GuideEntry::id).toList();
    }

    @Test
    void listsAndLookups_comeFromTheEntries_withoutAskingTheSourceForAnyGuide() {
        Role backend = role("backend-developer");
        Role cloud = role("cloud-engineer");
        Role data = role("data-engineer");

        assertEquals(List.of(BACKEND_TO_CLOUD, CLOUD_TO_BACKEND, CLOUD_TO_DATA, DATA_TO_BACKEND), ids(knowledge.guides()),
                "sorted by title");
        assertEquals(4, knowledge.size());
        assertEquals(List.of(CLOUD_TO_BACKEND, CLOUD_TO_DATA), ids(knowledge.guidesFrom(cloud)));
        assertEquals(List.of(CLOUD_TO_BACKEND, DATA_TO_BACKEND), ids(knowledge.guidesTo(backend)));
        assertEquals(List.of(DATA_TO_BACKEND, BACKEND_TO_CLOUD, CLOUD_TO_DATA, CLOUD_TO_BACKEND),
                ids(knowledge.closestGuides(Optional.of(backend), Optional.of(data), 5)));
        assertEquals(Optional.of(loaded.guides().get(0)), knowledge.entry(BACKEND_TO_CLOUD));
        assertEquals(BACKEND_TO_CLOUD, knowledge.entry(backend, cloud).orElseThrow().id());
        assertEquals(Optional.empty(), knowledge.entry(backend, data));

        assertEquals(List.of(), asked, "no full guide is read for lists and lookups");
    }

    @Test
    void guideAndGuideById_askTheSourceForTheFullGuide_onceEachTimeOneIsShown() {
        Guide byRoles = knowledge.guide(role("cloud-engineer"), role("data-engineer")).orElseThrow();
        Guide byId = knowledge.guideById(BACKEND_TO_CLOUD).orElseThrow();

        assertSame(guides.get(CLOUD_TO_DATA), byRoles);
        assertSame(guides.get(BACKEND_TO_CLOUD), byId);
        assertEquals(List.of(CLOUD_TO_DATA, BACKEND_TO_CLOUD), asked);
    }

    @Test
    void guideForAMoveWithoutAnEntry_isEmpty_withoutAskingTheSource() {
        assertEquals(Optional.empty(), knowledge.guide(role("backend-developer"), role("data-engineer")));
        assertEquals(Optional.empty(), knowledge.guideById("no-such-guide"));

        assertEquals(List.of(), asked);
    }

    @Test
    void twoEntriesWithTheSameId_areRefused() {
        GuideEntry entry = loaded.guides().get(0);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new KnowledgeBase(loaded.roles(), List.of(entry, entry), countingSource));
        assertEquals("two guides for Backend Developer → Cloud Engineer", refused.getMessage());
    }

    @Test
    void guidesInMemory_areListedAsTheirEntries_andAreTheirOwnSource() {
        KnowledgeBase inMemory = new KnowledgeBase(loaded.roles(), guides.values());

        assertEquals(KnowledgeFixtures.fullGuides(loaded).stream().map(Guide::entry).toList(), inMemory.guides());
        assertSame(guides.get(DATA_TO_BACKEND), inMemory.guideById(DATA_TO_BACKEND).orElseThrow());
    }
}
