package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A study plan asked for in a direct message, through {@link Assistant#message} as Slack and the console call it,
 * on a real (H2) database. Each test is its own person in their own conversation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanAskedInWordsTest {
    /** A Monday. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String GUIDE = "backend-developer-to-cloud-engineer";

    private Database database;
    private JdbcPlanStore store;
    private Application app;

    @BeforeAll
    void open() throws Exception {
        database = Database.open(DatabaseConfig.h2File(Files.createTempDirectory("plan-in-words")));
        store = new JdbcPlanStore(database, CLOCK);
        app = TestApplications.withPlans(store, CLOCK);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private Reply dm(String user, String text) {
        return app.assistant().message("D-" + user, user, text);
    }

    private PlanOutcome planOutcome(Reply reply) {
        return assertInstanceOf(Reply.PlanReply.class, reply, () -> "a plan reply, not " + reply).outcome();
    }

    @Test
    void makeMeAStudyPlan_withTheMoveNamed_isMadeAsTheCommandWouldMakeIt() {
        PlanOutcome outcome = planOutcome(dm("U-NAMED",
                "make me a study plan from backend developer to cloud engineer, 5 hours a week, starting next monday"));

        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class, outcome);
        StudyPlan saved = store.activePlan("U-NAMED").orElseThrow();
        assertEquals(shown.plan(), saved);
        assertEquals(GUIDE, saved.guideId());
        assertEquals(Pace.hours(5), saved.pace());
        assertEquals(LocalDate.of(2027, 3, 8), saved.startDate());
    }

    @Test
    void makeMeAStudyPlan_afterTheMoveWasDiscussed_usesTheConversationsGuide() {
        dm("U-CONTEXT", "backend developer to cloud engineer");

        PlanOutcome outcome = planOutcome(dm("U-CONTEXT", "make me a study plan, 5 hours a week"));

        assertInstanceOf(PlanOutcome.Shown.class, outcome);
        assertEquals(GUIDE, store.activePlan("U-CONTEXT").orElseThrow().guideId());
        assertEquals(Pace.hours(5), store.activePlan("U-CONTEXT").orElseThrow().pace());
    }

    @Test
    void makeMeAStudyPlan_withNoMoveKnown_asksForIt_andTheNextMessageNamingOneMakesIt() {
        PlanOutcome asked = planOutcome(dm("U-ASK", "make me a study plan, 5 hours a week"));

        PlanOutcome.WhichMove which = assertInstanceOf(PlanOutcome.WhichMove.class, asked);
        assertEquals("5 hours a week", which.options());
        String text = app.presenter().console(new Reply.PlanReply(asked), Audience.directMessage());
        assertTrue(text.contains("Which move") && text.contains("/transition plan backend developer to cloud engineer 5 hours a week"), text);
        assertTrue(store.activePlan("U-ASK").isEmpty(), "nothing made yet");

        PlanOutcome made = planOutcome(dm("U-ASK", "backend dev to cloud eng"));

        assertInstanceOf(PlanOutcome.Shown.class, made);
        assertEquals(Pace.hours(5), store.activePlan("U-ASK").orElseThrow().pace(), "the pace asked for first is kept");
    }

    @Test
    void makeMeAStudyPlan_withNoMoveKnown_isMadeByTheNextMessageThatSaysTheMoveInWords() {
        assertInstanceOf(PlanOutcome.WhichMove.class, planOutcome(dm("U-WORDS", "make me a study plan, 5 hours a week")));

        PlanOutcome made = planOutcome(dm("U-WORDS", "I'm a backend dev and want to become a cloud engineer"));

        assertInstanceOf(PlanOutcome.Shown.class, made);
        assertEquals(GUIDE, store.activePlan("U-WORDS").orElseThrow().guideId());
        assertEquals(Pace.hours(5), store.activePlan("U-WORDS").orElseThrow().pace());
    }

    @Test
    void planAlone_showsHowToMakeOne_andOnceMade_showsIt() {
        assertInstanceOf(PlanOutcome.NoPlan.class, planOutcome(dm("U-ALONE", "plan")));
        dm("U-ALONE", "plan backend developer to cloud engineer part-time");

        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class, planOutcome(dm("U-ALONE", "plan")));
        assertEquals(GUIDE, shown.plan().guideId());
        assertInstanceOf(PlanOutcome.Shown.class, planOutcome(dm("U-ALONE", "show me my plan")));
    }

    @Test
    void aQuestionAboutTheGuidesPlan_isStillAnsweredFromTheGuide() {
        dm("U-QUESTION", "backend developer to cloud engineer");

        Reply reply = dm("U-QUESTION", "what's the study plan for the first two months?");

        assertTrue(!(reply instanceof Reply.PlanReply), () -> "answered from the guide: " + reply);
        assertTrue(store.activePlan("U-QUESTION").isEmpty());
    }

    @Test
    void exportInADirectMessage_handsOverTheFile() {
        dm("U-EXPORT", "plan backend developer to cloud engineer");

        Reply reply = dm("U-EXPORT", "plan export ical");

        assertEquals(1, reply.files().size());
        assertEquals("text/calendar", reply.files().get(0).mimetype());
    }
}
