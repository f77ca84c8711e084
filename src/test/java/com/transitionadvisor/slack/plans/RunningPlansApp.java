package com.transitionadvisor.slack.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.SlackConfig;
import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.PlanStore;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.slack.e2e.StandInCalls;
import com.transitionadvisor.slack.e2e.TrackingExecutor;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.storage.UnansweredQuestionRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The real Transition Advisor with study plans, wired as {@code Main.slack} wires it — {@code Settings} read from
 * an environment, {@link Database#open} on {@code settings.databaseConfig()} (Flyway migrations included), a
 * {@link JdbcPlanStore}, the application with its {@code PlanDesk}, {@link SlackAppFactory} with those plans,
 * {@link SocketModeRunner#connect} and a {@link CheckInScheduler} on the factory's check-in sender — connected over
 * real Socket Mode (Tyrus) to a {@link SlackStandIn} on 127.0.0.1.
 *
 * <p>What differs from {@code Main}: the Web API points at the stand-in, the tokens are {@code xoxb-test} /
 * {@code xapp-test}, the clock is the test's (so plan dates and check-ins are reproducible and nothing sleeps;
 * {@code Application.start} is {@code Application.of} with the system clock), the answer executor is a
 * {@link TrackingExecutor} (the same fixed pool of four, plus counters), and the check-in scheduler is not put on a
 * timer: tests call {@link CheckInScheduler#runDue} at the instant they choose.
 *
 * <p>Closing goes in {@code Main}'s shutdown order — the runner (socket, answers in flight, client, {@code Slack}),
 * then the database — and only then the stand-in, as {@code SOCKET_MODE_TESTING.md} prescribes. A restart is
 * {@link #close()} followed by {@link #start} on the same database environment.
 */
final class RunningPlansApp implements AutoCloseable {

    /** Upper bound for every wait; a healthy round trip takes milliseconds. */
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Slack shows the user an error when an envelope is not acked within 3 seconds. */
    static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);
    static final String BOT_TOKEN = "xoxb-test";
    static final String APP_TOKEN = "xapp-test";
    static final String KNOWLEDGE_DIR = "knowledge";

    private final SlackStandIn slack;
    private final Database database;
    private final Clock clock;
    private final SlackAppFactory factory;
    private final TrackingExecutor executor;
    private final SocketModeRunner runner;
    private final JdbcPlanStore planStore;

    private RunningPlansApp(SlackStandIn slack, Database database, Clock clock, SlackAppFactory factory,
                            TrackingExecutor executor, SocketModeRunner runner, JdbcPlanStore planStore) {
        this.slack = slack;
        this.database = database;
        this.clock = clock;
        this.factory = factory;
        this.executor = executor;
        this.runner = runner;
        this.planStore = planStore;
    }

    /**
     * Starts a stand-in and the app, and returns once the app's Socket Mode connection is open.
     *
     * @param databaseEnvironment the database variables {@code Main} reads ({@link Settings#DATA_DIR}, or
     *                            {@link Settings#DATABASE_URL} with {@code _USER} and {@code _PASSWORD})
     */
    static RunningPlansApp start(Map<String, String> databaseEnvironment, Clock clock) throws Exception {
        Map<String, String> env = new HashMap<>(databaseEnvironment);
        env.put(Settings.BOT_TOKEN, BOT_TOKEN);
        env.put(Settings.APP_TOKEN, APP_TOKEN);
        env.put(Settings.KNOWLEDGE_DIR, KNOWLEDGE_DIR);
        Settings settings = Settings.fromEnvironment(env);
        Settings.SlackTokens tokens = settings.slackTokens();

        SlackStandIn slack = SlackStandIn.start();
        Database database = null;
        TrackingExecutor executor = null;
        try {
            database = Database.open(settings.databaseConfig());
            JdbcPlanStore planStore = new JdbcPlanStore(database, clock);
            Application application = Application.of(new KnowledgeBaseLoader().load(settings.knowledgeDir()),
                    new VocabularyLoader().load(settings.knowledgeDir()), new UnansweredQuestionRepository(database), clock,
                    Ticker.systemTicker(), planStore, com.transitionadvisor.search.semantic.TestEmbedder.shared());
            executor = new TrackingExecutor(4, "plans-e2e-answers-");
            SlackAppFactory factory = new SlackAppFactory(application.assistant(), application.presenter(),
                    new InMemoryEventDeduplicator(Ticker.systemTicker()), executor, application.plans());
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.methodsUrlPrefix());
            SocketModeRunner runner = SocketModeRunner.connect(config, factory, tokens.bot(), tokens.app(), executor);
            slack.awaitConnections(1, WAIT);
            return new RunningPlansApp(slack, database, clock, factory, executor, runner, planStore);
        } catch (Exception | Error e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            if (database != null) {
                database.close();
            }
            slack.close();
            throw e;
        }
    }

    /** Disconnects the app, closes its database, then stops the stand-in. */
    @Override
    public void close() throws Exception {
        try {
            runner.close();
        } finally {
            try {
                database.close();
            } finally {
                slack.close();
            }
        }
    }

    SlackStandIn slack() {
        return slack;
    }

    Database database() {
        return database;
    }

    /** A store of its own on the app's database, to read back what the app saved. */
    PlanStore freshStore() {
        return new JdbcPlanStore(database, clock);
    }

    /**
     * A check-in scheduler as {@code Main} builds one: over the app's plan store, sending through the factory's
     * check-in sender (direct messages through the app's Web API client), with the test's clock. Each call is a
     * new instance, as after a restart.
     */
    CheckInScheduler newCheckInScheduler() {
        return new CheckInScheduler(planStore, factory.checkInSender().orElseThrow(
                () -> new AssertionError("an app with plans must have a check-in sender")), clock);
    }

    // ---- sending -------------------------------------------------------------------------------------------

    /** A slash command as sent, with how long the app took to ack it. */
    record Sent(String envelopeId, String responseUrl, JsonNode ack, Duration ackedAfter) {
    }

    /** Sends {@code /transition text} from {@code userId} in {@code channelId} (named {@code general}). */
    Sent command(String text, String userId, String channelId) {
        String responseUrl = slack.responseUrl();
        return sendTimed(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND, text, userId,
                channelId, responseUrl), responseUrl);
    }

    /** Sends an {@code interactive} envelope and waits for its ack. */
    Sent interact(JsonNode payload) {
        return sendTimed(SlackStandIn.INTERACTIVE, payload, payload.path("response_url").asText(null));
    }

    /** Sends an {@code events_api} envelope and waits for its ack. */
    Sent event(JsonNode payload) {
        return sendTimed(SlackStandIn.EVENTS_API, payload, null);
    }

    private Sent sendTimed(String type, JsonNode payload, String responseUrl) {
        long started = System.nanoTime();
        String id = slack.sendEnvelope(type, payload);
        JsonNode ack = slack.awaitAck(id, WAIT);
        return new Sent(id, responseUrl, ack, Duration.ofNanos(System.nanoTime() - started));
    }

    // ---- waiting -------------------------------------------------------------------------------------------

    /** Waits for the post to the {@code response_url} of {@code sent}. */
    ApiCall awaitResponse(Sent sent) {
        String url = sent.responseUrl();
        if (url == null) {
            throw new IllegalArgumentException("that envelope had no response_url");
        }
        return slack.awaitCall(SlackStandIn.RESPONSE_URL, call -> url.endsWith(call.path()), WAIT);
    }

    /** The {@code views.publish} calls for {@code userId} so far, oldest first. */
    List<ApiCall> homePublishes(String userId) {
        return slack.calls("views.publish").stream().filter(call -> userId.equals(call.param("user_id"))).toList();
    }

    /**
     * Waits for a {@code views.publish} for {@code userId}, made after the first {@code skip} of them, whose view
     * {@code match} accepts; returns the first such.
     */
    ApiCall awaitHomePublish(String userId, int skip, Predicate<JsonNode> match) {
        awaitCondition("a views.publish for " + userId + " after the first " + skip + " matching the test",
                () -> homePublishes(userId).stream().skip(skip).anyMatch(call -> match.test(call.body().path("view"))));
        return homePublishes(userId).stream().skip(skip).filter(call -> match.test(call.body().path("view")))
                .findFirst().orElseThrow();
    }

    /** Every {@code chat.postMessage} to {@code channel} so far, oldest first. */
    List<ApiCall> posts(String channel) {
        return StandInCalls.posts(slack, channel);
    }

    /** Waits until {@code channel} got at least {@code n} posts, and returns the {@code n}th (1-based). */
    ApiCall awaitPost(String channel, int n) {
        return StandInCalls.awaitPost(slack, channel, n, WAIT);
    }

    /**
     * Waits until every answer the listeners handed to the executor has finished, so its Web API calls are
     * recorded: listeners schedule their work before they return, and the ack goes out only after that.
     */
    void awaitAnswersSent() {
        executor.awaitQuiet(WAIT);
    }

    /** Waits for a condition over the stand-in's records without polling; see {@link StandInCalls#awaitCondition}. */
    void awaitCondition(String what, BooleanSupplier condition) {
        StandInCalls.awaitCondition(slack, what, WAIT, condition);
    }

    /** A short description of calls, for failure messages. */
    static String describe(List<ApiCall> calls) {
        return StandInCalls.describe(calls);
    }

    static String describe(ApiCall call) {
        return StandInCalls.describe(call);
    }
}
