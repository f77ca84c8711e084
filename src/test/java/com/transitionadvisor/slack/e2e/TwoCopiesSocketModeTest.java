package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.contextTexts;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.sectionTexts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.Settings;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two copies of the app on one PostgreSQL server (each test in a schema of its own; skipped only when
 * {@code TRANSITION_TEST_POSTGRES_URL} is absent, which CI never allows), both connected over real Socket Mode to one
 * stand-in that, as Slack does, hands each envelope to either connection at random and redelivers an event nobody
 * acked within 3 s. Redeliveries are answered once, follow-ups keep their context whichever copy gets them,
 * check-ins go out once with both schedulers running, and when one copy dies mid-way the other answers everything
 * it left and sends the check-in it had claimed.
 */
class TwoCopiesSocketModeTest {
    private static final Duration WAIT = RunningCopy.WAIT;
    private static final String PAY_QUESTION = "I'm a cloud engineer moving to backend, will my pay drop?";
    private static final String PAY_FOLLOW_UP = "for how long?";
    private static final Predicate<List<String>> ABOUT_THE_PAY_DIP = sections -> sections.stream()
            .anyMatch(text -> text.contains("12–18 months") || text.contains("2–4 years"));
    private static final String PLAN = "plan backend developer to cloud engineer part-time start 2027-01-04";
    /** A Monday 09:00 UTC after the plans start: every weekly check-in below is due. */
    private static final Instant CHECK_INS_DUE = Instant.parse("2027-01-11T09:00:00Z");

    @TempDir
    Path dataDir;
    private DatabaseConfig schema;
    private SlackStandIn slack;
    private final List<RunningCopy> copies = new ArrayList<>();

