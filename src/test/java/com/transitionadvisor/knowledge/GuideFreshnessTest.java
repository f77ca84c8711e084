package com.transitionadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A guide says who looks after it and when it was last reviewed; a year on, validate warns about it. */
class GuideFreshnessTest {
    private static final String GUIDE = "backend-developer-to-cloud-engineer.yml";
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    private static String file(String fixture) {
        return KnowledgeFixtures.folder(fixture).resolve(KnowledgeBaseLoader.GUIDES_FOLDER).resolve(GUIDE).toString();
    }

    @Test
    void load_ownerAndReviewed_areRead() {
        Guide guide = loader.load(KnowledgeFixtures.folder("reviewed-guide")).guideById("backend-developer-to-cloud-engineer")
                .orElseThrow();

        assertEquals(new Guide.Freshness(Optional.of("Career coaching team"), Optional.of(LocalDate.of(2025, 6, 1))),
                guide.freshness());
    }

    @Test
    void load_guideWithoutThem_hasNeither() {
        Guide guide = KnowledgeFixtures.valid().guideById("cloud-engineer-to-data-engineer").orElseThrow();

        assertEquals(Guide.Freshness.UNKNOWN, guide.freshness());
    }

    @Test
    void validate_reviewedNotWrittenAsYearMonthDay_isOneProblemAtItsLine() {
        List<GuideProblem> problems = loader.validate(KnowledgeFixtures.folder("bad-reviewed-date"));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(new GuideProblem(file("bad-reviewed-date"), 5, "reviewed",
                "'20/11/2026' is not a date written YYYY-MM-DD, e.g. 2026-11-20"), problems.get(0));
    }

    @Test
    void staleGuides_reviewedMoreThanTwelveMonthsAgo_isAWarningWithFileLineAndField() {
        KnowledgeBase knowledge = loader.load(KnowledgeFixtures.folder("reviewed-guide"));

        List<GuideProblem> warnings = new StaleGuides(on("2026-06-02")).in(knowledge);

        assertEquals(1, warnings.size(), warnings::toString);
        GuideProblem warning = warnings.get(0);
        assertEquals(file("reviewed-guide"), warning.file());
        assertEquals(6, warning.line());
        assertEquals("reviewed", warning.field());
        assertTrue(warning.message().contains("last reviewed 2025-06-01") && warning.message().contains("Career coaching team"),
                warning.message());
    }

    @Test
    void staleGuides_reviewedTwelveMonthsAgoToTheDay_isNotYetStale() {
        KnowledgeBase knowledge = loader.load(KnowledgeFixtures.folder("reviewed-guide"));

        assertEquals(List.of(), new StaleGuides(on("2026-06-01")).in(knowledge));
    }

    @Test
    void staleGuides_guideThatDoesNotSayWhenItWasReviewed_isNotWarnedAbout() {
        assertEquals(List.of(), new StaleGuides(on("2040-01-01")).in(KnowledgeFixtures.valid()));
    }

    @Test
    void toReview_forAuthors_listsAGuideReviewedOverAYearAgo_withOwner_butNotOneReviewedWithinTheYear() {
        KnowledgeBase knowledge = loader.load(KnowledgeFixtures.folder("reviewed-guide"));

        List<StaleGuides.Stale> stale = new StaleGuides(on("2026-06-02")).toReview(knowledge);

        assertEquals(1, stale.size(), stale::toString);
        assertEquals("backend-developer-to-cloud-engineer", stale.get(0).guide().id());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), stale.get(0).reviewed());
        assertEquals(Optional.of("Career coaching team"), stale.get(0).owner());
        assertEquals(List.of(), new StaleGuides(on("2026-06-01")).toReview(knowledge));
    }

    @Test
    void toReview_forAuthors_listsEveryGuideWithoutAReviewedDate() {
        KnowledgeBase knowledge = KnowledgeFixtures.valid();

        List<StaleGuides.Stale> stale = new StaleGuides(on("2026-06-02")).toReview(knowledge);

        assertEquals(knowledge.size(), stale.size(), stale::toString);
        assertTrue(stale.stream().allMatch(s -> s.reviewed().isEmpty()), stale::toString);
    }

    @Test
    void realGuides_sayWhoLooksAfterThemAndWhenTheyWereReviewed() {
        KnowledgeBase real = loader.load(Path.of("knowledge"));
        for (GuideEntry entry : real.guides()) {
            assertEquals(new Guide.Freshness(Optional.of("Career coaching team"), Optional.of(LocalDate.of(2026, 11, 20))),
                    real.guideById(entry.id()).orElseThrow().freshness(), entry.id());
        }
    }
}
