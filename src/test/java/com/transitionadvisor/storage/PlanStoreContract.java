package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.answers.MissingMoves;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.plans.CheckInClaim;
import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.GuideFixtures;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanBuilder;
import com.transitionadvisor.plans.Share;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.plans.ZoneSource;
import com.transitionadvisor.knowledge.Guide;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database the app runs on must do, run once on H2 ({@link H2PlanStoreTest}) and once on a real
 * PostgreSQL server ({@link PostgresPlanStoreTest}) with the same SQL.
 */
abstract class PlanStoreContract {
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    private DatabaseConfig config;
    private final List<Database> open = new ArrayList<>();
    Database database;
    JdbcPlanStore store;

    /** A fresh, empty database for one test. */
    abstract DatabaseConfig newDatabase();

    /** Called after each test with the config {@link #newDatabase()} gave. */
    void discard(DatabaseConfig config) {
    }

    @BeforeEach
    void openDatabase() {
        config = newDatabase();
        database = open();
        store = new JdbcPlanStore(database, CLOCK);
    }

    @AfterEach
    void closeDatabases() {
        open.forEach(Database::close);
        discard(config);
    }

    /** Another connection pool on the same database: what a second app instance, or a restart, gets. */
    Database open() {
        Database db = Database.open(config);
        open.add(db);
        return db;
    }

    static StudyPlan plan(String userId, Guide guide, Pace pace) {
        PlanBuilder.PlanSchedule schedule = new PlanBuilder().build(guide, START, pace);
        return new StudyPlan(UUID.randomUUID().toString(), userId, guide.id(), guide.title(), pace, START, schedule.estimate(),
                Optional.empty(), NOW, schedule.milestones(), Set.of());
    }

    @Test
    void insertPlan_thenActivePlan_readsBackEveryField() {
        StudyPlan plan = plan("U1", GuideFixtures.backendToCloud(), Pace.hours(15));
        assertTrue(store.insertPlan(plan));
        assertEquals(Optional.of(plan), store.activePlan("U1"));
        assertEquals(Optional.empty(), store.activePlan("U2"));
    }

    @Test
    void insertPlan_whenTheUserHasOne_savesNothingAndKeepsTheFirst() {
        StudyPlan first = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        assertTrue(store.insertPlan(first));
        assertFalse(store.insertPlan(plan("U1", GuideFixtures.cloudToBackend(), Pace.partTime())));
        assertEquals(first.id(), store.activePlan("U1").orElseThrow().id());
    }

    @Test
    void replacePlan_dropsTheOldPlanWithItsProgress() {
        StudyPlan first = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        store.insertPlan(first);
        store.setDone(first.id(), 0, true, NOW);
        StudyPlan second = plan("U1", GuideFixtures.cloudToBackend(), Pace.fullTime());
        store.replacePlan(second);
        assertEquals(Optional.of(second), store.activePlan("U1"));
        assertFalse(store.setDone(first.id(), 1, true, NOW), "the old plan is gone, so ticking it fails");
    }

    @Test
    void setDone_tickUntickAndTickAgain_keepsTheLastValue() {
        StudyPlan plan = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        store.insertPlan(plan);
        assertTrue(store.setDone(plan.id(), 1, true, NOW));
        assertTrue(store.setDone(plan.id(), 1, true, NOW));
        assertEquals(Set.of(1), store.activePlan("U1").orElseThrow().done());
        assertTrue(store.setDone(plan.id(), 1, false, NOW));
        assertEquals(Set.of(), store.activePlan("U1").orElseThrow().done());
        assertTrue(store.setDone(plan.id(), 1, true, NOW));
        assertEquals(Set.of(1), store.activePlan("U1").orElseThrow().done());
    }

    @Test
    void setDone_onAPlanThatNeverExisted_returnsFalse() {
        assertFalse(store.setDone("no-such-plan", 0, true, NOW));
    }

