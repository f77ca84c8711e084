package com.transitionadvisor.bench.socket;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.SlackConfig;
import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Transition Advisor connected over real Socket Mode (Tyrus) to a {@link SlackStandIn} on 127.0.0.1,
 * wired as {@code Main} wires it for Slack and as the end-to-end tests' {@code RunningApp} does: the real
 * knowledge base, the real listeners from {@link SlackAppFactory}, {@link SocketModeRunner}, and a fixed pool of
 * answer threads (four, as in {@code Main}, unless the benchmark is told otherwise). Like {@code RunningApp} it runs without a database (an in-memory question log, no study
 * plans), so the figures are those of the Socket Mode edge and the in-memory answers.
 */
final class BenchApp implements AutoCloseable {

    /** The size of the answer pool in {@code Main}. */
    static final int MAIN_ANSWER_THREADS = 4;

    private final SlackStandIn slack;
    private final SocketModeRunner runner;

    private BenchApp(SlackStandIn slack, SocketModeRunner runner) {
        this.slack = slack;
        this.runner = runner;
    }

    /** Starts the stand-in and the app; returns once the app's Socket Mode connection is open. */
    static BenchApp start(String knowledgeDir, int answerThreads) throws Exception {
        SlackStandIn slack = SlackStandIn.start();
        ExecutorService executor = null;
        try {
            Settings settings = Settings.fromEnvironment(Map.of(
                    Settings.BOT_TOKEN, "xoxb-bench",
                    Settings.APP_TOKEN, "xapp-bench",
                    Settings.KNOWLEDGE_DIR, knowledgeDir));
            Settings.SlackTokens tokens = settings.slackTokens();
            Application application = Application.start(settings, new InMemoryQuestionLog(),
                    com.transitionadvisor.search.semantic.TestEmbedder.shared());
            executor = Executors.newFixedThreadPool(answerThreads, namedDaemons("answers-"));
            SlackAppFactory factory = new SlackAppFactory(application.assistant(), application.presenter(),
                    new InMemoryEventDeduplicator(Ticker.systemTicker()), executor);
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.methodsUrlPrefix());
            SocketModeRunner runner = SocketModeRunner.connect(config, factory, tokens.bot(), tokens.app(), executor);
            slack.awaitConnections(1, Duration.ofSeconds(5));
            return new BenchApp(slack, runner);
        } catch (Exception | Error e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            slack.close();
            throw e;
        }
    }

    SlackStandIn slack() {
        return slack;
    }

    /** Closes the app first (answers, socket, client), then the stand-in, as {@code SOCKET_MODE_TESTING.md} says. */
    @Override
    public void close() throws Exception {
        try {
            runner.close();
        } finally {
            slack.close();
        }
    }

    private static java.util.concurrent.ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
