package com.transitionadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Difficulty;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.search.Passage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every page of every section of every guide in {@code knowledge/}, and every other reply, fits in Slack. */
class EveryGuideRendersWithinLimitsTest {
    private static final KnowledgeBase KNOWLEDGE = TestApplications.REAL_KNOWLEDGE;
    private static final Map<String, Audience> AUDIENCES = Map.of(
            "privately", Audience.privately(),
            "direct message", Audience.directMessage(),
            "thread", Audience.thread(),
            "shared", Audience.sharedBy("U0123ABCD"));

    private final CardComposer composer = new CardComposer(KNOWLEDGE.guides());
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final Assistant assistant = TestApplications.of(KNOWLEDGE).assistant();

    private SlackMessage render(Reply reply, Audience audience) {
        return renderer.render(composer.compose(reply, audience));
    }

    @Test
    void knowledgeBase_hasGuidesToRender() {
        assertFalse(KNOWLEDGE.guides().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyPageOfEverySectionOfEveryGuide_isWithinLimitsForEveryAudience() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Guide guide : KnowledgeFixtures.fullGuides(KNOWLEDGE)) {
            for (Section section : guide.sections()) {
                int pages = GuideCards.pageCount(guide, section);
                for (int page = 0; page < pages; page++) {
                    for (Map.Entry<String, Audience> audience : AUDIENCES.entrySet()) {
                        Reply reply = assistant.open(guide.id(), section, page);
                        tests.add(dynamicTest(guide.id() + " " + section.key() + " page " + (page + 1) + "/" + pages
                                + " " + audience.getKey(), () -> {
                            SlackMessage message = render(reply, audience.getValue());
                            BlockKitLimitsAssert.assertWithinLimits(message);
                            assertButtonsLeadToGuidePages(message);
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyPage_isReachableAndDistinct_untilTheLastOneRepeats() {
        // Walks the pages the way a user does (Assistant.open with page+1) and checks the page count is honest:
        // each page up to the count differs from the one before, and asking beyond it repeats the last one.
        for (Guide guide : KnowledgeFixtures.fullGuides(KNOWLEDGE)) {
            for (Section section : guide.sections()) {
                int pages = GuideCards.pageCount(guide, section);
                List<JsonNode> rendered = IntStream.rangeClosed(0, pages)
                        .mapToObj(page -> BlockKitLimitsAssert.toJson(
                                render(assistant.open(guide.id(), section, page), Audience.directMessage()).blocks()))
                        .toList();
                for (int page = 1; page < pages; page++) {
                    assertFalse(rendered.get(page).equals(rendered.get(page - 1)),
                            guide.id() + " " + section + " page " + (page + 1) + " repeats the page before");
                }
                assertEquals(rendered.get(pages - 1), rendered.get(pages),
                        guide.id() + " " + section + ": a page beyond the last shows the last");
            }
        }
    }

    /** One or more replies of every kind the app can give, each named for what it shows. */
    private Map<String, Reply> everyOtherReply() {
        Guide backendToCloud = KNOWLEDGE.guideById("backend-developer-to-cloud-engineer").orElseThrow();
        Guide cloudToBackend = KNOWLEDGE.guideById("cloud-engineer-to-backend-developer").orElseThrow();
        String longQuestion = "how long does it take, " + "really, ".repeat(400) + "<!channel>?";
        Map<String, Reply> replies = new LinkedHashMap<>();
        replies.put("help", assistant.command("help"));
        replies.put("list", assistant.command("list"));
        replies.put("no guide for the pair", assistant.command("backend developer to data engineer"));
        replies.put("unknown role", assistant.command("pilot to cloud engineer"));
        replies.put("two unknown roles", assistant.command("pilot to chef"));
        replies.put("unknown role, very long input", assistant.command("x".repeat(10_000)));
        replies.put("guides of one role", assistant.command("cloud engineer"));
        replies.put("role with no guides", assistant.command("data engineer"));
        replies.put("free-text question", assistant.message("c1", "U1", "how long does it take to go from backend developer to cloud engineer?"));
        replies.put("free-text question nobody covers", assistant.message("c2", "U1", "what's the weather like?"));
        replies.put("passage answer, one long passage", new Reply.PassageAnswer(cloudToBackend, List.of(
                passage(cloudToBackend, Section.FAQ, "x ".repeat(5_000))), Section.FAQ, longQuestion, Optional.empty()));
        replies.put("passage answer, several passages and a caveat", new Reply.PassageAnswer(backendToCloud, List.of(
                passage(backendToCloud, Section.GAPS, "y ".repeat(3_000)), passage(backendToCloud, Section.TIMELINE, "z ".repeat(3_000)),
                passage(backendToCloud, Section.SKILLS, "w ".repeat(3_000))), Section.GAPS, longQuestion,
                Optional.of("This guide has no salary figures. ".repeat(100))));
        replies.put("which guide", new Reply.WhichGuide(longQuestion, KNOWLEDGE.guides()));
        replies.put("not covered, unknown goal", new Reply.NotCovered(longQuestion, Optional.of("astronaut ".repeat(300)),
                Optional.empty(), KNOWLEDGE.guides()));
        replies.put("not covered, in a guide's context", new Reply.NotCovered(longQuestion, Optional.empty(),
                Optional.of(backendToCloud.entry()), KNOWLEDGE.guides()));
        replies.put("unanswered questions, none yet", new Reply.Unanswered(List.of()));
        replies.put("unanswered questions, many and long", new Reply.Unanswered(IntStream.range(0, 60)
                .mapToObj(i -> new QuestionLog.Frequent(i + " " + longQuestion, 60 - i, Instant.parse("2025-03-01T10:00:00Z")))
                .toList()));
        com.transitionadvisor.plans.PlanSamples.outcomes().forEach((name, outcome) -> replies.put("plan: " + name, new Reply.PlanReply(outcome)));
        replies.put("question log for authors only, many authors", new Reply.AuthorsOnly(IntStream.range(0, 500)
                .mapToObj(i -> "U" + String.format("%010d", i)).toList()));
        replies.put("question log for authors only, none named", new Reply.AuthorsOnly(List.of()));
        replies.put("for authors, nothing to do", new Reply.AuthorsDesk(List.of(), List.of()));
        replies.put("for authors, many stale guides and long typed moves", new Reply.AuthorsDesk(IntStream.range(0, 200)
                .mapToObj(i -> new com.transitionadvisor.knowledge.StaleGuides.Stale(backendToCloud.entry(),
                        i % 2 == 0 ? Optional.empty() : Optional.of(java.time.LocalDate.of(2020, 1, 1)), Optional.of("owner ".repeat(100))))
                .toList(), IntStream.range(0, 200).mapToObj(i -> new Reply.RequestedMove("x".repeat(100) + " <!channel>", false,
                        "Cloud Engineer", true, 1000 - i)).toList()));
        replies.put("for authors only", new Reply.AuthorsDeskRefused());
        replies.put("help for an author", ((Reply.Help) assistant.command("help")).withAuthorCommands());
        for (QuestionLog.Vote vote : QuestionLog.Vote.values()) {
            replies.put("feedback " + vote + ", 👎", new Reply.FeedbackNoted(false, vote));
            replies.put("feedback " + vote + ", 👍", new Reply.FeedbackNoted(true, vote));
        }
        replies.put("sent privately", new Reply.SentPrivately(true));
        replies.put("could not send privately", new Reply.SentPrivately(false));
        replies.put("not followed", new Reply.NotFollowed(longQuestion, KNOWLEDGE.guides()));
        replies.put("greeting", new Reply.SmallTalk(false));
        replies.put("thanks", new Reply.SmallTalk(true));
        return replies;
    }

    private static Passage passage(Guide guide, Section section, String text) {
        return new Passage(guide, 0, section, com.transitionadvisor.knowledge.vocabulary.PassageKind.MORE_NOTE, section.title() + " <!here>", text,
                Set.of(), Set.of());
    }

    @Test
    void everyOtherReply_coversEveryKindOfReply() {
        // A new kind of reply must be added to everyOtherReply() so that its layout is checked against the limits.
        Set<Class<?>> covered = everyOtherReply().values().stream().map(Object::getClass).collect(Collectors.toSet());
        covered.add(Reply.GuideAnswer.class); // every page of every guide, above
        assertEquals(Set.of(Reply.class.getPermittedSubclasses()), covered);
    }

    @TestFactory
    Stream<DynamicTest> everyOtherReply_isWithinLimitsForEveryAudience() {
        List<DynamicTest> tests = new ArrayList<>();
        everyOtherReply().forEach((name, reply) -> AUDIENCES.forEach((audienceName, audience) ->
                tests.add(dynamicTest(name + " " + audienceName,
                        () -> BlockKitLimitsAssert.assertWithinLimits(render(reply, audience))))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> guideFarBiggerThanAnyRealOne_stillRendersWithinLimits() {
        Guide huge = HugeGuide.create();
        List<DynamicTest> tests = new ArrayList<>();
        for (Section section : huge.sections()) {
            int pages = GuideCards.pageCount(huge, section);
            for (int page = 0; page < pages; page++) {
                int shown = page;
                for (Map.Entry<String, Audience> audience : AUDIENCES.entrySet()) {
                    tests.add(dynamicTest(section.key() + " page " + (page + 1) + "/" + pages + " " + audience.getKey(),
                            () -> BlockKitLimitsAssert.assertWithinLimits(
                                    render(new Reply.GuideAnswer(huge, section, shown), audience.getValue()))));
                }
            }
        }
        return tests.stream();
    }

    private static void assertButtonsLeadToGuidePages(SlackMessage message) {
        for (JsonNode block : BlockKitLimitsAssert.toJson(message.blocks())) {
            for (JsonNode element : block.path("elements")) {
                if (!"button".equals(element.path("type").asText())) {
                    continue;
                }
                String value = element.path("value").asText();
                Optional<UiAction.GuideTarget> target = UiAction.guideTarget(value);
                assertTrue(target.isPresent(), () -> "button value '" + value + "' is not a guide target");
                Guide guide = KNOWLEDGE.guideById(target.get().guideId()).orElseThrow(
                        () -> new AssertionError("button points at unknown guide " + value));
                assertTrue(guide.has(target.get().section()), () -> "button points at a missing section: " + value);
            }
        }
    }

    /** A guide with far more and far longer content than a coach would write, to push every limit. */
    static final class HugeGuide {
        private HugeGuide() {
        }

        static Guide create() {
            Role from = new Role("a-role-with-a-very-long-name-" + "x".repeat(40), "A Role With A Very Long Name " + "Y".repeat(120), List.of());
            Role to = new Role("cloud-engineer", "Cloud Engineer", List.of());
            String para = "Text with <!channel> & <@U123> in it, ending in an emoji 🚀. ".repeat(60);
            List<Guide.TransferableSkill> skills = IntStream.range(0, 60).mapToObj(i -> new Guide.TransferableSkill(
                    "Skill " + i + " " + para.substring(0, 200), Optional.of(para), Optional.of(Difficulty.MEDIUM),
                    Optional.of(para))).toList();
            List<Guide.Gap> gaps = IntStream.range(0, 45).mapToObj(i -> new Guide.Gap("Gap " + i, para + para, para)).toList();
            List<Guide.Phase> phases = IntStream.range(0, 30).mapToObj(i -> new Guide.Phase("Month " + (i + 1),
                    Optional.of(new Guide.MonthRange(i + 1, i + 1)), "Phase " + i, List.of(para, para, para))).toList();
            Guide.Timeline timeline = new Guide.Timeline(para, Optional.of(new Guide.MonthRange(6, 12)),
                    Optional.of(new Guide.MonthRange(3, 6)), phases);
            Guide.Interview interview = new Guide.Interview(List.of(para, para, para, para, para, para, para, para, para, para),
                    IntStream.range(0, 40).mapToObj(i -> "Tip " + i + ": " + para).toList(), Optional.of(para + para + para));
            Guide.Salary salary = new Guide.Salary(Optional.of("UK"), IntStream.range(0, 50).mapToObj(i ->
                    new Guide.SalaryFigure("Role " + i, "Level " + i, "£" + i + "0,000–£" + i + "9,000")).toList(),
                    Optional.of(para + para));
            List<Guide.CareerPath> paths = IntStream.range(0, 20).mapToObj(i ->
                    new Guide.CareerPath("Path " + i, para, Optional.of(para), i == 0)).toList();
            List<Guide.Mistake> mistakes = IntStream.range(0, 20).mapToObj(i ->
                    new Guide.Mistake("Mistake " + i, para, Optional.of(para))).toList();
            List<Guide.FaqEntry> faq = IntStream.range(0, 50).mapToObj(i -> new Guide.FaqEntry("Question " + i + "?", para)).toList();
            List<Guide.ExtraNote> notes = new ArrayList<>();
            for (Section section : Section.values()) {
                for (int i = 0; i < 6; i++) {
                    notes.add(new Guide.ExtraNote(section, "Note " + i, para + para + para));
                }
            }
            Guide.Overview overview = new Guide.Overview(Optional.of(para + para + para), Optional.of(para + para),
                    Optional.of(new Guide.DayToDay(para + para, para + para)),
                    IntStream.range(0, 40).mapToObj(i -> "Key point " + i + " " + para).toList());
            return new Guide(Guide.idFor(from, to), from, to, para, Optional.of(overview), skills, gaps, timeline,
                    Optional.of(interview), Optional.of(salary), paths, mistakes, faq, notes, "huge.yml");
        }
    }
}
