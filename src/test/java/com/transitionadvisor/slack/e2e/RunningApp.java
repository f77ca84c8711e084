package com.transitionadvisor.slack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.live.KnowledgeProblemsListener;
import com.transitionadvisor.live.KnowledgeWatcher;
import com.transitionadvisor.live.LoggedKnowledgeProblems;
import com.transitionadvisor.slack.AuthorsNotifier;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import com.transitionadvisor.slack.SlackGroupMembers;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SlackTimeouts;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Transition Advisor, wired exactly as {@code Main} wires it for Slack, connected over real Socket Mode
 * (Tyrus) to a {@link SlackStandIn} on 127.0.0.1.
 *
 * <p>Use it once per test class, so the app starts once:
 * <pre>{@code
 * @RegisterExtension
 * static final RunningApp app = new RunningApp();
 * }</pre>
 * or on its own with {@link #start()} inside try-with-resources.
 *
 * <p>What differs from {@code Main}: the {@code SlackConfig} points the Web API at the stand-in, the tokens are
 * {@code xoxb-test} / {@code xapp-test} (read through {@link Settings} as {@code Main} reads them), and the answer
 * executor is a {@link TrackingExecutor} (the same fixed pool of four threads, plus counters) so a test can wait
 * until every answer has been sent instead of sleeping.
 *
 * <p>{@code TRANSITION_AUTHORS} is {@link #AUTHOR}. Options, set before it starts: {@link #withEnvironment},
 * {@link #withQuestionLog} (e.g. a {@link TestQuestionLog} to read what was
 * recorded, or to stall like a slow database) and {@link #beforeConnect} (faults the stand-in should inject
 * while the app connects).
 *
 * <p>Closed in the order {@code SOCKET_MODE_TESTING.md} prescribes: {@link SocketModeRunner#close()} (answers,
 * then the {@code SocketModeApp}, its client and the {@code Slack} instance), and only then the stand-in.
 */
final class RunningApp implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** Upper bound for every wait; a healthy round trip takes milliseconds. */
    static final Duration WAIT = Duration.ofSeconds(5);
    static final String BOT_TOKEN = "xoxb-test";
    static final String APP_TOKEN = "xapp-test";
    /** The knowledge folder Main uses by default: relative to the project root, Maven's working directory. */
    static final String KNOWLEDGE_DIR = "knowledge";
    /** The guide author named in {@code TRANSITION_AUTHORS} unless a test sets it otherwise. */
    static final String AUTHOR = "U0AUTHOR";

    private volatile SlackStandIn slack;
    private volatile TrackingExecutor executor;
    private volatile SocketModeRunner runner;
    private volatile Assistant assistant;
    /** The Web API client for author groups, as {@code Main} makes it; closed with the app. */
    private volatile Slack directory;

    private Supplier<? extends QuestionLog> questionLogs = InMemoryQuestionLog::new;
    private volatile QuestionLog questionLog;
    private Consumer<SlackStandIn> beforeConnect = standIn -> { };
    private int workers = 4;
    private int queue = -1;
    private Duration callTimeout = SlackTimeouts.CALL;
    private String knowledgeDir = KNOWLEDGE_DIR;
    private Optional<Path> dataDir = Optional.empty();
    private Optional<KnowledgeProblemsListener> watching = Optional.empty();
    private List<String> authors = List.of();
    private volatile KnowledgeWatcher watcher;

    /**
     * Serves {@code knowledge} (its search index in {@code data}) and watches it as {@code Main} does, telling
     * {@code listener} as well as the log and, by DM, {@code authors} (as if {@code TRANSITION_AUTHORS} named them).
     */
    RunningApp watchingKnowledge(Path knowledge, Path data, List<String> authors, KnowledgeProblemsListener listener) {
        this.knowledgeDir = knowledge.toString();
        this.dataDir = Optional.of(data);
        this.authors = List.copyOf(authors);
        this.watching = Optional.of(listener);
        return this;
    }
    private final Map<String, String> environment = new java.util.HashMap<>(Map.of(Settings.AUTHORS, AUTHOR));

    /** Uses a fresh log from {@code logs} each time the app starts, instead of an {@link InMemoryQuestionLog}. */
    RunningApp withQuestionLog(Supplier<? extends QuestionLog> logs) {
        this.questionLogs = logs;
        return this;
    }

    /**
     * Answers on {@code threads} workers with at most {@code queue} answers waiting, refusing more, as
     * {@code Main}'s {@code AfterAck.boundedWorkers} does (default: four workers and an unbounded queue).
     */
    RunningApp withWorkers(int threads, int queue) {
        this.workers = threads;
        this.queue = queue;
        return this;
    }

    /** Limits each Web API call to {@code timeout} (default {@link SlackTimeouts#CALL}, as in {@code Main}). */
    RunningApp withCallTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return this;
    }

    /** Sets an environment variable the app reads through {@link Settings} (say, {@link Settings#AUTHORS}). */
    RunningApp withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs {@code faults} on the stand-in after it started and before the app connects to it. */
    RunningApp beforeConnect(Consumer<SlackStandIn> faults) {
        this.beforeConnect = faults;
        return this;
    }

    /** Starts the stand-in and the app, and returns once the app's Socket Mode connection is open. */
    static RunningApp start() throws Exception {
        return new RunningApp().startNow();
    }

    /** Starts this configured instance (for use outside the JUnit extension); close it when done. */
    RunningApp startNow() throws Exception {
        open();
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    private void open() throws Exception {
        if (slack != null) {
            throw new IllegalStateException("already started");
        }
        slack = SlackStandIn.start();
        try {
            Map<String, String> env = new HashMap<>(environment);
            env.putAll(Map.of(Settings.BOT_TOKEN, BOT_TOKEN, Settings.APP_TOKEN, APP_TOKEN, Settings.KNOWLEDGE_DIR, knowledgeDir));
            dataDir.ifPresent(dir -> env.put(Settings.DATA_DIR, dir.toString()));
            Settings settings = Settings.fromEnvironment(env);
            Settings.SlackTokens tokens = settings.slackTokens();
            questionLog = questionLogs.get();
            SlackConfig config = SlackTimeouts.applyTo(new SlackConfig(), callTimeout);
            config.setMethodsEndpointUrlPrefix(slack.methodsUrlPrefix());
            directory = Slack.getInstance(config);
            Application application = Application.start(settings, questionLog, null,
                    com.transitionadvisor.search.semantic.TestEmbedder.shared(),
                    topics -> new com.transitionadvisor.answers.InMemoryConversationMemory(Ticker.systemTicker()),
                    SlackGroupMembers.of(directory.methods(tokens.bot()), Ticker.systemTicker()));
            assistant = application.assistant();
            executor = queue < 0 ? new TrackingExecutor(workers) : new TrackingExecutor(workers, queue, "e2e-answers-");
            SlackAppFactory factory = new SlackAppFactory(application.assistant(), application.presenter(),
                    new InMemoryEventDeduplicator(Ticker.systemTicker()), executor);
            beforeConnect.accept(slack);
            runner = SocketModeRunner.connect(config, factory, tokens.bot(), tokens.app(), executor);
            slack.awaitConnections(1, WAIT);
            if (watching.isPresent()) {
                SocketModeRunner connected = runner;
                watcher = application.watchKnowledge(KnowledgeProblemsListener.all(List.of(new LoggedKnowledgeProblems(),
                        new AuthorsNotifier(connected.webApi(tokens.bot()), authors), watching.get()))).orElseThrow();
            }
        } catch (Exception | Error e) {
            try {
                close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Disconnects the app, then stops the stand-in. Idempotent. */
    @Override
    public void close() throws Exception {
        KnowledgeWatcher watched = watcher;
        watcher = null;
        if (watched != null) {
            watched.close();
        }
        SocketModeRunner connected = runner;
        runner = null;
        try {
            if (connected != null) {
                connected.close();
            } else if (executor != null) {
                executor.shutdownNow();
            }
        } finally {
            Slack groups = directory;
            directory = null;
            if (groups != null) {
                groups.close();
            }
            SlackStandIn standIn = slack;
            slack = null;
            executor = null;
            if (standIn != null) {
                standIn.close();
            }
        }
    }

    /** The connection to Slack, e.g. to {@linkplain SocketModeRunner#close() shut it down} before the stand-in. */
    SocketModeRunner runner() {
        SocketModeRunner connected = runner;
        if (connected == null) {
            throw new IllegalStateException("the app is not running");
        }
        return connected;
    }

    /** The question log the app records to. */
    QuestionLog questionLog() {
        return questionLog;
    }

    /** The app's core, as the listeners see it. */
    Assistant assistant() {
        return assistant;
    }

    /** The stand-in for Slack the app is connected to. */
    SlackStandIn slack() {
        SlackStandIn standIn = slack;
        if (standIn == null) {
            throw new IllegalStateException("the app is not running");
        }
        return standIn;
    }

    // ---- conveniences --------------------------------------------------------------------------------------

    /** Sends {@code /transition text} from {@code userId} in {@code channelId} and returns the ack. */
    JsonNode command(String text, String userId, String channelId) {
        String id = slack().sendEnvelope(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(
                SlackAppFactory.COMMAND, text, userId, channelId, slack().responseUrl()));
        return slack().awaitAck(id, WAIT);
    }

    /** Sends {@code /transition text} from U123 in C123 and returns the ack. */
    JsonNode command(String text) {
        return command(text, "U123", "C123");
    }

    /** Sends an envelope and returns its id. */
    String send(String type, JsonNode payload) {
        return slack().sendEnvelope(type, payload);
    }

    /** Sends an {@code events_api} envelope and returns its id. */
    String sendEvent(JsonNode payload) {
        return send(SlackStandIn.EVENTS_API, payload);
    }

    /** Waits for the first ack of an envelope. */
    JsonNode ack(String envelopeId) {
        return slack().awaitAck(envelopeId, WAIT);
    }

    /** Waits for the first {@code chat.postMessage} to {@code channel}. */
    ApiCall awaitPost(String channel) {
        return slack().awaitCall("chat.postMessage", call -> channel.equals(call.param("channel")), WAIT);
    }

    /** Every {@code chat.postMessage} to {@code channel} so far, oldest first. */
    List<ApiCall> posts(String channel) {
        return StandInCalls.posts(slack(), channel);
    }

    /** Waits until {@code channel} got at least {@code n} posts, and returns the {@code n}th (1-based). */
    ApiCall awaitPost(String channel, int n) {
        return StandInCalls.awaitPost(slack(), channel, n, WAIT);
    }

    /** The number of {@code chat.postMessage} calls to {@code channel} so far. */
    long postsTo(String channel) {
        return slack().calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).count();
    }

    /**
     * Sends {@code /transition text} from {@code userId} in {@code channelId}, answered after the ack (it reads the
     * question log or the counted moves), and returns what was posted to its {@code response_url}.
     */
    JsonNode commandAnsweredLater(String text, String userId, String channelId) {
        String responseUrl = slack().responseUrl();
        String id = send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand(SlackAppFactory.COMMAND, text, userId,
                channelId, responseUrl));
        ack(id);
        return awaitResponse(responseUrl).body();
    }

    /** Waits for the post to a {@code response_url} handed out by {@link SlackStandIn#responseUrl()}. */
    ApiCall awaitResponse(String responseUrl) {
        return slack().awaitCall(SlackStandIn.RESPONSE_URL, call -> responseUrl.endsWith(call.path()), WAIT);
    }

    /**
     * Waits until every answer the listeners handed to the executor has finished, so its Web API calls are
     * recorded. Listeners schedule their answer before returning, and the ack goes out only after that, so once
     * an event is acked and the app is quiet, anything it was going to send has been sent.
     */
    void awaitAnswersSent() {
        TrackingExecutor answers = executor;
        if (answers == null) {
            throw new IllegalStateException("the app is not running");
        }
        answers.awaitQuiet(WAIT);
    }

    /**
     * Waits for a condition over the stand-in's records (calls, acks, connections) without polling; see
     * {@link StandInCalls#awaitCondition}.
     */
    void awaitCondition(String what, BooleanSupplier condition) {
        awaitCondition(what, WAIT, condition);
    }

    /** {@link #awaitCondition(String, BooleanSupplier)} with its own deadline, for slow things like reconnects. */
    void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        StandInCalls.awaitCondition(slack(), what, timeout, condition);
    }

    // ---- failure messages ----------------------------------------------------------------------------------

    /** A short description of recorded calls for failure messages: method, target and the start of the text. */
    static String describe(List<ApiCall> calls) {
        return StandInCalls.describe(calls);
    }

    static String describe(ApiCall call) {
        return StandInCalls.describe(call);
    }

    /** At most 300 characters of a JSON node or text, for failure messages. */
    static String brief(Object value) {
        return StandInCalls.brief(value, 300);
    }
}
