package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket side of the stand-in: Slack's Socket Mode protocol. Greets each connection with {@code hello},
 * sends envelopes to the newest open connection (or, when spreading, to any open one at random), redelivers
 * events nobody acked when asked to, and records the acks the app sends back by {@code envelope_id}.
 */
final class SocketModeServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(SocketModeServer.class);
    private static final String HOST = "standin-socket-mode";
    private static final List<String> ENVELOPE_TYPES = List.of("slash_commands", "events_api", "interactive");

    private final ObjectMapper json;
    private final Signal signal;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;
    private final List<WebSocket> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedHandshakes = new AtomicInteger();
    private volatile long refuseUntilNanos = System.nanoTime();
    private final Map<String, ObjectNode> sentEnvelopes = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> acks = new ConcurrentHashMap<>();
    /** The code in each close frame the app sent (1000 = normal closure). */
    private final List<Integer> closesByApp = new CopyOnWriteArrayList<>();
    /** Frames from the app that are not acks (none are expected); shown in failure messages. */
    private final List<String> strayFrames = new CopyOnWriteArrayList<>();
    /** Told of every ack as it arrives (benchmarks time acks this way instead of waiting on each). */
    private final List<BiConsumer<String, JsonNode>> ackObservers = new CopyOnWriteArrayList<>();
    /** Whether sent envelopes and acks are kept for {@link #awaitAck}, {@link #acks} and {@link #resend}. */
    private volatile boolean keepRecords = true;
    /** Chooses the connection for each delivery when spreading ({@link #spreadAtRandom}); null: the newest. */
    private volatile java.util.Random spread;
    /** For each envelope, the connection (its number in order of acceptance, from 0) of every delivery. */
    private final Map<String, List<Integer>> deliveries = new ConcurrentHashMap<>();
    /** When each envelope was last delivered, for redelivering those nobody acked ({@link #redeliverUnackedEvents}). */
    private final Map<String, Long> lastDeliveryNanos = new ConcurrentHashMap<>();
    private volatile java.util.concurrent.ScheduledExecutorService redeliverer;

    private SocketModeServer(ObjectMapper json, Signal signal) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.json = json;
        this.signal = signal;
        setReuseAddr(true);
        setDaemon(true);
        setTcpNoDelay(true);
    }

    /** Starts on 127.0.0.1 with an ephemeral port and waits until it is listening. */
    static SocketModeServer start(ObjectMapper json, Signal signal) throws IOException {
        SocketModeServer server = new SocketModeServer(json, signal);
        server.start();
        try {
            if (!server.started.await(5, TimeUnit.SECONDS)) {
                throw new IOException("Socket Mode stand-in did not start within 5 s", server.startFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the Socket Mode stand-in", e);
        }
        if (server.startFailure != null) {
            throw new IOException("Socket Mode stand-in failed to start", server.startFailure);
        }
        return server;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=" + UUID.randomUUID() + "&app_id=" + SlackStandIn.APP_ID;
    }

    // ---- connections -------------------------------------------------------------------------------------

    int connectionCount() {
        return accepted.size();
    }

    int openConnectionCount() {
        return (int) accepted.stream().filter(WebSocket::isOpen).count();
    }

    List<Integer> closesByApp() {
        return List.copyOf(closesByApp);
    }

    int refusedHandshakes() {
        return refusedHandshakes.get();
    }

    void awaitConnections(int n, Duration timeout) {
        signal.await(n + " accepted connection(s)", timeout,
                () -> accepted.size() >= n ? Optional.of(n) : Optional.empty(),
                () -> accepted.size() + " accepted, " + refusedHandshakes.get() + " refused");
    }

    void refuseConnectionsFor(Duration duration) {
        refuseUntilNanos = System.nanoTime() + duration.toNanos();
    }

    void disconnect(String reason) {
        WebSocket connection = newestOpenConnection();
        ObjectNode frame = json.createObjectNode().put("type", "disconnect").put("reason", reason);
        frame.putObject("debug_info").put("host", HOST);
        connection.send(write(frame));
        connection.close(CloseFrame.NORMAL, reason);
    }

    void dropConnections() {
        for (WebSocket connection : accepted) {
            if (connection.isOpen()) {
                // No close handshake: like a network failure.
                connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the stand-in");
            }
        }
    }

    /**
     * The connection for the next delivery: with {@link #spreadAtRandom}, any open one (as Slack hands each envelope
     * to any one of an app's connections), else the newest.
     */
    private WebSocket nextConnection() {
        java.util.Random random = spread;
        if (random == null) {
            return newestOpenConnection();
        }
        List<WebSocket> open = accepted.stream().filter(WebSocket::isOpen).toList();
        if (open.isEmpty()) {
            return newestOpenConnection();
        }
        synchronized (random) {
            return open.get(random.nextInt(open.size()));
        }
    }

    void spreadAtRandom(long seed) {
        spread = new java.util.Random(seed);
    }

    private void deliver(String envelopeId, ObjectNode envelope) {
        WebSocket connection = nextConnection();
        deliveries.computeIfAbsent(envelopeId, id -> new CopyOnWriteArrayList<>()).add(accepted.indexOf(connection));
        lastDeliveryNanos.put(envelopeId, System.nanoTime());
        connection.send(write(envelope));
    }

    List<Integer> deliveredTo(String envelopeId) {
        return List.copyOf(deliveries.getOrDefault(envelopeId, List.of()));
    }

    /**
     * From now on, as Slack does: an {@code events_api} envelope nobody acked within {@code deadline} of its last
     * delivery is delivered again (to any open connection, {@code retry_attempt} one higher, {@code retry_reason:
     * "timeout"}), at most {@code maxRetries} times. Checked every 50 ms on a daemon thread.
     */
    void redeliverUnackedEvents(Duration deadline, int maxRetries) {
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "slack-standin-redeliver");
            thread.setDaemon(true);
            return thread;
        });
        redeliverer = timer;
        timer.scheduleWithFixedDelay(() -> {
            try {
                for (Map.Entry<String, ObjectNode> sent : sentEnvelopes.entrySet()) {
                    String id = sent.getKey();
                    ObjectNode envelope = sent.getValue();
                    if (!envelope.path("type").asText().equals("events_api") || acks.containsKey(id)) {
                        continue;
                    }
                    int attempt = deliveredTo(id).size();
                    long since = System.nanoTime() - lastDeliveryNanos.getOrDefault(id, System.nanoTime());
                    if (attempt <= maxRetries && since >= deadline.toNanos() && openConnectionCount() > 0) {
                        deliver(id, envelope.deepCopy().put("retry_attempt", attempt).put("retry_reason", "timeout"));
                        signal.fire();
                    }
                }
            } catch (RuntimeException e) {
                LOG.debug("redelivering failed: {}", e.toString());
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Closes connection number {@code index} (in order of acceptance, from 0) abruptly, as a dead process would. */
    void dropConnection(int index) {
        WebSocket connection = accepted.get(index);
        if (connection.isOpen()) {
            connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the stand-in");
        }
    }

    private WebSocket newestOpenConnection() {
        for (int i = accepted.size() - 1; i >= 0; i--) {
            WebSocket connection = accepted.get(i);
            if (connection.isOpen()) {
                return connection;
            }
        }
        throw new IllegalStateException("No open Socket Mode connection (" + accepted.size()
                + " accepted so far); call awaitConnections first");
    }

    // ---- envelopes and acks ------------------------------------------------------------------------------

    String sendEnvelope(String type, JsonNode payload, Integer retryAttempt, String retryReason) {
        if (!ENVELOPE_TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown envelope type " + type + "; expected one of " + ENVELOPE_TYPES);
        }
        String envelopeId = UUID.randomUUID().toString();
        ObjectNode envelope = json.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", type)
                .put("accepts_response_payload", type.equals("slash_commands"));
        envelope.set("payload", payload.deepCopy());
        if (retryAttempt != null) {
            envelope.put("retry_attempt", retryAttempt).put("retry_reason", retryReason);
        } else if (type.equals("events_api")) {
            // Slack sends these on every events_api envelope; 0 and "" on the first delivery.
            envelope.put("retry_attempt", 0).put("retry_reason", "");
        }
        if (keepRecords) {
            sentEnvelopes.put(envelopeId, envelope);
        }
        deliver(envelopeId, envelope);
        return envelopeId;
    }

    void resend(String envelopeId, int retryAttempt, String retryReason) {
        ObjectNode original = sentEnvelopes.get(envelopeId);
        if (original == null) {
            throw new IllegalArgumentException("No envelope was sent with id " + envelopeId);
        }
        ObjectNode again = original.deepCopy().put("retry_attempt", retryAttempt).put("retry_reason", retryReason);
        deliver(envelopeId, again);
    }

    JsonNode awaitAck(String envelopeId, Duration timeout) {
        return signal.await("an ack for envelope " + envelopeId, timeout,
                () -> acks(envelopeId).stream().findFirst(),
                () -> "acks for " + acks.keySet() + ", other frames " + strayFrames);
    }

    List<JsonNode> acks(String envelopeId) {
        return List.copyOf(acks.getOrDefault(envelopeId, List.of()));
    }

    void onAck(BiConsumer<String, JsonNode> observer) {
        ackObservers.add(observer);
    }

    void keepRecords(boolean keep) {
        keepRecords = keep;
    }

    // ---- WebSocketServer callbacks -----------------------------------------------------------------------

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
            ClientHandshake request) throws InvalidDataException {
        if (System.nanoTime() - refuseUntilNanos < 0) {
            refusedHandshakes.incrementAndGet();
            signal.fire();
            throw new InvalidDataException(CloseFrame.TRY_AGAIN_LATER, "the stand-in refuses connections for now");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        accepted.add(conn);
        long open = accepted.stream().filter(WebSocket::isOpen).count();
        ObjectNode hello = json.createObjectNode().put("type", "hello").put("num_connections", open);
        hello.putObject("debug_info")
                .put("host", HOST)
                .put("build_number", 1)
                .put("approximate_connection_time", 3600);
        hello.putObject("connection_info").put("app_id", SlackStandIn.APP_ID);
        conn.send(write(hello));
        signal.fire();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode frame;
        try {
            frame = json.readTree(message);
        } catch (JsonProcessingException e) {
            strayFrames.add(message);
            signal.fire();
            return;
        }
        JsonNode envelopeId = frame.get("envelope_id");
        if (envelopeId != null && envelopeId.isTextual()) {
            if (keepRecords) {
                acks.computeIfAbsent(envelopeId.asText(), id -> new CopyOnWriteArrayList<>()).add(frame);
            }
            for (BiConsumer<String, JsonNode> observer : ackObservers) {
                observer.accept(envelopeId.asText(), frame);
            }
        } else {
            strayFrames.add(message);
        }
        signal.fire();
    }

    @Override
    public void onClosing(WebSocket conn, int code, String reason, boolean remote) {
        // Called when the app's close frame arrives, before the TCP teardown: onClose may report an abrupt
        // 1006 instead if the app's side drops the connection before the echo is written.
        if (remote) {
            closesByApp.add(code);
        }
        signal.fire();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        signal.fire();
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            // A server-level failure (e.g. while binding) before or after start.
            startFailure = ex;
            started.countDown();
        }
        LOG.debug("Socket Mode stand-in error (connection {}): {}", conn, ex.toString());
    }

    @Override
    public void onStart() {
        setConnectionLostTimeout(0);
        started.countDown();
    }

    void stopQuietly() {
        if (redeliverer != null) {
            redeliverer.shutdownNow();
        }
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + node, e);
        }
    }
}
