package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.RoleMatcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisorTest {

    /** Text in, reply out, the way {@code /transition <text>} is answered. */
    private static Reply ask(KnowledgeBase knowledge, String text) {
        RoleMatcher roles = new RoleMatcher(knowledge.roles());
        return new Advisor(knowledge, roles).answer(new CommandParser(roles, TestVocabulary.REAL).parse(text));
    }

    private static List<String> ids(List<GuideEntry> guides) {
        return guides.stream().map(GuideEntry::id).toList();
    }

    /**
     * The fixture knowledge base: backend→cloud (every section), cloud→backend, data→backend, cloud→data (only the
     * required sections), and Frontend Developer with no guide at all.
     */
    @Nested
    class WithFixtureGuides {
        private final KnowledgeBase knowledge = KnowledgeFixtures.valid();

        @Test
        void answer_knownPair_isThatGuideAtItsOverview() {
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class, ask(knowledge, "backend dev to cloud eng"));

            assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
            assertEquals(Section.OVERVIEW, answer.section());
            assertEquals(0, answer.page());
        }

        @Test
        void answer_reversePair_isTheReverseGuideNotTheOneAskedBackwards() {
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class, ask(knowledge, "cloud engineer to backend developer"));
            assertEquals("cloud-engineer-to-backend-developer", answer.guide().id());
        }

        @ParameterizedTest(name = "\"{0}\" opens {1}")
        @CsvSource({
                "backend developer to cloud engineer gaps, GAPS",
                "backend developer to cloud engineer skills, SKILLS",
                "backend developer to cloud engineer salary, SALARY",
                "backend developer to cloud engineer faq, FAQ",
                "timeline backend developer to cloud engineer, TIMELINE",
        })
        void answer_knownPairWithSection_opensThatSection(String text, Section section) {
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class, ask(knowledge, text));
            assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
            assertEquals(section, answer.section());
        }

        @Test
        void answer_sectionTheGuideLacks_isTheOverviewOfThatGuide() {
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class,
                    ask(knowledge, "cloud engineer to backend developer salary"));

            assertEquals("cloud-engineer-to-backend-developer", answer.guide().id());
            assertEquals(Section.OVERVIEW, answer.section());
        }

        @Test
        void answer_pairWithoutGuide_suggestsReverseRouteThenSameStartThenSameTarget() {
            Reply.NoGuide noGuide = assertInstanceOf(Reply.NoGuide.class, ask(knowledge, "backend developer to data engineer"));

            assertEquals("backend-developer", noGuide.from().id());
            assertEquals("data-engineer", noGuide.to().id());
            assertEquals(List.of(
                            "data-engineer-to-backend-developer",   // the reverse route
                            "backend-developer-to-cloud-engineer",  // same starting role
                            "cloud-engineer-to-data-engineer",      // same target role
                            "cloud-engineer-to-backend-developer"), // guides that touch either role
                    ids(noGuide.suggestions()));
        }

        @Test
        void answer_roleWithNoGuidesAtAll_isNoGuideSuggestingGuidesIntoTheTarget() {
            Reply.NoGuide noGuide = assertInstanceOf(Reply.NoGuide.class, ask(knowledge, "frontend developer to cloud engineer"));

            assertEquals("frontend-developer", noGuide.from().id());
            assertEquals("backend-developer-to-cloud-engineer", ids(noGuide.suggestions()).get(0));
        }

        @Test
        void answer_misspeltRoleBeyondTypoRange_isUnknownRoleWithDidYouMean() {
            Reply.UnknownRole unknown = assertInstanceOf(Reply.UnknownRole.class, ask(knowledge, "backnd develpr to cloud engineer"));

            assertEquals(List.of("backnd develpr"), unknown.unknownPhrases());
            assertEquals("backend-developer", unknown.didYouMean().get(0).id());
            assertEquals("backend-developer-to-cloud-engineer", ids(unknown.suggestions()).get(0),
                    "guides into the role that was understood");
        }

        @Test
        void answer_bothRolesUnknown_namesBothAndSuggestsNoGuide() {
            Reply.UnknownRole unknown = assertInstanceOf(Reply.UnknownRole.class, ask(knowledge, "pilot to chef"));

            assertEquals(List.of("pilot", "chef"), unknown.unknownPhrases());
            assertEquals(List.of(), unknown.didYouMean());
            assertEquals(List.of(), unknown.suggestions());
        }

        @Test
        void answer_sameRoleTwice_listsTheGuidesOfThatRole() {
            Reply.RoleGuides guides = assertInstanceOf(Reply.RoleGuides.class, ask(knowledge, "cloud engineer to cloud engineer"));

            assertEquals("cloud-engineer", guides.role().id());
            assertEquals(List.of("cloud-engineer-to-backend-developer", "cloud-engineer-to-data-engineer"), ids(guides.from()));
            assertEquals(List.of("backend-developer-to-cloud-engineer"), ids(guides.to()));
        }

        @Test
        void answer_oneRole_listsItsGuidesBothWays() {
            Reply.RoleGuides guides = assertInstanceOf(Reply.RoleGuides.class, ask(knowledge, "data engineer"));

            assertEquals(List.of("data-engineer-to-backend-developer"), ids(guides.from()));
            assertEquals(List.of("cloud-engineer-to-data-engineer"), ids(guides.to()));
        }

        @Test
        void answer_list_groupsEveryGuideByStartingRoleInNameOrder() {
            Reply.GuideList list = assertInstanceOf(Reply.GuideList.class, ask(knowledge, "list"));

            assertEquals(List.of("Backend Developer", "Cloud Engineer", "Data Engineer"),
                    list.groups().stream().map(g -> g.from().name()).toList());
            assertEquals(4, list.groups().stream().mapToInt(g -> g.guides().size()).sum());
        }

        @Test
        void answer_help_hasNoProblemAndSomeExampleGuides() {
            Reply.Help help = assertInstanceOf(Reply.Help.class, ask(knowledge, "help"));

            assertEquals(Optional.empty(), help.problem());
            assertFalse(help.examples().isEmpty());
        }

        @Test
        void open_existingGuideAndSection_isThatPage() {
            Advisor advisor = new Advisor(knowledge, new RoleMatcher(knowledge.roles()));
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class,
                    advisor.open("backend-developer-to-cloud-engineer", Section.FAQ, 0));
            assertEquals(Section.FAQ, answer.section());
        }

        @Test
        void open_staleGuideIdOrMissingSection_isTheGuideList() {
            Advisor advisor = new Advisor(knowledge, new RoleMatcher(knowledge.roles()));
            assertInstanceOf(Reply.GuideList.class, advisor.open("no-such-guide", Section.GAPS, 0));
            assertInstanceOf(Reply.GuideList.class, advisor.open("cloud-engineer-to-backend-developer", Section.SALARY, 0));
        }
    }

    /** The guides the app ships with. */
    @Nested
    class WithRealGuides {
        private final KnowledgeBase knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));

        @Test
        void answer_moveWhereNeitherRoleHasAGuide_suggestsGuidesOfRelatedRoles() {
            Reply.NoGuide noGuide = assertInstanceOf(Reply.NoGuide.class, ask(knowledge, "devops engineer to sre"));

            assertFalse(noGuide.suggestions().isEmpty(), "roles.yml relates DevOps and SRE to cloud engineering");
            assertTrue(noGuide.suggestions().stream().allMatch(g -> g.from().id().equals("cloud-engineer")
                    || g.to().id().equals("cloud-engineer")), ids(noGuide.suggestions()).toString());
        }

        @Test
        void answer_salaryForBackendToCloud_whichHasNoSalary_isTheOverviewOfThatGuide() {
            // The seed gives no salary figures for this move; the user gets the guide rather than an error.
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class,
                    ask(knowledge, "backend developer to cloud engineer salary"));

            assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
            assertEquals(Section.OVERVIEW, answer.section());
            assertFalse(answer.guide().has(Section.SALARY));
        }

        @Test
        void answer_backendToDataEngineer_isNoGuideWithTheBackendGuideSuggested() {
            Reply.NoGuide noGuide = assertInstanceOf(Reply.NoGuide.class, ask(knowledge, "backend developer to data engineer"));

            assertEquals("Data Engineer", noGuide.to().name());
            assertEquals(List.of("backend-developer-to-cloud-engineer", "cloud-engineer-to-backend-developer"),
                    ids(noGuide.suggestions()));
        }

        @ParameterizedTest(name = "\"{0}\" is not answered with a guide")
        @ValueSource(strings = {
                "pilot to cloud engineer",
                "chef to backend developer",
                "data to cloud engineer",
                "frontend developer to cloud engineer",
                "backend developer to data engineer",
                "devops to backend",
                "ios engineer to backend developer",
                "java engineer to backend developer",
        })
        void answer_pairWithoutAGuide_neverPresentsAnotherGuideAsTheAnswer(String text) {
            Reply reply = ask(knowledge, text);
            assertFalse(reply instanceof Reply.GuideAnswer, () -> text + " was answered with " + describe(reply));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource({
                "backend developer to cloud engineer, backend-developer, cloud-engineer",
                "cloud engineer to backend developer, cloud-engineer, backend-developer",
                "bakend developr to clod engineer, backend-developer, cloud-engineer",
                "salary cloud to backend, cloud-engineer, backend-developer",
        })
        void answer_guideAnswer_isAlwaysForTheRolesAsked(String text, String from, String to) {
            Reply.GuideAnswer answer = assertInstanceOf(Reply.GuideAnswer.class, ask(knowledge, text));
            assertEquals(from, answer.guide().from().id());
            assertEquals(to, answer.guide().to().id());
        }

        @Test
        void answer_unknownRole_offersGuidesTouchingTheKnownRoleOnly() {
            Reply.UnknownRole unknown = assertInstanceOf(Reply.UnknownRole.class, ask(knowledge, "pilot to cloud engineer"));

            assertEquals(List.of("pilot"), unknown.unknownPhrases());
            assertTrue(unknown.suggestions().stream()
                    .allMatch(g -> g.from().id().equals("cloud-engineer") || g.to().id().equals("cloud-engineer")));
            List<Role> didYouMean = unknown.didYouMean();
            assertEquals(List.of(), didYouMean, "nothing looks like 'pilot'");
        }

        private static String describe(Reply reply) {
            return reply instanceof Reply.GuideAnswer answer ? "the guide " + answer.guide().id() : reply.getClass().getSimpleName();
        }
    }
}
