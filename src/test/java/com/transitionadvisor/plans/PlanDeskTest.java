package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.RoleMatcher;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDeskTest {
    @TempDir
    Path folder;
    Database database;
    PlanDesk desk;
    final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    final Requester alice = new Requester("U1", Optional.of("C1"), (share, plan) -> new SharePoster.Posted("1.1"));
    final Requester bob = new Requester("U2", Optional.of("C1"), SharePoster.NONE);

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.h2File(folder));
        RoleMatcher roles = new RoleMatcher(GuideFixtures.knowledge().roles());
        desk = new PlanDesk(new PlanService(new JdbcPlanStore(database, clock), GuideFixtures.knowledge(), new PlanBuilder(), clock),
                GuideFixtures.knowledge(), roles, new CommandParser(roles), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void plan_withEverydayRoleNames_makesThePlan() {
        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class, desk.plan("backend dev to cloud engineer 20 hours a week", alice));
        assertEquals(GuideFixtures.BACKEND_TO_CLOUD, shown.plan().guideId());
        assertEquals(Pace.hours(20), shown.plan().pace());
        assertTrue(shown.canShare(), "asked in a channel");
    }

    @Test
    void plan_forAPairWithoutAGuide_isHandedBackForSuggestions() {
        assertEquals(new PlanOutcome.NoSuchGuide("backend developer", "data scientist"),
                desk.plan("backend developer to data scientist", alice));
    }

    @Test
    void plan_badPace_isAProblemWithAnExample() {
        PlanOutcome.Problem problem = assertInstanceOf(PlanOutcome.Problem.class, desk.plan("backend to cloud half-time", alice));
        assertTrue(problem.message().startsWith("I couldn't read “half-time” as a pace."), problem.message());
    }

    @Test
    void plan_showWithoutAPlan_offersTheGuides() {
        PlanOutcome.NoPlan none = assertInstanceOf(PlanOutcome.NoPlan.class, desk.plan("", alice));
        assertEquals(GuideFixtures.knowledge().guides(), none.guides());
    }

    @Test
    void tick_fromACheckboxGroup_appliesEveryChange() {
        StudyPlan plan = ((PlanOutcome.Shown) desk.plan("backend developer to cloud engineer", alice)).plan();
        PlanOutcome.Shown shown = assertInstanceOf(PlanOutcome.Shown.class, desk.tick("U1", plan.id(), Map.of(0, true, 2, true)));
        assertEquals(Set.of(0, 2), shown.plan().done());
        assertEquals(Optional.of("Progress saved."), shown.notice());
    }

    @Test
    void shareAndTeam_fromTheDeskInAChannel() {
        desk.plan("backend developer to cloud engineer", alice);
        PlanOutcome.Shared shared = assertInstanceOf(PlanOutcome.Shared.class, desk.plan("share", alice));
        assertInstanceOf(PlanOutcome.Shown.class, desk.follow("U2", shared.share().id(), false));
        PlanOutcome.TeamList team = assertInstanceOf(PlanOutcome.TeamList.class, desk.team(bob));
        assertEquals(2, team.team().members().size());
        assertInstanceOf(PlanOutcome.Problem.class, desk.team(Requester.of("U1")), "no channel in a DM");
    }

    @Test
    void follow_twiceOrOwnPlan_saysSoAndChangesNothing() {
        desk.plan("backend developer to cloud engineer", alice);
        PlanOutcome.Shared shared = (PlanOutcome.Shared) desk.plan("share", alice);
        desk.follow("U2", shared.share().id(), false);
        PlanOutcome.Shown again = assertInstanceOf(PlanOutcome.Shown.class, desk.follow("U2", shared.share().id(), false));
        assertEquals(Optional.of("You already follow this plan; it is in your App Home."), again.notice());
        PlanOutcome.Shown own = assertInstanceOf(PlanOutcome.Shown.class, desk.follow("U1", shared.share().id(), false));
        assertEquals(Optional.of("This is your own plan; it is already in your App Home."), own.notice());
    }

    @Test
    void share_withoutAChannel_explainsWhereToShare() {
        desk.plan("backend developer to cloud engineer", Requester.of("U1"));
        PlanOutcome.NotShared refused = assertInstanceOf(PlanOutcome.NotShared.class, desk.plan("share", Requester.of("U1")));
        assertEquals(SharePoster.Refusal.NO_CHANNEL, refused.reason());
    }

    @Test
    void export_withoutAPlan_saysHowToMakeOne() {
        PlanOutcome.Problem problem = assertInstanceOf(PlanOutcome.Problem.class, desk.plan("export ical", alice));
        assertTrue(problem.message().startsWith("You don't have a study plan yet."), problem.message());
    }

    @Test
    void home_showsThePlanAndTheGuides() {
        desk.plan("backend developer to cloud engineer", alice);
        desk.plan("check-in monday 9:00", alice);
        HomeView home = desk.home("U1", Optional.of("hi"));
        assertTrue(home.plan().isPresent());
        assertTrue(home.checkIns().isPresent());
        assertEquals(2, home.guides().size());
    }
}
