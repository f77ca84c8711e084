package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanServiceTest {
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path folder;
    Database database;
    MutableClock clock;
    PlanService plans;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.h2File(folder));
        clock = new MutableClock(NOW, ZoneOffset.UTC);
        plans = service();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PlanService service() {
        return new PlanService(new JdbcPlanStore(database, clock), GuideFixtures.knowledge(), new PlanBuilder(), clock);
    }

    private StudyPlan make(String user) {
        return ((PlanService.Created) plans.create(user, GuideFixtures.backendToCloud(), PlanOptions.defaults(), false)).plan();
    }

    @Nested
    class Making {
        @Test
        void create_withoutOptions_isPartTimeStartingToday() {
            StudyPlan plan = make("U1");
            assertEquals(Pace.partTime(), plan.pace());
            assertEquals(LocalDate.of(2027, 3, 1), plan.startDate());
            assertEquals(Optional.of(plan), plans.activePlan("U1"));
        }

        @Test
        void create_whenAPlanExists_asksFirstAndChangesNothing() {
            StudyPlan first = make("U1");
            PlanService.Creation second = plans.create("U1", GuideFixtures.cloudToBackend(), new PlanOptions(Optional.of(Pace.fullTime()),
                    Optional.empty()), false);
            PlanService.NeedsConfirmation ask = assertInstanceOf(PlanService.NeedsConfirmation.class, second);
            assertEquals(first, ask.current());
            assertEquals(GuideFixtures.cloudToBackend(), ask.proposal().guide());
            assertEquals(Pace.fullTime(), ask.proposal().pace());
            assertEquals(first, plans.activePlan("U1").orElseThrow());
        }

        @Test
        void create_confirmedReplace_replacesThePlanAndItsProgress() {
            StudyPlan first = make("U1");
            plans.tick("U1", first.id(), 0, true);
            PlanService.Created replaced = assertInstanceOf(PlanService.Created.class,
                    plans.create("U1", GuideFixtures.cloudToBackend(), PlanOptions.defaults(), true));
            assertTrue(replaced.replaced());
            StudyPlan now = plans.activePlan("U1").orElseThrow();
            assertEquals(GuideFixtures.CLOUD_TO_BACKEND, now.guideId());
            assertEquals(Set.of(), now.done());
        }
    }

    @Nested
    class Progress {
        @Test
        void tick_thenUntick_savesEachAtOnce() {
            StudyPlan plan = make("U1");
            assertEquals(Set.of(1), plans.tick("U1", plan.id(), 1, true).done());
            assertEquals(Set.of(1, 2), plans.tickNumber("U1", 3, true).done());
            assertEquals(Set.of(2), plans.tick("U1", plan.id(), 1, false).done());
            assertEquals(Set.of(2), service().requirePlan("U1").done());
        }

        @Test
        void tick_withAnOldPlansId_isStale() {
            StudyPlan old = make("U1");
            plans.create("U1", GuideFixtures.cloudToBackend(), PlanOptions.defaults(), true);
            assertThrows(PlanException.StalePlan.class, () -> plans.tick("U1", old.id(), 0, true));
        }

        @Test
        void tick_milestoneThePlanDoesNotHave_namesTheRange() {
            make("U1");
            PlanException e = assertThrows(PlanException.NoSuchMilestone.class, () -> plans.tickNumber("U1", 7, true));
            assertEquals("Your plan has milestones 1 to 3; there is no milestone 7. For example: /transition plan done 1", e.getMessage());
        }

        @Test
        void tick_withoutAPlan_explainsHowToMakeOne() {
            PlanException e = assertThrows(PlanException.NoPlan.class, () -> plans.tickNumber("U1", 1, true));
            assertTrue(e.getMessage().contains("/transition plan backend developer to cloud engineer"), e.getMessage());
        }

        @Test
        void changePace_recomputesDatesAndKeepsProgress() {
            StudyPlan plan = make("U1");
            plans.tick("U1", plan.id(), 0, true);
            StudyPlan faster = plans.changePace("U1", Pace.fullTime());
            assertEquals(LocalDate.of(2027, 9, 1), faster.endDate());
            assertEquals(Set.of(0), faster.done());
            assertEquals(plan.id(), faster.id());
            StudyPlan estimated = plans.changePace("U1", Pace.hours(20));
            assertTrue(estimated.estimate());
            assertEquals(LocalDate.of(2027, 11, 1), estimated.endDate());
        }

        @Test
        void changeStart_shiftsEveryDateAndKeepsProgress() {
            StudyPlan plan = make("U1");
            plans.tick("U1", plan.id(), 2, true);
            StudyPlan later = plans.changeStart("U1", LocalDate.of(2027, 4, 1));
            assertEquals(LocalDate.of(2028, 4, 1), later.endDate());
            assertEquals(LocalDate.of(2027, 4, 1), later.milestones().get(0).startDate());
            assertEquals(Set.of(2), later.done());
        }
    }

    @Nested
    class Sharing {
        final List<Share> posted = new ArrayList<>();
        final List<Share> retracted = new ArrayList<>();

        SharePoster poster(SharePoster.PostResult result) {
            return new SharePoster() {
                @Override
                public PostResult post(Share share, StudyPlan plan) {
                    posted.add(share);
                    return result;
                }

                @Override
                public void retract(Share share) {
                    retracted.add(share);
                }
            };
        }

        @Test
        void share_posted_isRecordedWithTheMessage() {
            make("U1");
            PlanService.Shared shared = assertInstanceOf(PlanService.Shared.class,
                    plans.share("U1", "C1", poster(new SharePoster.Posted("1700.0001"))));
            assertEquals("1700.0001", shared.share().messageTs());
            assertEquals(Optional.of(shared.share()), plans.share(shared.share().id()));
        }

        @Test
        void share_refusedBySlack_recordsNothing() {
            make("U1");
            PlanService.NotShared refused = assertInstanceOf(PlanService.NotShared.class,
                    plans.share("U1", "C1", poster(new SharePoster.Refused(SharePoster.Refusal.NOT_IN_CHANNEL, "not_in_channel"))));
            assertEquals(SharePoster.Refusal.NOT_IN_CHANNEL, refused.reason());
            assertEquals(Optional.empty(), plans.share(posted.get(0).id()));
            assertEquals(List.of(), plans.team("C1").members().stream().filter(m -> m.userId().equals("nobody")).toList());
            assertEquals(List.of(), plans.team("C1").members());
        }

        @Test
        void share_whenRecordingFails_takesThePostBack() {
            make("U1");
            PlanStore real = new JdbcPlanStore(database, clock);
            PlanStore failing = (PlanStore) java.lang.reflect.Proxy.newProxyInstance(PlanStore.class.getClassLoader(),
                    new Class<?>[] {PlanStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("insertShare")) {
                            throw new IllegalStateException("database went away");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            PlanService withFailingStore = new PlanService(failing, GuideFixtures.knowledge(), new PlanBuilder(), clock);
            assertThrows(IllegalStateException.class, () -> withFailingStore.share("U1", "C1", poster(new SharePoster.Posted("1700.0002"))));
            assertEquals(1, retracted.size());
            assertEquals("1700.0002", retracted.get(0).messageTs());
            assertEquals(List.of(), plans.team("C1").members());
        }

        @Test
        void follow_givesTheFollowerTheSamePlanWithTheirOwnDatesAndProgress() {
            StudyPlan owners = make("U1");
            plans.tick("U1", owners.id(), 0, true);
            plans.changePace("U1", Pace.hours(20));
            Share share = ((PlanService.Shared) plans.share("U1", "C1", poster(new SharePoster.Posted("1.1")))).share();
            clock.advance(java.time.Duration.ofDays(10));

            StudyPlan followed = assertInstanceOf(PlanService.Created.class, plans.follow("U2", share.id(), false)).plan();
            assertEquals(GuideFixtures.BACKEND_TO_CLOUD, followed.guideId());
            assertEquals(Pace.hours(20), followed.pace());
            assertEquals(LocalDate.of(2027, 3, 11), followed.startDate());
            assertEquals(Set.of(), followed.done());
            assertEquals(Optional.of(share.id()), followed.followedShareId());
        }

        @Test
        void follow_whenTheFollowerHasAPlan_asksFirst() {
            make("U1");
            make("U2");
            Share share = ((PlanService.Shared) plans.share("U1", "C1", poster(new SharePoster.Posted("1.1")))).share();
            PlanService.NeedsConfirmation ask = assertInstanceOf(PlanService.NeedsConfirmation.class, plans.follow("U2", share.id(), false));
            assertEquals(Optional.of(share), ask.proposal().share());
            assertInstanceOf(PlanService.Created.class, plans.follow("U2", share.id(), true));
        }

        @Test
        void follow_unknownShare_saysSo() {
            assertThrows(PlanException.NoSuchShare.class, () -> plans.follow("U2", "nope", false));
        }

        @Test
        void team_afterTheOwnerReplacesOrDeletesTheSharedPlan_orUnsharesIt_leavesThemOut() {
            make("U1");
            Share first = ((PlanService.Shared) plans.share("U1", "C1", poster(new SharePoster.Posted("1.1")))).share();
            plans.follow("U2", first.id(), false);
            make("U3");
            plans.share("U3", "C1", poster(new SharePoster.Posted("1.2")));
            make("U4");
            plans.share("U4", "C1", poster(new SharePoster.Posted("1.3")));
            // shared at the same instant (a fixed clock), so in no particular order among themselves
            assertEquals(Set.of("U1", "U3", "U4", "U2"), Set.copyOf(members("C1")));

            plans.create("U1", GuideFixtures.cloudToBackend(), PlanOptions.defaults(), true);
            plans.deletePlan("U3");
            assertEquals(1, plans.unshare("U4", Optional.of("C1")));

            assertEquals(List.of("U2"), members("C1"), "only the follower, who joined here themselves");
            assertEquals(0, plans.unshare("U4", Optional.of("C1")), "already withdrawn");
        }

        @Test
        void unshare_withoutAChannel_withdrawsEveryShare_andAShareOfTheSamePlanAgainShowsIt() {
            make("U1");
            plans.share("U1", "C1", poster(new SharePoster.Posted("1.1")));
            plans.share("U1", "C2", poster(new SharePoster.Posted("1.2")));

            assertEquals(2, plans.unshare("U1", Optional.empty()));
            assertEquals(List.of(), members("C1"));
            assertEquals(List.of(), members("C2"));

            plans.share("U1", "C2", poster(new SharePoster.Posted("1.3")));
            assertEquals(List.of(), members("C1"));
            assertEquals(List.of("U1"), members("C2"));
        }

        private List<String> members(String channel) {
            return plans.team(channel).members().stream().map(Team.Member::userId).toList();
        }

        @Test
        void team_listsSharersAndFollowersOfThatChannelOnly() {
            StudyPlan owner = make("U1");
            plans.tick("U1", owner.id(), 0, true);
            Share share = ((PlanService.Shared) plans.share("U1", "C1", poster(new SharePoster.Posted("1.1")))).share();
            plans.follow("U2", share.id(), false);
            make("U3");
            plans.share("U3", "C2", poster(new SharePoster.Posted("1.2")));
            make("U4");

            Team team = plans.team("C1");
            assertEquals(List.of("U1", "U2"), team.members().stream().map(Team.Member::userId).toList());
            Team.Member first = team.members().get(0);
            assertEquals(1, first.done());
            assertEquals(3, first.total());
            assertEquals(Optional.empty(), first.followingOwner());
            assertEquals(Optional.of("U1"), team.members().get(1).followingOwner());
            assertEquals(List.of("U3"), plans.team("C2").members().stream().map(Team.Member::userId).toList());
            assertEquals(List.of(), plans.team("C3").members());
        }
    }

    @Test
    void deletePlan_thenAgain_saysThereIsNone() {
        make("U1");
        plans.deletePlan("U1");
        assertFalse(plans.activePlan("U1").isPresent());
        assertThrows(PlanException.NoPlan.class, () -> plans.deletePlan("U1"));
    }
}