    @Test
    void reschedule_newDates_keepsProgress() {
        StudyPlan plan = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        store.insertPlan(plan);
        store.setDone(plan.id(), 0, true, NOW);
        StudyPlan faster = plan("U1", GuideFixtures.backendToCloud(), Pace.fullTime());
        assertTrue(store.reschedule(plan.id(), Pace.fullTime(), START, false, faster.milestones(), NOW));
        StudyPlan read = store.activePlan("U1").orElseThrow();
        assertEquals(Pace.fullTime(), read.pace());
        assertEquals(faster.milestones(), read.milestones());
        assertEquals(Set.of(0), read.done());
        assertFalse(store.reschedule("gone", Pace.fullTime(), START, false, faster.milestones(), NOW));
    }

    @Test
    void deletePlan_removesItOnce() {
        store.insertPlan(plan("U1", GuideFixtures.backendToCloud(), Pace.partTime()));
        assertTrue(store.deletePlan("U1"));
        assertFalse(store.deletePlan("U1"));
        assertEquals(Optional.empty(), store.activePlan("U1"));
    }

    @Test
    void shares_keepThePlanTheyShowed_andAreWithdrawnPerChannelOrEverywhere() {
        StudyPlan owned = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        store.insertPlan(owned);
        Share here = Share.of("s1", owned, "C1", NOW).posted("1.1");
        Share there = Share.of("s2", owned, "C2", NOW).posted("1.2");
        store.insertShare(here);
        store.insertShare(there);
        assertEquals(List.of(here), store.sharesIn("C1"));
        assertEquals(Optional.of(owned.id()), store.sharesIn("C1").get(0).planId());
        assertTrue(store.sharesIn("C1").get(0).shows(owned));

        assertEquals(1, store.withdrawShares("U1", Optional.of("C1"), NOW.plusSeconds(9)));
        assertEquals(Optional.of(NOW.plusSeconds(9)), store.sharesIn("C1").get(0).withdrawnAt());
        assertFalse(store.sharesIn("C1").get(0).shows(owned));
        assertTrue(store.sharesIn("C2").get(0).shows(owned), "only this channel's share");
        assertEquals(0, store.withdrawShares("U2", Optional.empty(), NOW), "someone else's shares are untouched");
        assertEquals(1, store.withdrawShares("U1", Optional.empty(), NOW.plusSeconds(10)));
        assertEquals(Optional.of(NOW.plusSeconds(9)), store.sharesIn("C1").get(0).withdrawnAt(), "withdrawn once");
    }

    @Test
    void shares_recordedThenListedPerChannelAndFollowed() {
        Share first = new Share("s1", "U1", "C1", "1700000000.000100", GuideFixtures.BACKEND_TO_CLOUD, "B → C", Pace.partTime(), NOW);
        Share second = new Share("s2", "U2", "C1", "1700000000.000200", GuideFixtures.CLOUD_TO_BACKEND, "C → B", Pace.hours(20), NOW.plusSeconds(5));
        Share elsewhere = new Share("s3", "U3", "C2", "1700000000.000300", GuideFixtures.CLOUD_TO_BACKEND, "C → B", Pace.fullTime(), NOW);
        store.insertShare(second);
        store.insertShare(first);
        store.insertShare(elsewhere);
        assertEquals(List.of(first, second), store.sharesIn("C1"));
        assertEquals(Optional.of(second), store.share("s2"));
        assertEquals(Optional.empty(), store.share("nope"));

        StudyPlan follower = plan("U9", GuideFixtures.backendToCloud(), Pace.partTime());
        follower = new StudyPlan(follower.id(), follower.userId(), follower.guideId(), follower.guideTitle(), follower.pace(),
                follower.startDate(), follower.estimate(), Optional.of("s1"), follower.createdAt(), follower.milestones(), Set.of());
        store.insertPlan(follower);
        store.insertPlan(plan("U8", GuideFixtures.backendToCloud(), Pace.partTime()));
        assertEquals(List.of(follower), store.plansFollowing(List.of("s1", "s2")));
        assertEquals(Set.of("U9", "U8"), store.activePlans(List.of("U9", "U8", "U7")).keySet());
    }

