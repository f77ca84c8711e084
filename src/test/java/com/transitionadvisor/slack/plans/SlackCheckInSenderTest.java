package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.GuideFixtures;
import com.transitionadvisor.plans.MutableClock;
import com.transitionadvisor.plans.PlanBuilder;
import com.transitionadvisor.plans.PlanOptions;
import com.transitionadvisor.plans.PlanService;
import com.transitionadvisor.slack.standin.SlackStandIn;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the check-in sender tells the scheduler about a post, against the stand-in over real HTTP: sent only when
 * Slack confirms; a post Slack took but answered too late (the client's read timeout) is of unknown outcome and is
 * never sent again that week; a refusal, or a Slack that could not be reached at all, is tried again.
 */
class SlackCheckInSenderTest {
    private static final Instant MONDAY_9AM = Instant.parse("2027-03-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private SlackStandIn slack;
    private Slack client;
    private Database database;
    private JdbcPlanStore store;
    private final MutableClock clock = new MutableClock(MONDAY_9AM, ZoneOffset.UTC);

    @BeforeEach
    void start() {
        slack = SlackStandIn.start();
        database = Database.open(DatabaseConfig.h2File(folder));
        store = new JdbcPlanStore(database, clock);
        PlanService plans = new PlanService(store, GuideFixtures.knowledge(), new PlanBuilder(), clock);
        plans.create("U0LATE", GuideFixtures.backendToCloud(), PlanOptions.defaults(), false);
        plans.scheduleCheckIns("U0LATE", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneOffset.UTC);
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        database.close();
        slack.close();
    }

    private CheckInScheduler scheduler(String methodsUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(methodsUrl);
        config.setHttpClientReadTimeoutMillis(300);
        client = Slack.getInstance(config);
        return new CheckInScheduler(store, new SlackCheckInSender(client.methods("xoxb-test")), clock);
    }

    private long postsTo(String user) {
        return slack.calls("chat.postMessage").stream().filter(call -> user.equals(call.param("channel"))).count();
    }

    @Test
    void aPostSlackTookButAnsweredAfterTheTimeout_isNeverSentAgainThatWeek() {
        CheckInScheduler scheduler = scheduler(slack.methodsUrlPrefix());
        slack.stallNext("chat.postMessage", Duration.ofSeconds(2));

        assertEquals(List.of(), scheduler.runDue(clock.instant()), "not confirmed");
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "not sent blindly again");
        assertEquals(1, postsTo("U0LATE"), "one post reached Slack; the person has one check-in");

        clock.set(MONDAY_9AM.plus(Duration.ofDays(7)));
        assertEquals(List.of("U0LATE"), scheduler.runDue(clock.instant()), "next week's goes out as usual");
    }

    @Test
    void aPostSlackRefusedForAPassingReason_orAnHttpError_isSortedByWhatSlackSurelyDid() {
        CheckInScheduler scheduler = scheduler(slack.methodsUrlPrefix());
        slack.failNext("chat.postMessage", 200, Map.of(), JSON.createObjectNode().put("ok", false).put("error", "fatal_error"));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "refused: not posted");
        assertEquals(List.of("U0LATE"), scheduler.runDue(clock.instant()), "so it is tried again");
        assertEquals(2, postsTo("U0LATE"));
    }

    @Test
    void aServerErrorMayComeAfterThePost_soItIsNotRetried() {
        CheckInScheduler scheduler = scheduler(slack.methodsUrlPrefix());
        slack.failNext("chat.postMessage", 503, Map.of(), null);
        assertEquals(List.of(), scheduler.runDue(clock.instant()));
        assertEquals(List.of(), scheduler.runDue(clock.instant().plusSeconds(600)));
        assertEquals(1, postsTo("U0LATE"));
    }

    @Test
    void aSlackThatCannotBeReachedAtAll_isTriedAgainOnTheNextRun() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CheckInScheduler unreachable = scheduler("http://127.0.0.1:" + closedPort + "/api/");
        assertEquals(List.of(), unreachable.runDue(clock.instant()), "connection refused: nothing was posted");
        client.close();
        client = null;
        assertEquals(List.of("U0LATE"), scheduler(slack.methodsUrlPrefix()).runDue(clock.instant()), "the week is still open");
        assertEquals(1, postsTo("U0LATE"));
    }

    @Test
    void neverSent_onlyWhenSlackWasNotReached() {
        assertEquals(true, SlackCheckInSender.neverSent(new java.net.ConnectException("refused")));
        assertEquals(true, SlackCheckInSender.neverSent(new java.net.UnknownHostException("slack.com")));
        assertEquals(false, SlackCheckInSender.neverSent(new java.net.SocketTimeoutException("timeout")));
        assertEquals(false, SlackCheckInSender.neverSent(new IOException("unexpected end of stream")));
    }
}
