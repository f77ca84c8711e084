package com.transitionadvisor.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects the Bolt app to Slack through Socket Mode (Tyrus WebSocket backend) and shuts it down cleanly. */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeRunner.class);

    private final Slack slack;
    private final SocketModeApp socketMode;
    private final SocketModeClient client;
    private final ExecutorService executor;

    private SocketModeRunner(Slack slack, SocketModeApp socketMode, ExecutorService executor) {
        this.slack = slack;
        this.socketMode = socketMode;
        this.client = socketMode.getClient();
        this.executor = executor;
    }

    /** Connects and returns once the socket is open. */
    public static SocketModeRunner connect(SlackConfig config, SlackAppFactory factory, String botToken,
                                           String appToken, ExecutorService executor) throws Exception {
        Slack slack = Slack.getInstance(config);
        App app = factory.create(slack, botToken);
        SocketModeApp socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus);
        socketMode.startAsync();
        LOG.info("Connected to Slack through Socket Mode; answering {} , direct messages and mentions",
                SlackAppFactory.COMMAND);
        return new SocketModeRunner(slack, socketMode, executor);
    }

    /** Finishes in-flight answers, then closes the socket, the client and the Slack instance, in that order. */
    @Override
    public void close() throws Exception {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("some answers were still running after 10 s and were stopped");
            executor.shutdownNow();
        }
        socketMode.close();
        client.close();
        slack.close();
        LOG.info("Disconnected from Slack");
    }
}
