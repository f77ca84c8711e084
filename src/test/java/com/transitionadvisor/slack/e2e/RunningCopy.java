package com.transitionadvisor.slack.e2e;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.socket_mode.SocketModeClient;
import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.PlanStore;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.slack.standin.SlackStandIn;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.storage.SharedState;
import com.transitionadvisor.storage.UnansweredQuestionRepository;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One running copy of Transition Advisor, wired as {@code Main.slack} wires it — {@code Settings} from an environment,
 * the database, {@link SharedState} (on PostgreSQL: event ids and conversations in the database), the application
 * through {@code Application.start} (its search index in a folder of its own under the shared data folder), the
 * factory, {@link SocketModeRunner#connect} and a {@link CheckInScheduler} holding claims under this copy's name —
 * connected to a {@link SlackStandIn} that other copies share. Tests run its scheduler at instants they choose.
 *
 * <p>{@link #freeze()} and {@link #kill()} stand for a process that hangs and then dies: once frozen, the copy still
 * takes each Slack event in the database but never acks it, and still claims a check-in but never posts it. A kill
 * then cuts its connection without a close frame, stops its answers and its database, and lets nothing it holds
 * finish: what it took or claimed is left behind for the other copies, as after {@code kill -9}.
 */
final class RunningCopy implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    private final SlackStandIn slack;
    private final Database database;
    private final TrackingExecutor executor;
    private final SocketModeRunner runner;
    private final CheckInScheduler scheduler;
    private final int connection;
    private final Freeze freeze;
    private volatile boolean killed;

    private RunningCopy(SlackStandIn slack, Database database, TrackingExecutor executor, SocketModeRunner runner,
                        CheckInScheduler scheduler, int connection, Freeze freeze) {
        this.slack = slack;
        this.database = database;
        this.executor = executor;
        this.runner = runner;
        this.scheduler = scheduler;
        this.connection = connection;
        this.freeze = freeze;
    }

    /** Hangs the threads that reach it once frozen; throws in them once the copy is killed. */
    private static final class Freeze {
        private volatile boolean frozen;
        private final CountDownLatch killed = new CountDownLatch(1);
        /** Counted down when a claimed check-in hangs instead of being posted. */
        private final CountDownLatch checkInHeld = new CountDownLatch(1);

        void hangIfFrozen() {
            if (!frozen) {
                return;
            }
            try {
                killed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("this copy of the app was killed");
        }
    }

    /**
     * Starts a copy and returns once its Socket Mode connection is open.
     *
     * @param databaseEnvironment the database variables {@code Main} reads ({@link Settings#DATABASE_URL}, …)
     * @param dataDir             the data folder, shared by the copies as on one machine
     */
    static RunningCopy start(SlackStandIn slack, Map<String, String> databaseEnvironment, Path dataDir) throws Exception {
        Map<String, String> env = new HashMap<>(databaseEnvironment);
        env.put(Settings.BOT_TOKEN, "xoxb-test");
        env.put(Settings.APP_TOKEN, "xapp-test");
        env.put(Settings.KNOWLEDGE_DIR, "knowledge");
        env.put(Settings.DATA_DIR, dataDir.toString());
        Settings settings = Settings.fromEnvironment(env);
        Settings.SlackTokens tokens = settings.slackTokens();
        Freeze freeze = new Freeze();
        Database database = Database.open(settings.databaseConfig());
        TrackingExecutor executor = new TrackingExecutor(4, "copy-answers-");
        try {
            JdbcPlanStore planStore = new JdbcPlanStore(database, Clock.systemUTC());
            SharedState shared = SharedState.of(database, Clock.systemUTC(),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker());
            if (!shared.inDatabase()) {
                throw new IllegalStateException("several copies need a shared database, not " + database.config());
            }
            Application app = Application.start(settings, new UnansweredQuestionRepository(database), planStore,
                    com.transitionadvisor.search.semantic.TestEmbedder.shared(), shared::conversations,
                    com.transitionadvisor.answers.GroupMembers.NONE);
            SlackAppFactory factory = new SlackAppFactory(app.assistant(), app.presenter(),
                    freezable(shared.events(), freeze), executor, app.plans());
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.methodsUrlPrefix());
            int before = slack.connectionCount();
            SocketModeRunner runner = SocketModeRunner.connect(config, factory, tokens.bot(), tokens.app(), executor);
            slack.awaitConnections(before + 1, WAIT);
            CheckInScheduler scheduler = new CheckInScheduler(freezable(planStore, freeze), factory.checkInSender()
                    .orElseThrow(), Clock.systemUTC(), shared.copyName(), CheckInScheduler.LEASE);
            return new RunningCopy(slack, database, executor, runner, scheduler, before, freeze);
        } catch (Exception | Error e) {
            executor.shutdownNow();
            database.close();
            throw e;
        }
    }

    /** Takes each event as the real one does, then hangs before the ack once frozen. */
    private static EventDeduplicator freezable(EventDeduplicator events, Freeze freeze) {
        return new EventDeduplicator() {
            @Override
            public Decision take(String eventId) {
                Decision decision = events.take(eventId);
                freeze.hangIfFrozen();
                return decision;
            }

            @Override
            public void answered(String eventId) {
                events.answered(eventId);
            }
        };
    }

    /** The plan store, except that once frozen a claimed check-in hangs just before it would be posted. */
    private static PlanStore freezable(PlanStore store, Freeze freeze) {
        return (PlanStore) Proxy.newProxyInstance(PlanStore.class.getClassLoader(), new Class<?>[] {PlanStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("startPostingCheckIn") && freeze.frozen) {
                        freeze.checkInHeld.countDown();
                        freeze.hangIfFrozen();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    CheckInScheduler scheduler() {
        return scheduler;
    }

    /** This copy's connection, numbered as {@link SlackStandIn#deliveredTo} numbers them. */
    int connection() {
        return connection;
    }

    void awaitAnswersSent() {
        executor.awaitQuiet(WAIT);
    }

    /** From now on the copy hangs instead of acking an event, and instead of posting a check-in it claimed. */
    void freeze() {
        freeze.frozen = true;
    }

    /** Waits until, frozen, the copy holds a check-in it claimed and will never post. */
    void awaitCheckInHeld() throws InterruptedException {
        if (!freeze.checkInHeld.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the frozen copy claimed no check-in within " + WAIT);
        }
    }

    /** Dies at once, as a killed process does: see the class comment. */
    void kill() throws Exception {
        killed = true;
        SocketModeClient client = (SocketModeClient) field("client");
        client.setAutoReconnectEnabled(false);
        slack.dropConnection(connection);
        executor.shutdownNow();
        database.close();
        freeze.killed.countDown();
        try {
            client.close();
        } finally {
            ((Slack) field("slack")).close();
        }
    }

    /** A crash cannot be asked of the runner, whose close drains: reach into it as the kill would. */
    private Object field(String name) throws ReflectiveOperationException {
        Field field = SocketModeRunner.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(runner);
    }

    /** Shuts the copy down in {@code Main}'s order: the runner (socket, answers in flight, client), then the database. */
    @Override
    public void close() throws Exception {
        if (killed) {
            return;
        }
        try {
            runner.close();
        } finally {
            database.close();
        }
    }
}
