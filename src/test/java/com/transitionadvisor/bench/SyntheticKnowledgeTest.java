package com.transitionadvisor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.knowledge.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the benchmark generator honest: what it writes must be a knowledge base the app accepts. */
class SyntheticKnowledgeTest {
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    @ParameterizedTest
    @ValueSource(ints = {2, 200})
    void write_anySize_passesValidationWithNoProblems(int guides, @TempDir Path dir) {
        SyntheticKnowledge written = SyntheticKnowledge.write(dir, guides, 42);

        assertEquals(List.of(), loader.validate(dir));
        KnowledgeBase knowledge = loader.load(dir);
        assertEquals(guides, knowledge.size());
        assertEquals(SyntheticKnowledge.roleCount(guides), knowledge.roles().roles().size());
        assertEquals(written.guides().stream().map(SyntheticKnowledge.Pair::guideId).collect(Collectors.toSet()),
                knowledge.guides().stream().map(GuideEntry::id).collect(Collectors.toSet()));
    }

    @Test
    void write_guides_haveEverySectionAtRealisticSize(@TempDir Path dir) throws IOException {
        SyntheticKnowledge.write(dir, 20, 7);

        for (Guide guide : KnowledgeFixtures.fullGuides(loader.load(dir))) {
            for (Section section : Section.values()) {
                assertTrue(guide.has(section), () -> guide.id() + " lacks " + section);
            }
            assertEquals(10, guide.transferableSkills().size());
            assertTrue(guide.gaps().size() >= 3 && guide.gaps().size() <= 5, () -> guide.gaps().size() + " gaps");
            assertEquals(8, guide.faq().size());
            assertEquals(3, guide.timeline().phases().size());
        }
        try (Stream<Path> files = Files.list(dir.resolve("guides"))) {
            for (Path file : files.toList()) {
                long size = Files.size(file);
                // the two real guides are 19–20 kB
                assertTrue(size > 12_000 && size < 30_000, () -> file + " is " + size + " bytes");
            }
        }
    }

    @Test
    void write_sameSeed_writesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticKnowledge.write(first, 5, 99);
        SyntheticKnowledge.write(second, 5, 99);

        assertEquals(Files.readString(first.resolve("roles.yml")), Files.readString(second.resolve("roles.yml")));
        try (Stream<Path> files = Files.list(first.resolve("guides"))) {
            for (Path file : files.toList()) {
                assertEquals(Files.readString(file), Files.readString(second.resolve("guides").resolve(file.getFileName())));
            }
        }
    }

    @Test
    void plan_tenThousandGuides_usesDistinctPairsOfAboutTwoRootNRoles() {
        SyntheticKnowledge plan = SyntheticKnowledge.plan(10_000, 1);

        assertEquals(200, plan.roles().size());
        Set<String> ids = plan.guides().stream().map(SyntheticKnowledge.Pair::guideId).collect(Collectors.toSet());
        assertEquals(10_000, ids.size());
        assertFalse(plan.pairsWithoutGuide().isEmpty());
        assertTrue(plan.pairsWithoutGuide().stream().noneMatch(pair -> ids.contains(pair.guideId())));
    }

    @Test
    void plan_zeroGuides_isRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticKnowledge.plan(0, 1));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }
}
