package com.transitionadvisor.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects the Bolt app to Slack through Socket Mode (Tyrus WebSocket backend) and shuts it down cleanly. */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeRunner.class);
    /** How long {@link #close()} lets answers already under way finish. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final Slack slack;
    private final SocketModeApp socketMode;
    private final SocketModeClient client;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SocketModeRunner(Slack slack, SocketModeApp socketMode, SocketModeClient client, ExecutorService executor) {
        this.slack = slack;
        this.socketMode = socketMode;
        this.client = client;
        this.executor = executor;
    }

    /**
     * Connects and returns once the socket is open and answers a ping.
     *
     * @throws SlackConnectionException when Slack refuses the app token or the WebSocket cannot be opened; the
     *                                  half-built connection is closed (the executor is left to the caller)
     */
    public static SocketModeRunner connect(SlackConfig config, SlackAppFactory factory, String botToken,
                                           String appToken, ExecutorService executor) throws Exception {
        Slack slack = Slack.getInstance(config);
        App app = factory.create(slack, botToken);
        SocketModeApp socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus);
        try {
            socketMode.startAsync();
        } catch (RuntimeException | java.io.IOException e) {
            // apps.connections.open refused (invalid_auth, not_allowed_token_type, …) or could not be reached.
            closeQuietly(socketMode, socketMode.getClient(), slack);
            throw new SlackConnectionException("Slack did not open a Socket Mode connection (" + e.getMessage()
                    + "). Check SLACK_APP_TOKEN: an app-level xapp- token with connections:write, for an app with "
                    + "Socket Mode enabled.", e);
        }
        SocketModeClient client = socketMode.getClient();
        // The Tyrus client logs a failed WebSocket handshake instead of throwing: ask the socket itself.
        if (client == null || !client.verifyConnection()) {
            closeQuietly(socketMode, client, slack);
            throw new SlackConnectionException("Could not open the Socket Mode WebSocket to Slack: Slack handed out "
                    + "a URL but the connection did not open or did not answer a ping. Check the network "
                    + "(proxy, firewall) and try again.", null);
        }
        LOG.info("Connected to Slack through Socket Mode; answering {} , direct messages and mentions",
                SlackAppFactory.COMMAND);
        return new SocketModeRunner(slack, socketMode, client, executor);
    }

    /**
     * Shuts down in the order that loses nothing: stops taking new requests (closes the socket, so Slack sends
     * them to another connection), lets answers already under way finish (up to {@link #DRAIN_TIMEOUT}; their
     * Web API calls still work), then closes the client and the {@code Slack} instance. Idempotent.
     */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // A normal close frame now, and no reconnecting. SocketModeApp.close() would disconnect only after a
            // successful ping, and leaves its client (message processors, session monitor) running.
            client.disconnect();
            socketMode.close();
        } catch (Exception e) {
            LOG.warn("closing the Socket Mode connection failed: {}", e.toString());
        }
        executor.shutdown();
        if (!executor.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("some answers were still running after {} s and were stopped", DRAIN_TIMEOUT.toSeconds());
            executor.shutdownNow();
        }
        try {
            client.close();
        } finally {
            slack.close();
        }
        LOG.info("Disconnected from Slack");
    }

    private static void closeQuietly(SocketModeApp socketMode, SocketModeClient client, Slack slack) {
        for (AutoCloseable closeable : new AutoCloseable[] {socketMode::close, client, slack}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                LOG.debug("while closing a failed connection: {}", e.toString());
            }
        }
    }

    /** Slack refused the app or the WebSocket could not be opened; the message says what to check. */
    public static final class SlackConnectionException extends Exception {
        SlackConnectionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
