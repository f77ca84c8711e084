package com.transitionadvisor.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects the Bolt app to Slack through Socket Mode (Tyrus WebSocket backend) and shuts it down cleanly. */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeRunner.class);
    /** How long {@link #close()} lets answers already under way finish. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Queue pollers of the SDK's message processor (its default: 10). A burst of N envelopes is drained in one 10 ms
     * tick only if there are N pollers; they share one thread and sleep together, so idle they cost that thread's
     * wake-ups, not threads. See docs/BENCHMARKS.md, "Socket Mode: acks under load".
     */
    static final int MESSAGE_POLLERS = 64;
    /**
     * Threads that run Bolt (parse, listener, ack) for the envelopes the pollers hand over; without them the one
     * polling thread would ack a burst one envelope after another. Measured: 2 slower in bursts, 8 and 16 no faster.
     */
    static final int LISTENER_THREADS = 4;

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
        SocketModeApp socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus, LISTENER_THREADS);
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
        pollWith(client, MESSAGE_POLLERS);
        LOG.info("Connected to Slack through Socket Mode; answering {} , direct messages and mentions",
                SlackAppFactory.COMMAND);
        return new SocketModeRunner(slack, socketMode, client, executor);
    }

    /** A Web API client on this connection's {@code Slack} instance (closed with it), for messages the app starts. */
    public MethodsClient webApi(String botToken) {
        return slack.methods(botToken);
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

    /**
     * SocketModeApp builds its client with the SDK's 10 pollers and offers no way to ask for more: start a processor
     * with {@code pollers} on the same queue, then stop the SDK's (its poll under way, if any, finishes).
     */
    private static void pollWith(SocketModeClient client, int pollers) {
        ScheduledExecutorService sdkDefault = client.getMessageProcessorExecutor();
        client.initializeMessageProcessorExecutor(pollers);
        sdkDefault.shutdown();
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
