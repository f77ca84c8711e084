package com.transitionadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Guide.MonthRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base the app ships with ({@code knowledge/}, relative to the project root where Maven runs the
 * tests): it loads, and the facts carried over from the two seed documents are still there.
 */
class RealKnowledgeBaseTest {
    static final Path KNOWLEDGE = Path.of("knowledge");

    private final KnowledgeBase knowledge = new KnowledgeBaseLoader().load(KNOWLEDGE);

    private Guide guide(String id) {
        return knowledge.guideById(id).orElseThrow(() -> new AssertionError("no guide " + id));
    }

    @Test
    void realKnowledgeBase_validatesWithoutProblems() {
        assertEquals(List.of(), new KnowledgeBaseLoader().validate(KNOWLEDGE));
    }

    @Test
    void backendToCloud_hasTheTenSkillsOfTheSeedTable() {
        Guide guide = guide("backend-developer-to-cloud-engineer");

        assertEquals(10, guide.transferableSkills().size());
        assertTrue(guide.transferableSkills().stream().allMatch(s -> s.difficulty().isPresent()),
                "every row of the seed table has a transfer difficulty");
    }

    @Test
    void backendToCloud_hasTheThreeGapsWithNetworkingFirst() {
        List<String> gaps = guide("backend-developer-to-cloud-engineer").gaps().stream().map(Guide.Gap::name).toList();

        assertEquals(3, gaps.size(), gaps::toString);
        assertTrue(gaps.get(0).startsWith("Networking"), gaps::toString);
        assertTrue(gaps.get(1).contains("Infrastructure-as-code") && gaps.get(1).contains("Terraform"), gaps::toString);
        assertTrue(gaps.get(2).startsWith("Operations and cost"), gaps::toString);
    }

    @Test
    void backendToCloud_timelineIsSixToTwelvePartTimeThreeToSixFullTimeInThreeTwoMonthPhases() {
        Guide.Timeline timeline = guide("backend-developer-to-cloud-engineer").timeline();

        assertEquals(Optional.of(new MonthRange(6, 12)), timeline.partTime());
        assertEquals(Optional.of(new MonthRange(3, 6)), timeline.fullTime());
        assertEquals(List.of(Optional.of(new MonthRange(1, 2)), Optional.of(new MonthRange(3, 4)),
                        Optional.of(new MonthRange(5, 6))),
                timeline.phases().stream().map(Guide.Phase::months).toList());
        assertEquals(List.of("Months 1–2", "Months 3–4", "Months 5–6"),
                timeline.phases().stream().map(Guide.Phase::when).toList());
    }

    @Test
    void backendToCloud_hasNoSalaryBecauseTheSeedGivesNone() {
        Guide guide = guide("backend-developer-to-cloud-engineer");

        assertEquals(Optional.empty(), guide.salary());
        assertFalse(guide.has(Section.SALARY));
    }

    @Test
    void backendToCloud_hasThreeCareerPathsAndTheMostCommonMistake() {
        Guide guide = guide("backend-developer-to-cloud-engineer");

        assertEquals(3, guide.paths().size());
        assertTrue(guide.paths().get(2).name().toLowerCase(java.util.Locale.ROOT).contains("architect"));
        assertTrue(guide.mistakes().get(0).title().toLowerCase(java.util.Locale.ROOT).contains("operational"));
    }

    @Test
    void cloudToBackend_hasTheFiveGapsInSourceOrder() {
        assertEquals(List.of("Python or Node.js", "SQL database design and optimisation", "NoSQL databases",
                        "API design and documentation", "Message queues (RabbitMQ, Kafka)"),
                guide("cloud-engineer-to-backend-developer").gaps().stream().map(Guide.Gap::name).toList());
    }

    @Test
    void cloudToBackend_hasTheUkSalaryFiguresExactlyAsInTheSeed() {
        Guide.Salary salary = guide("cloud-engineer-to-backend-developer").salary().orElseThrow();
        List<String> ranges = salary.figures().stream().map(Guide.SalaryFigure::range).toList();

        assertEquals(Optional.of("UK"), salary.region());
        for (String figure : List.of("£50,000–£75,000", "£26,000–£38,000", "£42,000–£65,000", "£70,000–£110,000+")) {
            assertTrue(ranges.stream().anyMatch(r -> r.contains(figure)), () -> figure + " missing from " + ranges);
        }
    }

    @Test
    void cloudToBackend_hasTheEightFaqEntriesAndTheTwoInterviewQuestions() {
        Guide guide = guide("cloud-engineer-to-backend-developer");

        assertEquals(8, guide.faq().size());
        Guide.Interview interview = guide.interview().orElseThrow();
        assertEquals(2, interview.questions().size(), interview.questions()::toString);
        assertTrue(interview.example().isPresent(), "the seed's example answer template");
        assertEquals(Optional.of(new MonthRange(6, 12)), guide.timeline().partTime());
    }

    @Test
    void template_validatesAgainstTheRealRoles(@TempDir Path folder) throws IOException {
        // Keeps TEMPLATE.yml honest: a coach who copies it unchanged must get a guide that loads.
        Files.copy(KNOWLEDGE.resolve(KnowledgeBaseLoader.ROLES_FILE), folder.resolve(KnowledgeBaseLoader.ROLES_FILE));
        Path guides = Files.createDirectory(folder.resolve(KnowledgeBaseLoader.GUIDES_FOLDER));
        Files.copy(KNOWLEDGE.resolve("TEMPLATE.yml"), guides.resolve("backend-developer-to-cloud-engineer.yml"));

        assertEquals(List.of(), new KnowledgeBaseLoader().validate(folder));
        Guide template = KnowledgeFixtures.fullGuides(new KnowledgeBaseLoader().load(folder)).get(0);
        assertEquals(List.of(Section.values()), template.sections(), "the template shows every section a guide can have");
    }
}