    @Test
    void checkInSchedule_savedMovedAndDeleted() {
        CheckInSchedule monday = new CheckInSchedule("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/London"));
        store.saveCheckInSchedule(monday);
        assertEquals(Optional.of(monday), store.checkInSchedule("U1"));
        CheckInSchedule friday = new CheckInSchedule("U1", DayOfWeek.FRIDAY, LocalTime.of(16, 30), ZoneId.of("UTC"));
        store.saveCheckInSchedule(friday);
        assertEquals(List.of(friday), store.checkInSchedules());
        assertTrue(store.deleteCheckInSchedule("U1"));
        assertFalse(store.deleteCheckInSchedule("U1"));
        assertEquals(List.of(), store.checkInSchedules());
    }

    @Test
    void checkInSchedule_keepsWhereItsZoneCameFrom() {
        for (ZoneSource source : ZoneSource.values()) {
            CheckInSchedule schedule = new CheckInSchedule("U1", DayOfWeek.TUESDAY, LocalTime.of(8, 15),
                    source.isDefault() ? ZoneOffset.UTC : ZoneId.of("Europe/Paris"), source);
            store.saveCheckInSchedule(schedule);
            assertEquals(Optional.of(schedule), store.checkInSchedule("U1"), source::name);
            assertEquals(List.of(schedule), store.checkInSchedules(), source::name);
        }
    }

    private static final Instant LEASE_ENDS = NOW.plusSeconds(300);

    private static CheckInClaim claim(String user, String week, String holder) {
        return new CheckInClaim(user, week, holder);
    }

    @Test
    void claimCheckIn_oncePerUserAndWeek_untilReleased() {
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(claim("U1", "2027-W09", "A"), NOW, LEASE_ENDS));
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U1", "2027-W09", "B"), NOW, LEASE_ENDS));
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(claim("U1", "2027-W10", "B"), NOW, LEASE_ENDS));
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(claim("U2", "2027-W09", "B"), NOW, LEASE_ENDS));
        store.releaseCheckIn(claim("U1", "2027-W09", "B"));
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U1", "2027-W09", "B"), NOW, LEASE_ENDS),
                "only the holder gives a claim back");
        store.releaseCheckIn(claim("U1", "2027-W09", "A"));
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(claim("U1", "2027-W09", "B"), NOW, LEASE_ENDS));
    }

    @Test
    void claimCheckIn_whoseHolderDiedBeforePosting_isTakenOverOnlyAfterItsLease() {
        store.claimCheckIn(claim("U1", "2027-W09", "A"), NOW, LEASE_ENDS);
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U1", "2027-W09", "B"), LEASE_ENDS, LEASE_ENDS.plusSeconds(300)),
                "the lease still holds at its last instant");
        Instant later = LEASE_ENDS.plusSeconds(1);
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(claim("U1", "2027-W09", "B"), later, later.plusSeconds(300)));
        assertFalse(store.startPostingCheckIn(claim("U1", "2027-W09", "A"), later, later.plusSeconds(300)),
                "the old holder, back to life, may no longer post");
        assertTrue(store.startPostingCheckIn(claim("U1", "2027-W09", "B"), later, later.plusSeconds(300)));
    }

    @Test
    void claimCheckIn_whileOrAfterPosting_isNeverClaimedAgain() {
        store.claimCheckIn(claim("U1", "2027-W09", "A"), NOW, LEASE_ENDS);
        assertTrue(store.startPostingCheckIn(claim("U1", "2027-W09", "A"), NOW, LEASE_ENDS));
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U1", "2027-W09", "B"), NOW, LEASE_ENDS));
        // A died while posting: the outcome is unknown, so the week is settled without a second post
        Instant later = LEASE_ENDS.plusSeconds(1);
        assertEquals(CheckInClaim.Result.ABANDONED, store.claimCheckIn(claim("U1", "2027-W09", "B"), later, later.plusSeconds(300)));
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U1", "2027-W09", "C"), later.plusSeconds(3600), later.plusSeconds(4000)));
        assertEquals(Optional.of("UNKNOWN"), new CheckInRepository(database).state("U1", "2027-W09"));

        store.claimCheckIn(claim("U2", "2027-W09", "A"), NOW, LEASE_ENDS);
        store.startPostingCheckIn(claim("U2", "2027-W09", "A"), NOW, LEASE_ENDS);
        store.finishCheckIn(claim("U2", "2027-W09", "A"), CheckInClaim.Outcome.SENT, NOW);
        assertEquals(CheckInClaim.Result.TAKEN, store.claimCheckIn(claim("U2", "2027-W09", "B"), later, later.plusSeconds(300)));
        assertEquals(Optional.of("SENT"), new CheckInRepository(database).state("U2", "2027-W09"));
    }

    @Test
    void claimCheckIn_twoCopiesAtOnce_exactlyOneHoldsIt() throws Exception {
        ExecutorService copies = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String week = String.format("2027-W%02d", round + 10);
                List<Future<CheckInClaim.Result>> results = new ArrayList<>();
                for (int copy = 0; copy < 8; copy++) {
                    CheckInClaim mine = claim("U1", week, "copy-" + copy);
                    results.add(copies.submit(() -> store.claimCheckIn(mine, NOW, LEASE_ENDS)));
                }
                int claimed = 0;
                for (Future<CheckInClaim.Result> result : results) {
                    claimed += result.get() == CheckInClaim.Result.CLAIMED ? 1 : 0;
                }
                assertEquals(1, claimed, week);
            }
        } finally {
            copies.shutdownNow();
        }
    }

    @Test
    void questionLog_mostFrequent_groupsSpellings_countsThumbsDownOncePerPerson_andSkipsThumbsUp() {
        UnansweredQuestionRepository log = new UnansweredQuestionRepository(database);
        log.record(new QuestionLog.Entry("How much do SREs earn?", NOW, "U1"));
        log.record(new QuestionLog.Entry("Is Go worth it?", NOW.plusSeconds(30), "U3"));
        log.record(new QuestionLog.Entry("x".repeat(5000), NOW, "U4"));
        log.recordAnswer(answer("a1", "how much  do sres earn?", "U2", NOW));
        log.recordAnswer(answer("a2", "Nice answer", "U3", NOW));
        assertEquals(QuestionLog.Vote.COUNTED, log.vote(id("a1"), "U2", false, NOW.plusSeconds(60)));
        assertEquals(QuestionLog.Vote.UNCHANGED, log.vote(id("a1"), "U2", false, NOW.plusSeconds(61)));
        assertEquals(QuestionLog.Vote.COUNTED, log.vote(id("a2"), "U3", true, NOW));

        List<QuestionLog.Frequent> frequent = log.mostFrequent(2);
        assertEquals(List.of(new QuestionLog.Frequent("How much do SREs earn?", 2, NOW.plusSeconds(60)),
                new QuestionLog.Frequent("Is Go worth it?", 1, NOW.plusSeconds(30))), frequent);
        assertEquals(3, log.mostFrequent(10).size(), "the 👍 answer is not listed");
    }

    @Test
    void questionLog_vote_onePerPersonPerAnswer_aSecondClickChangesIt() {
        UnansweredQuestionRepository log = new UnansweredQuestionRepository(database);
        log.recordAnswer(answer("a1", "Will my pay drop?", "U1", NOW));

        assertEquals(QuestionLog.Vote.COUNTED, log.vote(id("a1"), "U1", false, NOW));
        assertEquals(QuestionLog.Vote.UNCHANGED, log.vote(id("a1"), "U1", false, NOW));
        assertEquals(QuestionLog.Vote.COUNTED, log.vote(id("a1"), "U2", false, NOW));
        assertEquals(List.of(new QuestionLog.Frequent("Will my pay drop?", 2, NOW)), log.mostFrequent(10));

        assertEquals(QuestionLog.Vote.CHANGED, log.vote(id("a1"), "U1", true, NOW.plusSeconds(5)));
        assertEquals(List.of(new QuestionLog.Frequent("Will my pay drop?", 1, NOW)), log.mostFrequent(10));
        assertEquals(QuestionLog.Vote.NO_SUCH_ANSWER, log.vote(id("nothing"), "U1", false, NOW));
        assertEquals(1, log.mostFrequent(10).size(), "a vote on no stored answer lists nothing");
    }

    @Test
    void questionLog_answer_readsBackTheRecord_withTheQuestionRedacted() {
        UnansweredQuestionRepository log = new UnansweredQuestionRepository(database);
        log.recordAnswer(answer("a1", "<@U0BOSS> said mail me at jo@example.com or call +44 20 7946 0958", "U1", NOW));
        log.record(new QuestionLog.Entry("<!channel> ping <#C0GEN|general> and <!subteam^S0TEAM|@devs>", NOW, "U1"));

        QuestionLog.AnswerRecord read = log.answer(id("a1")).orElseThrow();
        assertEquals(new QuestionLog.AnswerRecord(id("a1"), "[someone] said mail me at [e-mail] or call [phone]",
                "backend-developer-to-cloud-engineer", "salary", "What happens to your pay", "U1", NOW), read);
        assertEquals("[a group] ping [a channel] and [a group]", log.mostFrequent(1).get(0).question());
        assertEquals(Optional.empty(), log.answer(id("other")));
    }

    @Test
    void questionLog_purgeBefore_deletesOldQuestionsAnswersAndVotes_keepsRecentOnes() {
        UnansweredQuestionRepository log = new UnansweredQuestionRepository(database);
        Instant old = NOW.minus(java.time.Duration.ofDays(91));
        log.record(new QuestionLog.Entry("old question", old, "U1"));
        log.record(new QuestionLog.Entry("new question", NOW, "U1"));
        log.recordAnswer(answer("old", "old answer", "U1", old));
        log.vote(id("old"), "U2", false, old.plusSeconds(1));
        log.recordAnswer(answer("new", "new answer", "U1", NOW));
        log.vote(id("new"), "U2", false, NOW);

        assertEquals(3, log.purgeBefore(NOW.minus(java.time.Duration.ofDays(90))), "a question, an answer and its vote");
        assertEquals(List.of("new answer", "new question"), log.mostFrequent(10).stream()
                .map(QuestionLog.Frequent::question).sorted().toList());
        assertEquals(Optional.empty(), log.answer(id("old")));
        assertEquals(QuestionLog.Vote.NO_SUCH_ANSWER, log.vote(id("old"), "U3", false, NOW));
    }

    @Test
    void retainedQuestionLog_purgesWhatIsOlderThanTheRetention_onStartAndAsTimePasses() {
        UnansweredQuestionRepository repository = new UnansweredQuestionRepository(database);
        java.time.Duration keep = java.time.Duration.ofDays(30);
        repository.record(new QuestionLog.Entry("asked 31 days ago", NOW.minus(java.time.Duration.ofDays(31)), "U1"));
        repository.record(new QuestionLog.Entry("asked 29 days ago", NOW.minus(java.time.Duration.ofDays(29)), "U1"));
        repository.recordAnswer(answer("recent", "answered just now", "U1", NOW));
        repository.vote(id("recent"), "U1", false, NOW);
        com.transitionadvisor.plans.MutableClock clock = new com.transitionadvisor.plans.MutableClock(NOW, ZoneOffset.UTC);

        QuestionLog log = new com.transitionadvisor.answers.RetainedQuestionLog(repository, clock, keep);
        assertEquals(List.of("answered just now", "asked 29 days ago"), questions(repository), "purged on start");

        clock.advance(java.time.Duration.ofDays(2));
        assertEquals(QuestionLog.Vote.CHANGED, log.vote(id("recent"), "U1", true, clock.instant()));
        assertEquals(List.of(), questions(repository), "the 29-day-old question went at the next write, the 👎 became 👍");
        assertTrue(log.answer(id("recent")).isPresent());

        clock.advance(java.time.Duration.ofDays(29));
        assertEquals(Optional.empty(), log.answer(id("recent")), "an answer past the retention is not there to vote on");
        assertEquals(QuestionLog.Vote.NO_SUCH_ANSWER, log.vote(id("recent"), "U2", false, clock.instant()));
        log.record(new QuestionLog.Entry("asked today", clock.instant(), "U3"));
        assertEquals(List.of("asked today"), questions(repository));
        assertEquals(Optional.empty(), repository.answer(id("recent")), "and it is gone from the database");
    }

    private static List<String> questions(QuestionLog log) {
        return log.mostFrequent(100).stream().map(QuestionLog.Frequent::question).sorted().toList();
    }

    static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static QuestionLog.AnswerRecord answer(String name, String question, String userId, Instant at) {
        return new QuestionLog.AnswerRecord(id(name), question, "backend-developer-to-cloud-engineer", "salary",
                "What happens to your pay", userId, at);
    }

    @Test
    void restart_tickThenReopen_nothingLost() {
        StudyPlan plan = plan("U1", GuideFixtures.backendToCloud(), Pace.partTime());
        store.insertPlan(plan);
        store.setDone(plan.id(), 0, true, NOW);
        store.setDone(plan.id(), 2, true, NOW);
        store.saveCheckInSchedule(new CheckInSchedule("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneOffset.UTC));
        store.claimCheckIn(claim("U1", "2027-W09", "A"), NOW, LEASE_ENDS);
        database.close();

        JdbcPlanStore reopened = new JdbcPlanStore(open(), CLOCK);
        StudyPlan read = reopened.activePlan("U1").orElseThrow();
        assertEquals(plan.withDone(Set.of(0, 2)), read);
        assertEquals(1, reopened.checkInSchedules().size());
        assertEquals(CheckInClaim.Result.TAKEN, reopened.claimCheckIn(claim("U1", "2027-W09", "B"), NOW, LEASE_ENDS),
                "the week's check-in stays claimed after a restart");
    }

    @Test
    void concurrentTicks_fromTwoAppInstances_keepEveryTick() throws Exception {
        StudyPlan plan = plan("U1", GuideFixtures.withPhases(40, 12, 6), Pace.partTime());
        store.insertPlan(plan);
        List<JdbcPlanStore> instances = List.of(store, new JdbcPlanStore(open(), CLOCK));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> ticks = new ArrayList<>();
            for (int position = 0; position < 40; position++) {
                int p = position;
                JdbcPlanStore instance = instances.get(position % 2);
                ticks.add(threads.submit(() -> {
                    go.await();
                    // Everyone also ticks milestone 0, so the same row is written concurrently from both instances.
                    return instance.setDone(plan.id(), p, true, NOW) && instance.setDone(plan.id(), 0, true, NOW);
                }));
            }
            go.countDown();
            for (Future<Boolean> tick : ticks) {
                assertTrue(tick.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        Set<Integer> all = new java.util.TreeSet<>();
        for (int i = 0; i < 40; i++) {
            all.add(i);
        }
        for (JdbcPlanStore instance : instances) {
            assertEquals(all, instance.activePlan("U1").orElseThrow().done());
        }
        Map<String, StudyPlan> plans = instances.get(1).activePlans(List.of("U1"));
        assertEquals(40, plans.get("U1").doneCount());
    }

    @Test
    void missingMoves_areCountedPerMove_acrossCopies_mostRequestedFirst_andKeepNobody() throws Exception {
        MissingMoves.Move devopsToSre = new MissingMoves.Move(new MissingMoves.Side("devops-engineer", true),
                MissingMoves.Side.typed("  SRE   Lead <@U0BOSS> "));
        MissingMoves.Move backendToData = new MissingMoves.Move(new MissingMoves.Side("backend-developer", true),
                new MissingMoves.Side("data-engineer", true));
        MissingMoveRepository first = new MissingMoveRepository(database);
        MissingMoveRepository second = new MissingMoveRepository(open());
        first.record(devopsToSre, NOW);
        // the same move typed another way, from another copy of the app
        second.record(new MissingMoves.Move(devopsToSre.from(), MissingMoves.Side.typed("sre lead <@U0BOSS>")),
                NOW.plusSeconds(5));
        second.record(backendToData, NOW.plusSeconds(10));

        assertEquals("sre lead [someone]", devopsToSre.to().key(), "typed text is kept redacted, lower case, single spaces");
        assertEquals(List.of(new MissingMoves.Requested(devopsToSre, 2, NOW.plusSeconds(5)),
                new MissingMoves.Requested(backendToData, 1, NOW.plusSeconds(10))), first.mostRequested(10));
        assertEquals(1, second.mostRequested(1).size());
        try (var c = database.dataSource().getConnection();
             var columns = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase("missing_move_requests")) {
                    assertFalse(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT).contains("user"),
                            "who asked is not kept: " + columns.getString("COLUMN_NAME"));
                }
            }
        }
    }
}
