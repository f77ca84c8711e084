package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.storage.TestDatabases;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;

class CheckInSchedulerTest {
    /** Monday 1 March 2027, 08:00 in London (UTC in winter). */
    static final Instant MONDAY_8AM = Instant.parse("2027-03-01T08:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(MONDAY_8AM, ZoneOffset.UTC);
    final List<CheckIn> sent = new ArrayList<>();
    private DatabaseConfig config;
    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Database::close);
        if (config != null && !config.isH2()) {
            TestDatabases.dropPostgresSchema(config);
        }
    }

    private JdbcPlanStore start(String kind) {
        if (config == null) {
            config = kind.equals("h2") ? DatabaseConfig.h2File(folder) : TestDatabases.freshPostgresSchema();
        }
        Database database = Database.open(config);
        open.add(database);
        return new JdbcPlanStore(database, clock);
    }

    private CheckInScheduler scheduler(JdbcPlanStore store, CheckInSender.Delivery delivery) {
        return new CheckInScheduler(store, checkIn -> {
            sent.add(checkIn);
            return delivery;
        }, clock);
    }

    private PlanService plans(JdbcPlanStore store) {
        return new PlanService(store, GuideFixtures.knowledge(), new PlanBuilder(), clock);
    }

    private void planWithCheckIns(JdbcPlanStore store, DayOfWeek day, LocalTime time) {
        plans(store).create("U1", GuideFixtures.backendToCloud(), PlanOptions.defaults(), false);
        plans(store).scheduleCheckIns("U1", day, time, LONDON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void runDue_sendsOncePerWeek_evenAfterARestart(String kind) {
        JdbcPlanStore store = start(kind);
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(9, 0));
        CheckInScheduler scheduler = scheduler(store, CheckInSender.Delivery.SENT);

        assertEquals(List.of(), scheduler.runDue(clock.instant()), "not before Monday 09:00");
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of("U1"), scheduler.runDue(clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "once this week");

        open.forEach(Database::close);
        CheckInScheduler restarted = scheduler(start(kind), CheckInSender.Delivery.SENT);
        clock.advance(Duration.ofDays(2));
        assertEquals(List.of(), restarted.runDue(clock.instant()), "still once this week after a restart");

        clock.set(Instant.parse("2027-03-08T09:00:00Z"));
        assertEquals(List.of("U1"), restarted.runDue(clock.instant()), "and again next week");
        assertEquals(List.of("2027-W09", "2027-W10"), sent.stream().map(CheckIn::week).toList());
    }

    @Test
    void runDue_twoInstancesAtTheSameMoment_sendOnce() {
        JdbcPlanStore first = start("h2");
        planWithCheckIns(first, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        JdbcPlanStore second = start("h2");
        List<String> both = new ArrayList<>(scheduler(first, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        both.addAll(scheduler(second, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        assertEquals(List.of("U1"), both);
    }

    @Test
    void runDue_afterDowntimeLaterThatWeek_sendsLateButOnce() {
        JdbcPlanStore store = start("h2");
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(9, 0));
        clock.set(Instant.parse("2027-03-04T15:00:00Z"));
        assertEquals(List.of("U1"), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
    }

    @Test
    void runDue_refusedForAPassingReason_triesAgainNextRun() {
        JdbcPlanStore store = start("h2");
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.RETRY).runDue(clock.instant()));
        assertEquals(List.of("U1"), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        assertEquals(2, sent.size(), "the refused post and the one sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void runDue_aPostOfUnknownOutcome_isNeverSentAgainThatWeek(String kind) {
        JdbcPlanStore store = start(kind);
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.UNKNOWN).runDue(clock.instant()));
        CheckInScheduler throwing = new CheckInScheduler(store, checkIn -> {
            sent.add(checkIn);
            throw new IllegalStateException("the connection broke after the request went out");
        }, clock);
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), throwing.runDue(clock.instant()));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant().plus(Duration.ofDays(1))));
        assertEquals(1, sent.size(), "posted once; whether it arrived is unknown, so never again this week");
        assertEquals(List.of("U1"), scheduler(store, CheckInSender.Delivery.SENT).runDue(Instant.parse("2027-03-08T08:00:00Z")),
                "next week's goes out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void runDue_aCopyThatDiedBetweenClaimAndPost_isTakenOverAfterTheLease(String kind) {
        JdbcPlanStore store = start(kind);
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        // copy A claims the week's check-in and dies before it posts
        assertEquals(CheckInClaim.Result.CLAIMED, store.claimCheckIn(new CheckInClaim("U1", "2027-W09", "copy-A"),
                clock.instant(), clock.instant().plus(CheckInScheduler.LEASE)));
        CheckInScheduler copyB = new CheckInScheduler(start(kind), checkIn -> {
            sent.add(checkIn);
            return CheckInSender.Delivery.SENT;
        }, clock, "copy-B", CheckInScheduler.LEASE);

        clock.advance(CheckInScheduler.LEASE);
        assertEquals(List.of(), copyB.runDue(clock.instant()), "A's lease still holds");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of("U1"), copyB.runDue(clock.instant()), "taken over once the lease ran out");
        assertEquals(List.of(), copyB.runDue(clock.instant()));
        assertEquals(1, sent.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void runDue_aCopyThatDiedWhilePosting_isNotSentAgain_andTheMissIsSettled(String kind) {
        JdbcPlanStore store = start(kind);
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        CheckInClaim a = new CheckInClaim("U1", "2027-W09", "copy-A");
        Instant leaseEnds = clock.instant().plus(CheckInScheduler.LEASE);
        store.claimCheckIn(a, clock.instant(), leaseEnds);
        assertTrue(store.startPostingCheckIn(a, clock.instant(), leaseEnds));
        CheckInScheduler copyB = new CheckInScheduler(store, checkIn -> {
            sent.add(checkIn);
            return CheckInSender.Delivery.SENT;
        }, clock, "copy-B", CheckInScheduler.LEASE);

        clock.advance(CheckInScheduler.LEASE.plusMinutes(1));
        assertEquals(List.of(), copyB.runDue(clock.instant()));
        assertEquals(List.of(), copyB.runDue(clock.instant()));
        assertEquals(0, sent.size(), "A may have posted it: B does not post a second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void runDue_twoSchedulersRacingOverManyPeople_sendEachOneCheckIn(String kind) throws Exception {
        JdbcPlanStore first = start(kind);
        for (int i = 0; i < 30; i++) {
            plans(first).create("U" + i, GuideFixtures.backendToCloud(), PlanOptions.defaults(), false);
            plans(first).scheduleCheckIns("U" + i, DayOfWeek.MONDAY, LocalTime.of(8, 0), LONDON);
        }
        JdbcPlanStore second = start(kind);
        List<CheckIn> posted = java.util.Collections.synchronizedList(new ArrayList<>());
        CheckInSender sender = checkIn -> {
            posted.add(checkIn);
            return CheckInSender.Delivery.SENT;
        };
        java.util.concurrent.ExecutorService copies = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = copies.submit(() -> new CheckInScheduler(first, sender, clock, "copy-A", CheckInScheduler.LEASE).runDue(clock.instant()));
            var b = copies.submit(() -> new CheckInScheduler(second, sender, clock, "copy-B", CheckInScheduler.LEASE).runDue(clock.instant()));
            List<String> both = new ArrayList<>(a.get());
            both.addAll(b.get());
            assertEquals(30, both.size(), both::toString);
            assertEquals(30, new java.util.HashSet<>(both).size(), "nobody twice");
            assertEquals(30, posted.size());
        } finally {
            copies.shutdownNow();
        }
    }

    @Test
    void runDue_skipped_isNotTriedAgainThatWeek() {
        JdbcPlanStore store = start("h2");
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SKIP).runDue(clock.instant()));
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        assertEquals(1, sent.size());
    }

    @Test
    void runDue_usesTheSchedulesTimeZone() {
        JdbcPlanStore store = start("h2");
        plans(store).create("U1", GuideFixtures.backendToCloud(), PlanOptions.defaults(), false);
        plans(store).scheduleCheckIns("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York"));
        CheckInScheduler scheduler = scheduler(store, CheckInSender.Delivery.SENT);
        clock.set(Instant.parse("2027-03-01T13:59:00Z"));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "08:59 in New York");
        clock.set(Instant.parse("2027-03-01T14:00:00Z"));
        assertEquals(List.of("U1"), scheduler.runDue(clock.instant()));
    }

    @Test
    void runDue_withoutAPlanOrWhenItIsComplete_sendsNothing() {
        JdbcPlanStore store = start("h2");
        plans(store).scheduleCheckIns("U1", DayOfWeek.MONDAY, LocalTime.of(8, 0), LONDON);
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
        StudyPlan plan = ((PlanService.Created) plans(store).create("U1", GuideFixtures.backendToCloud(), PlanOptions.defaults(), false)).plan();
        for (int i = 0; i < plan.total(); i++) {
            plans(store).tick("U1", plan.id(), i, true);
        }
        assertEquals(List.of(), scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant()));
    }

    @Test
    void checkIn_listsWhatIsDueWithinAWeekOrElseTheNextMilestone() {
        JdbcPlanStore store = start("h2");
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant());
        CheckIn first = sent.get(0);
        assertEquals(LocalDate.of(2027, 3, 1), first.today());
        assertEquals(List.of(0), first.due().stream().map(Milestone::position).toList(), "nothing due yet: the next milestone");

        clock.set(Instant.parse("2027-06-28T08:00:00Z"));
        scheduler(store, CheckInSender.Delivery.SENT).runDue(clock.instant());
        assertEquals(List.of(0), sent.get(1).due().stream().map(Milestone::position).toList(), "milestone 1 is due on 1 July");
    }

    @Test
    void start_runsWithTheClocksTimeOnTheGivenExecutor() {
        JdbcPlanStore store = start("h2");
        planWithCheckIns(store, DayOfWeek.MONDAY, LocalTime.of(8, 0));
        ScheduledExecutorService executor = Mockito.mock(ScheduledExecutorService.class);
        scheduler(store, CheckInSender.Delivery.SENT).start(executor, Duration.ofMinutes(1));
        org.mockito.ArgumentCaptor<Runnable> run = org.mockito.ArgumentCaptor.forClass(Runnable.class);
        Mockito.verify(executor).scheduleWithFixedDelay(run.capture(), Mockito.eq(0L), Mockito.eq(60_000L),
                Mockito.eq(java.util.concurrent.TimeUnit.MILLISECONDS));
        run.getValue().run();
        run.getValue().run();
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).plan().userId().equals("U1"));
    }
}
