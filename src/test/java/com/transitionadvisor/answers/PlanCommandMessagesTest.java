package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.plans.SharePoster;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The edges of {@code /transition plan …} as a person meets them, through {@link Assistant#command(String, Requester)}
 * on a real (H2) database: ticking twice, reopening what is open, deleting, planning the same guide again,
 * fractional hours, and a word after the roles that is no pace. Each test has its own user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCommandMessagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String MAKE = "plan backend developer to cloud engineer part-time";

    private Path folder;
    private Database database;
    private Application app;
    private JdbcPlanStore store;

    @BeforeAll
    void open() throws Exception {
        folder = Files.createTempDirectory("plan-messages");
        database = Database.open(DatabaseConfig.h2File(folder));
        store = new JdbcPlanStore(database, CLOCK);
        app = TestApplications.withPlans(store, CLOCK);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private Reply command(String user, String text) {
        return app.assistant().command(text, new Requester(user, Optional.of("C1"), SharePoster.NONE));
    }

    private String shown(String user, String text) {
        return app.presenter().console(command(user, text), Audience.privately());
    }

    private PlanOutcome outcome(String user, String text) {
        return assertInstanceOf(Reply.PlanReply.class, command(user, text)).outcome();
    }

    @Test
    void done_onAMilestoneAlreadyTicked_saysSo_andChangesNothing() {
        command("U-TWICE", MAKE);
        command("U-TWICE", "plan done 1");

        String again = shown("U-TWICE", "plan done 1");

        assertTrue(again.contains("Milestone 1 was already ticked off; nothing changed."), again);
        assertEquals(Set.of(0), store.activePlan("U-TWICE").orElseThrow().done());
    }

    @Test
    void undo_onAnOpenMilestone_saysThereWasNothingToReopen() {
        command("U-REOPEN", MAKE);

        String text = shown("U-REOPEN", "plan undo 2");

        assertTrue(text.contains("Milestone 2 isn't ticked off, so there was nothing to reopen."), text);
        assertFalse(text.contains("reopened."), text);
    }

    @Test
    void delete_asksFirst_withAButton_andOnlyConfirmDeletes() {
        command("U-DELETE", MAKE);

        PlanOutcome asked = outcome("U-DELETE", "plan delete");

        PlanOutcome.ConfirmDelete confirm = assertInstanceOf(PlanOutcome.ConfirmDelete.class, asked);
        assertTrue(store.activePlan("U-DELETE").isPresent(), "nothing deleted yet");
        String text = app.presenter().console(new Reply.PlanReply(asked), Audience.privately());
        assertTrue(text.contains("Delete your study plan?") && text.contains("/transition plan delete confirm"), text);
        assertEquals(confirm.plan().id(), store.activePlan("U-DELETE").orElseThrow().id());

        assertInstanceOf(PlanOutcome.Deleted.class, outcome("U-DELETE", "plan delete confirm"));
        assertTrue(store.activePlan("U-DELETE").isEmpty());
    }

    @Test
    void theSameGuideAgain_withAnotherPace_offersPlanPace_andLosesNothing() {
        command("U-AGAIN", MAKE);
        command("U-AGAIN", "plan done 1");
        StudyPlan before = store.activePlan("U-AGAIN").orElseThrow();

        PlanOutcome again = outcome("U-AGAIN", "plan backend developer to cloud engineer full-time");

        PlanOutcome.AlreadyPlanned offer = assertInstanceOf(PlanOutcome.AlreadyPlanned.class, again);
        assertEquals(Optional.of(Pace.fullTime()), offer.pace());
        String text = app.presenter().console(new Reply.PlanReply(again), Audience.privately());
        assertTrue(text.contains("/transition plan pace full-time") && text.contains("progress is kept"), text);
        assertFalse(text.contains("Replace your current plan?"), text);
        assertEquals(before, store.activePlan("U-AGAIN").orElseThrow(), "nothing changed yet");
    }

    @Test
    void theSameGuideAgain_withNothingNew_showsThePlan() {
        command("U-SAME", MAKE);

        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class, outcome("U-SAME", MAKE));

        assertTrue(shown.notice().orElseThrow().startsWith("You already have this plan"), shown.notice()::toString);
    }

    @Test
    void fractionalHours_areRounded_andTheReplySaysSo() {
        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class,
                outcome("U-HALF", "plan backend developer to cloud engineer 2.5 hours a week start 2027-03-01"));

        assertEquals(Pace.hours(3), shown.plan().pace());
        assertTrue(shown.notice().orElseThrow().contains("rounded 2.5 hours a week to 3 hours a week"), shown.notice()::toString);

        PlanOutcome.Shown changed = assertInstanceOf(PlanOutcome.Shown.class, outcome("U-HALF", "plan pace 7,5 hours"));
        assertEquals(Pace.hours(8), changed.plan().pace());
        assertTrue(changed.notice().orElseThrow().contains("rounded 7,5 hours a week to 8 hours a week"), changed.notice()::toString);
    }

    @Test
    void aWordAfterTheRolesThatIsNoPaceOrDate_getsAPaceMessage_notAnUnknownRole() {
        Reply reply = command("U-SOMETIMES", "plan backend dev to cloud eng sometimes");

        PlanOutcome.Problem problem = assertInstanceOf(PlanOutcome.Problem.class, assertInstanceOf(Reply.PlanReply.class, reply).outcome());
        assertTrue(problem.message().startsWith("I couldn't read “sometimes” as a pace or a start date."), problem.message());
        assertTrue(problem.message().contains("/transition plan backend developer to cloud engineer 5 hours a week"), problem.message());
        assertTrue(store.activePlan("U-SOMETIMES").isEmpty());
    }

    @Test
    void aRoleThatIsReallyUnknown_stillGetsTheGuideSuggestions() {
        Reply reply = command("U-UNKNOWN", "plan backend dev to astronaut");

        assertFalse(reply instanceof Reply.PlanReply plan && plan.outcome() instanceof PlanOutcome.Problem, reply::toString);
    }

    @Test
    void aStartDateAfterTheRoles_isStillRead() {
        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class,
                outcome("U-DATE", "plan backend developer to cloud engineer start 2027-04-05"));

        assertEquals(LocalDate.of(2027, 4, 5), shown.plan().startDate());
    }
}
