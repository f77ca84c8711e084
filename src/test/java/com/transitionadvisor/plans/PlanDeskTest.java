package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.HomeViewComposer;
import com.transitionadvisor.render.PlanCards;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.RoleMatcher;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
                GuideFixtures.knowledge(), roles, new CommandParser(roles, TestVocabulary.REAL), ZoneOffset.UTC);
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

    // ---- check-ins without a zone: the person's own, or UTC saying why -------------------------------------

    @Test
    void checkIns_withoutAZone_areInThePersonsOwnZone_andSaySo() {
        Requester carol = withZones("U3", user -> new UserZones.Found(ZoneId.of("Europe/Paris")));
        desk.plan("backend developer to cloud engineer", carol);

        PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class, desk.plan("check-in monday 9:00", carol));

        assertEquals(new CheckInSchedule("U3", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"), ZoneSource.PROFILE),
                on.schedule());
        assertEquals(Optional.of(on.schedule()), desk.service().checkInSchedule("U3"), "saved with where its zone came from");
        String reply = text(on);
        assertTrue(reply.contains("Weekly check-ins are on: Mondays at 09:00 (Europe/Paris, your Slack time zone)."), reply);
        assertFalse(reply.contains("UTC"), reply);
        String home = homeText("U3");
        assertTrue(home.contains("Weekly check-in: Mondays at 09:00 (Europe/Paris, your Slack time zone)."), home);
    }

    @Test
    void checkIns_withATypedZone_neverAskForTheOwnZone() {
        List<String> asked = new ArrayList<>();
        Requester carol = inParis("U3", asked);
        desk.plan("backend developer to cloud engineer", carol);

        PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class, desk.plan("check-in friday 16:30 asia/tokyo", carol));

        assertEquals(new CheckInSchedule("U3", DayOfWeek.FRIDAY, LocalTime.of(16, 30), ZoneId.of("Asia/Tokyo"), ZoneSource.TYPED),
                on.schedule());
        assertEquals(List.of(), asked);
        assertTrue(text(on).contains("Fridays at 16:30 (Asia/Tokyo)."), text(on));
    }

    @Test
    void checkIns_withoutAZone_whenTheOwnZoneIsMissing_areInUtc_sayingWhyAndHowToNameOne() {
        Map<ZoneSource, String> why = Map.of(
                ZoneSource.PROFILE_UNAVAILABLE, "(UTC, as I couldn't read your time zone from Slack)",
                ZoneSource.PROFILE_WITHOUT_ZONE, "(UTC, as your Slack profile has no time zone I can use)",
                ZoneSource.NO_PROFILE, "(UTC, as the console doesn't know your time zone)");
        for (Map.Entry<ZoneSource, String> reason : why.entrySet()) {
            Requester carol = withZones("U3", user -> new UserZones.Missing(reason.getKey()));
            desk.plan("replace backend developer to cloud engineer", carol);

            PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class, desk.plan("checkins wednesday 7:15 am", carol));

            assertEquals(new CheckInSchedule("U3", DayOfWeek.WEDNESDAY, LocalTime.of(7, 15), ZoneOffset.UTC, reason.getKey()),
                    on.schedule());
            String hint = "To use your own time zone, name it, e.g. /transition plan check-in wednesday 7:15 Europe/London.";
            String reply = text(on);
            assertTrue(reply.contains("Weekly check-ins are on: Wednesdays at 07:15 " + reason.getValue() + ". " + hint), reply);
            String home = homeText("U3");
            assertTrue(home.contains("Weekly check-in: Wednesdays at 07:15 " + reason.getValue() + ". " + hint), home);
        }
    }

    @Test
    void checkIns_withoutAZone_whenTheLookupThrowsOrAnswersNothing_areInUtc_andTheCommandWorks() {
        List<UserZones> broken = List.of(user -> {
            throw new IllegalStateException("boom");
        }, user -> null);
        for (UserZones zones : broken) {
            Requester carol = new Requester("U3", Optional.of("C1"), SharePoster.NONE, zones);
            desk.plan("replace backend developer to cloud engineer", carol);

            PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class, desk.plan("check-in monday 9:00", carol));

            assertEquals(ZoneOffset.UTC, on.schedule().zone());
            assertEquals(ZoneSource.PROFILE_UNAVAILABLE, on.schedule().zoneSource());
        }
    }

    @Test
    void checkIns_fromTheConsole_areInUtc_andSaySo() {
        Requester console = Requester.console();
        desk.plan("backend developer to cloud engineer", console);

        PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class, desk.plan("check-in monday 9:00", console));

        assertEquals(ZoneSource.NO_PROFILE, on.schedule().zoneSource());
        assertTrue(text(on).contains("(UTC, as the console doesn't know your time zone)"), text(on));
    }

    @Test
    void checkIns_fromAButton_useTheOwnZoneToo() {
        Requester carol = withZones("U3", user -> new UserZones.Found(ZoneId.of("America/New_York")));
        desk.plan("backend developer to cloud engineer", carol);

        PlanOutcome.CheckInsOn on = assertInstanceOf(PlanOutcome.CheckInsOn.class,
                desk.checkIns(carol, DayOfWeek.MONDAY, LocalTime.of(9, 0), Optional.empty()));

        assertEquals(ZoneId.of("America/New_York"), on.schedule().zone());
        assertEquals(ZoneSource.PROFILE, on.schedule().zoneSource());
    }

    @Test
    void checkIns_withoutAPlan_doNotAskForTheZone() {
        List<String> asked = new ArrayList<>();
        Requester carol = inParis("U3", asked);
        assertInstanceOf(PlanOutcome.Problem.class, desk.plan("check-in monday 9:00", carol));
        assertEquals(List.of(), asked);
    }

    /** Someone whose own zone is Europe/Paris; every lookup of it is added to {@code asked}. */
    private static Requester inParis(String userId, List<String> asked) {
        return withZones(userId, user -> {
            asked.add(user);
            return new UserZones.Found(ZoneId.of("Europe/Paris"));
        });
    }

    private static Requester withZones(String userId, UserZones zones) {
        return new Requester(userId, Optional.of("C1"), SharePoster.NONE, zones);
    }

    private static String text(PlanOutcome outcome) {
        return new ConsoleRenderer().render(PlanCards.card(outcome, Audience.privately()));
    }

    private String homeText(String userId) {
        return new ConsoleRenderer().render(new HomeViewComposer().compose(desk.home(userId, Optional.empty())));
    }
}