    @BeforeEach
    void startTwoCopies() throws Exception {
        schema = TestDatabases.freshPostgresSchema();
        Map<String, String> env = new HashMap<>();
        env.put(Settings.DATABASE_URL, schema.jdbcUrl());
        schema.user().ifPresent(user -> env.put(Settings.DATABASE_USER, user));
        schema.password().ifPresent(password -> env.put(Settings.DATABASE_PASSWORD, password));
        slack = SlackStandIn.start();
        copies.add(RunningCopy.start(slack, env, dataDir));
        copies.add(RunningCopy.start(slack, env, dataDir));
        slack.spreadAtRandom(20261201L);
        slack.redeliverUnackedEvents(Duration.ofSeconds(3), 3);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            for (RunningCopy copy : copies) {
                copy.close();
            }
        } finally {
            if (slack != null) {
                slack.close();
            }
            if (schema != null) {
                TestDatabases.dropPostgresSchema(schema);
            }
        }
    }

    @Test
    void eachCopyKeepsASearchIndexFolderOfItsOwn() {
        assertTrue(Files.isDirectory(dataDir.resolve("search-index").resolve("copy-1")));
        assertTrue(Files.isDirectory(dataDir.resolve("search-index").resolve("copy-2")));
    }

    @Test
    void redeliveredEvents_areAnsweredOnce_andFollowUpsKeepTheirContext_whicheverCopyGetsThem() {
        List<String> envelopes = new ArrayList<>();
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String user = "U0TWO" + i;
            String channel = "D0TWO" + i;
            String asked = slack.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.directMessage(user, channel, PAY_QUESTION));
            slack.resend(asked, 1); // redelivered at once, while the first delivery may still be answered
            envelopes.add(asked);
            awaitPosts(channel, 1);
            String followUp = slack.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.directMessage(user, channel, PAY_FOLLOW_UP));
            envelopes.add(followUp);
            ApiCall answer = awaitPosts(channel, 2).get(1);
            slack.resend(followUp, 1); // and once after it was answered
            checks.add(() -> assertTrue(ABOUT_THE_PAY_DIP.test(sectionTexts(answer.body().path("blocks"))),
                    () -> channel + ": how long the pay dip lasts: " + sectionTexts(answer.body().path("blocks"))));
        }
        // a slash command on one copy, then the same person's first DM: its context is that guide's
        for (int i = 0; i < 6; i++) {
            slack.awaitAck(slack.sendEnvelope(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND,
                    "backend dev to cloud eng", "U0CMD" + i, "C0CMD", slack.responseUrl())), WAIT);
            String channel = "D0CMD" + i;
            envelopes.add(slack.sendEnvelope(SlackStandIn.EVENTS_API,
                    SlackPayloads.directMessage("U0CMD" + i, channel, "how long will it take?")));
            ApiCall answer = awaitPosts(channel, 1).get(0);
            checks.add(() -> assertEquals(List.of("From the Backend Developer → Cloud Engineer guide · Timeline · reviewed 20 November 2026"),
                    contextTexts(answer.body().path("blocks")), () -> channel + ": " + StandInCalls.describe(answer)));
        }

        awaitEveryDeliveryAcked(envelopes);
        copies.forEach(RunningCopy::awaitAnswersSent);
        for (int i = 0; i < 12; i++) {
            String channel = "D0TWO" + i;
            checks.add(() -> assertEquals(2, StandInCalls.posts(slack, channel).size(),
                    () -> channel + ": one answer per question: " + StandInCalls.describe(StandInCalls.posts(slack, channel))));
        }
        for (int i = 0; i < 6; i++) {
            String channel = "D0CMD" + i;
            checks.add(() -> assertEquals(1, StandInCalls.posts(slack, channel).size(), channel));
        }
        Set<Integer> connections = envelopes.stream().flatMap(id -> slack.deliveredTo(id).stream()).collect(Collectors.toSet());
        checks.add(() -> assertEquals(Set.of(0, 1), connections, "envelopes reached both copies"));
        checks.add(() -> assertTrue(envelopes.stream().anyMatch(id -> new HashSet<>(slack.deliveredTo(id)).size() == 2),
                "some event was delivered to one copy and redelivered to the other"));
        List<String> pairs = envelopes.subList(0, 24);
        checks.add(() -> assertTrue(crossedCopies(pairs), "some follow-up reached the other copy than its question"));
        assertAll(checks);
    }

    @Test
    void checkIns_withBothSchedulersRunningAtOnce_areSentOncePerPerson() throws Exception {
        List<String> people = plansWithCheckIns("U0WEEK", 10);

        List<String> sent = runBothSchedulers(CHECK_INS_DUE);
        assertEquals(new HashSet<>(people), new HashSet<>(sent), "every check-in sent by one scheduler or the other");
        assertEquals(people.size(), sent.size(), "none by both: " + sent);
        List<String> again = runBothSchedulers(CHECK_INS_DUE.plus(Duration.ofHours(2)));
        assertEquals(List.of(), again, "once a week");
        for (String person : people) {
            assertEquals(1, StandInCalls.posts(slack, person).size(), person);
        }
    }

    @Test
    void oneCopyKilledMidWay_theOtherAnswersWhatItLeft_andSendsTheCheckInItHadClaimed() throws Exception {
        List<String> people = plansWithCheckIns("U0KILL", 4);
        for (int i = 0; i < 6; i++) {
            slack.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.directMessage("U0CTX" + i, "D0CTX" + i, PAY_QUESTION));
        }
        for (int i = 0; i < 6; i++) {
            awaitPosts("D0CTX" + i, 1);
        }
        RunningCopy doomed = copies.get(0);
        RunningCopy survivor = copies.get(1);

        // The doomed copy hangs: it claims a check-in and never posts it, takes events and never acks them ...
        doomed.freeze();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            background.submit(() -> doomed.scheduler().runDue(CHECK_INS_DUE));
            doomed.awaitCheckInHeld();
            List<String> followUps = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                followUps.add(slack.sendEnvelope(SlackStandIn.EVENTS_API,
                        SlackPayloads.directMessage("U0CTX" + i, "D0CTX" + i, PAY_FOLLOW_UP)));
            }
            awaitCondition("some follow-up delivered to the doomed copy",
                    () -> followUps.stream().anyMatch(id -> slack.deliveredTo(id).contains(doomed.connection())));
            // ... and dies.
            doomed.kill();

            // Slack redelivers what the dead copy never acked; the survivor takes those over and answers with context.
            awaitEveryDeliveryAcked(followUps);
            for (int i = 0; i < 6; i++) {
                String channel = "D0CTX" + i;
                List<ApiCall> posts = awaitPosts(channel, 2);
                survivor.awaitAnswersSent();
                assertEquals(2, StandInCalls.posts(slack, channel).size(), channel + ": nothing answered twice");
                assertTrue(ABOUT_THE_PAY_DIP.test(sectionTexts(posts.get(1).body().path("blocks"))),
                        () -> channel + ": context kept across copies: " + sectionTexts(posts.get(1).body().path("blocks")));
            }
            assertTrue(followUps.stream().anyMatch(id -> slack.deliveredTo(id).size() > 1),
                    "some follow-up had to be redelivered after the kill");

            // The survivor's scheduler: the dead copy's claim holds until its lease runs out, then is taken over.
            List<String> beforeLease = survivor.scheduler().runDue(CHECK_INS_DUE.plus(Duration.ofMinutes(1)));
            List<String> afterLease = survivor.scheduler().runDue(CHECK_INS_DUE.plus(CheckInScheduler.LEASE).plusSeconds(61));
            assertEquals(people.size() - 1, beforeLease.size(), "all but the one the dead copy claimed: " + beforeLease);
            assertEquals(1, afterLease.size(), "the dead copy's, once its lease ran out: " + afterLease);
            for (String person : people) {
                assertEquals(1, StandInCalls.posts(slack, person).size(), person + ": exactly one check-in");
            }
        } finally {
            background.shutdownNow();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Makes a plan with weekly check-ins for {@code n} people through slash commands spread over both copies. */
    private List<String> plansWithCheckIns(String prefix, int n) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String person = prefix + i;
            command(PLAN, person);
            command("plan check-in monday 9:00 UTC", person);
            people.add(person);
        }
        return people;
    }

    private void command(String text, String user) {
        String responseUrl = slack.responseUrl();
        String id = slack.sendEnvelope(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND,
                text, user, "C0PLANS", responseUrl));
        slack.awaitAck(id, WAIT);
        slack.awaitCall(SlackStandIn.RESPONSE_URL, call -> responseUrl.endsWith(call.path()), WAIT);
    }

    private List<String> runBothSchedulers(Instant now) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (RunningCopy copy : copies) {
                runs.add(threads.submit(() -> copy.scheduler().runDue(now)));
            }
            List<String> sent = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                sent.addAll(run.get());
            }
            return sent;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<ApiCall> awaitPosts(String channel, int n) {
        StandInCalls.awaitPost(slack, channel, n, WAIT);
        return StandInCalls.posts(slack, channel);
    }

    private void awaitEveryDeliveryAcked(List<String> envelopes) {
        awaitCondition("an ack for every envelope", () -> envelopes.stream().noneMatch(id -> slack.acks(id).isEmpty()));
    }

    private void awaitCondition(String what, java.util.function.BooleanSupplier condition) {
        StandInCalls.awaitCondition(slack, what, WAIT, condition);
    }

    /** True when, for some (question, follow-up) pair, the two were first delivered to different copies. */
    private boolean crossedCopies(List<String> envelopes) {
        for (int i = 0; i + 1 < envelopes.size(); i += 2) {
            List<Integer> question = slack.deliveredTo(envelopes.get(i));
            List<Integer> followUp = slack.deliveredTo(envelopes.get(i + 1));
            if (!question.isEmpty() && !followUp.isEmpty() && !question.get(0).equals(followUp.get(0))) {
                return true;
            }
        }
        return false;
    }
}
