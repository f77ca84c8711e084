package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack on 127.0.0.1, speaking enough of Slack's protocols for the real Bolt {@code App}
 * and {@code SocketModeApp} to run against it: the Web API over HTTP, {@code response_url}s, and Socket Mode
 * over a WebSocket.
 *
 * <p>Typical use:
 * <pre>{@code
 * try (SlackStandIn slack = SlackStandIn.start()) {
 *     SlackConfig config = new SlackConfig();
 *     config.setMethodsEndpointUrlPrefix(slack.methodsUrlPrefix());
 *     // build Slack.getInstance(config), the App and the SocketModeApp, startAsync() ...
 *     slack.awaitConnections(1, Duration.ofSeconds(3));
 *     String id = slack.sendEnvelope("slash_commands", SlackPayloads.slashCommand(...));
 *     JsonNode ack = slack.awaitAck(id, Duration.ofSeconds(3));
 * }
 * }</pre>
 *
 * <p>Shut down in this order, or the client keeps reconnecting to a dead server: keep
 * {@code socketModeApp.getClient()}, then close the {@code SocketModeApp}, that client, the {@code Slack}
 * instance, and only then this stand-in.
 *
 * <p>All waits take a timeout and fail with an {@link AssertionError} describing what was seen. Every thread
 * the stand-in creates is a daemon. Thread-safe.
 */
public final class SlackStandIn implements AutoCloseable {

    /** The workspace the stand-in serves ({@code auth.test} {@code team_id}; the fixtures use it too). */
    public static final String TEAM_ID = "T0001";
    /** The app's id ({@code hello.connection_info.app_id}; {@code api_app_id} in the fixtures). */
    public static final String APP_ID = "A0STANDIN";
    /** The app's bot user ({@code auth.test} {@code user_id}). */
    public static final String BOT_USER_ID = "UBOT";
    /** The app's bot ({@code auth.test} {@code bot_id}). */
    public static final String BOT_ID = "BBOT";

    /** Envelope types. */
    public static final String SLASH_COMMANDS = "slash_commands";
    public static final String EVENTS_API = "events_api";
    public static final String INTERACTIVE = "interactive";

    /** The method name under which posts to a {@link #responseUrl()} are recorded. */
    public static final String RESPONSE_URL = WebApiServer.RESPONSE_URL_METHOD;
    /** The method name under which bytes posted to an upload URL ({@code files.getUploadURLExternal}) are recorded. */
    public static final String FILE_UPLOAD = WebApiServer.UPLOAD_METHOD;

    private final SocketModeServer socketMode;
    private final WebApiServer webApi;
    private final MethodAnswers answers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SlackStandIn(SocketModeServer socketMode, WebApiServer webApi, MethodAnswers answers) {
        this.socketMode = socketMode;
        this.webApi = webApi;
        this.answers = answers;
    }

    /** Starts both servers on ephemeral ports of 127.0.0.1; returns once they accept connections. */
    public static SlackStandIn start() {
        ObjectMapper json = new ObjectMapper();
        Signal signal = new Signal();
        SocketModeServer socketMode = null;
        try {
            socketMode = SocketModeServer.start(json, signal);
            MethodAnswers answers = new MethodAnswers(json, socketMode::url);
            WebApiServer webApi = WebApiServer.start(json, signal, answers);
            answers.uploadsAt(webApi.uploadUrlPrefix());
            return new SlackStandIn(socketMode, webApi, answers);
        } catch (IOException e) {
            if (socketMode != null) {
                socketMode.stopQuietly();
            }
            throw new UncheckedIOException("Could not start the Slack stand-in", e);
        }
    }

    // ---- Web API -------------------------------------------------------------------------------------------

    /** For {@code SlackConfig.setMethodsEndpointUrlPrefix}: {@code http://127.0.0.1:PORT/api/}. */
    public String methodsUrlPrefix() {
        return "http://127.0.0.1:" + webApi.port() + "/api/";
    }

    /** A new, unique {@code response_url} on the stand-in; posts to it are recorded as {@link #RESPONSE_URL}. */
    public String responseUrl() {
        return webApi.newResponseUrl();
    }

    /**
     * Waits for the first recorded call of {@code method} that {@code match} accepts (calls made before this
     * method was invoked count too).
     *
     * @param method a Web API method such as {@code chat.postMessage}, or {@link #RESPONSE_URL}
     */
    public ApiCall awaitCall(String method, Predicate<ApiCall> match, Duration timeout) {
        return webApi.awaitCall(method, match, timeout);
    }

    /** Waits for the first call of {@code method}. */
    public ApiCall awaitCall(String method, Duration timeout) {
        return awaitCall(method, call -> true, timeout);
    }

    /**
     * Calls {@code observer} with every Web API call (and {@code response_url} post) as it is recorded, before it
     * is answered, on the stand-in's HTTP thread: keep it short and thread-safe. For benchmarks, which must time
     * every call without waiting on each; tests should use {@link #awaitCall}.
     */
    public void onCall(Consumer<ApiCall> observer) {
        webApi.onCall(Objects.requireNonNull(observer, "observer"));
    }

    /** Every call of {@code method} so far, oldest first, including those answered by {@link #failNext}. */
    public List<ApiCall> calls(String method) {
        return webApi.calls(method);
    }

    /**
     * Makes the next call of {@code method} get this answer instead of the usual one; several queued failures
     * are used in order. Examples: {@code failNext("chat.postMessage", 429, Map.of("Retry-After", "1"),
     * json("{\"ok\":false,\"error\":\"ratelimited\"}"))}, or HTTP 200 with {@code {"ok":false,"error":
     * "not_in_channel"}}. Works for {@link #RESPONSE_URL} and {@code apps.connections.open} too.
     *
     * @param body the JSON body, or {@code null} for none
     */
    public void failNext(String method, int httpStatus, Map<String, String> headers, JsonNode body) {
        Objects.requireNonNull(method, "method");
        webApi.failNext(method, httpStatus, headers, body);
    }

    /**
     * Holds every call of {@code method} that {@code match} accepts, as a Slack that stalls would: the call is
     * recorded (so {@link #awaitCall} sees it) but not answered until the returned hold is released or closed
     * (at most 60 s). Calls made after the release are answered at once.
     */
    public Hold hold(String method, Predicate<ApiCall> match) {
        WebApiServer.HeldCalls held = new WebApiServer.HeldCalls(Objects.requireNonNull(method, "method"),
                Objects.requireNonNull(match, "match"), new java.util.concurrent.CountDownLatch(1));
        webApi.hold(held);
        return () -> held.released().countDown();
    }

    /** Held calls, answered when released. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        /** Answers the held calls, and every later one, normally. */
        void release();

        @Override
        default void close() {
            release();
        }
    }

    /**
     * Makes the next call of {@code method} take effect (it is recorded, as a post Slack made) but answers it only
     * after {@code wait}: a client with a shorter read timeout gives up without knowing whether it worked.
     */
    public void stallNext(String method, Duration wait) {
        webApi.stallNext(Objects.requireNonNull(method, "method"), Objects.requireNonNull(wait, "wait"));
    }

    /**
     * Gives {@code userId} a time zone in their profile: {@code users.info} answers {@code user.tz} with it (any
     * text, so a test can try one that is not a zone). Users have none until given one; {@code null} removes it.
     */
    public void setTimeZone(String userId, String tz) {
        answers.setTimeZone(Objects.requireNonNull(userId, "userId"), tz);
    }

    /** Makes {@code groupId} a user group with these members, as {@code usergroups.users.list} reports it. */
    public void setGroupMembers(String groupId, String... members) {
        answers.setGroupMembers(Objects.requireNonNull(groupId, "groupId"), java.util.List.of(members));
    }

    /**
     * Makes every {@code users.info} call answer {@code {"ok":false,"error":error}} (HTTP 200), e.g.
     * {@code missing_scope} as for an app installed without {@code users:read}, until called with {@code null}.
     * For a single failure, or an HTTP one (429, 500), use {@link #failNext}.
     */
    public void refuseUsersInfo(String error) {
        answers.refuseUsersInfo(error);
    }

    /** Every file shared with {@code files.completeUploadExternal} so far, oldest first. */
    public List<UploadedFile> uploadedFiles() {
        return answers.uploads().completed();
    }

    /** Waits for the first shared file that {@code match} accepts (files shared before this call count too). */
    public UploadedFile awaitUploadedFile(Predicate<UploadedFile> match, Duration timeout) {
        return webApi.awaitUpload(() -> uploadedFiles().stream().filter(match).findFirst(), timeout);
    }

    // ---- Socket Mode ---------------------------------------------------------------------------------------

    /** Waits until at least {@code n} WebSocket connections have been accepted since start. */
    public void awaitConnections(int n, Duration timeout) {
        socketMode.awaitConnections(n, timeout);
    }

    /** WebSocket connections accepted since start (open or not). */
    public int connectionCount() {
        return socketMode.connectionCount();
    }

    /**
     * Connections open right now as the stand-in sees them: one the app closed (even while the close handshake
     * is still under way) or one that was dropped is not counted.
     */
    public int openConnectionCount() {
        return socketMode.openConnectionCount();
    }

    /**
     * The code in every close frame the app sent, oldest first ({@code 1000}: normal closure). A connection the
     * app dropped without a close frame is not listed. Waiters are woken on each.
     */
    public List<Integer> closesByApp() {
        return socketMode.closesByApp();
    }

    /** Handshakes rejected by {@link #refuseConnectionsFor}. */
    public int refusedHandshakes() {
        return socketMode.refusedHandshakes();
    }

    /**
     * Sends an envelope to the newest open connection, as Slack's first delivery. {@code accepts_response_payload}
     * is true for {@code slash_commands}; {@code events_api} envelopes carry {@code retry_attempt: 0} and
     * {@code retry_reason: ""}, as Slack's do.
     *
     * @param type    {@link #SLASH_COMMANDS}, {@link #EVENTS_API} or {@link #INTERACTIVE}
     * @param payload the payload, e.g. from {@link SlackPayloads}
     * @return the new envelope's {@code envelope_id}
     * @throws IllegalStateException if no connection is open
     */
    public String sendEnvelope(String type, JsonNode payload) {
        return socketMode.sendEnvelope(type, payload, null, null);
    }

    /** Sends an envelope that says it is a redelivery ({@code retry_attempt}, {@code retry_reason}). */
    public String sendEnvelope(String type, JsonNode payload, int retryAttempt, String retryReason) {
        return socketMode.sendEnvelope(type, payload, retryAttempt, Objects.requireNonNull(retryReason));
    }

    /**
     * Redelivers an envelope sent before: same {@code envelope_id} and payload (so the same {@code event_id}),
     * with {@code retry_attempt} set and {@code retry_reason: "timeout"}.
     */
    public void resend(String envelopeId, int retryAttempt) {
        socketMode.resend(envelopeId, retryAttempt, "timeout");
    }

    /**
     * From now on each envelope goes to any one open connection, chosen at random (seeded, so a failing run can be
     * repeated), as Slack spreads envelopes over an app's connections; {@link #resend} too. Without it, the newest.
     */
    public void spreadAtRandom(long seed) {
        socketMode.spreadAtRandom(seed);
    }

    /** The connection of each delivery of the envelope so far (numbered from 0 in order of acceptance). */
    public List<Integer> deliveredTo(String envelopeId) {
        return socketMode.deliveredTo(envelopeId);
    }

    /**
     * From now on, as Slack does, redelivers every {@code events_api} envelope nobody acked within {@code deadline}
     * of its last delivery: to any open connection, with {@code retry_attempt} one higher and {@code retry_reason:
     * "timeout"}, at most {@code maxRetries} times (Slack: 3 s deadline, 3 retries).
     */
    public void redeliverUnackedEvents(Duration deadline, int maxRetries) {
        socketMode.redeliverUnackedEvents(deadline, maxRetries);
    }

    /**
     * Closes connection number {@code index} (from 0, in order of acceptance) abruptly, without a {@code disconnect}
     * frame or close handshake: what Slack sees when the process behind it dies.
     */
    public void dropConnection(int index) {
        socketMode.dropConnection(index);
    }

    /** Waits for the app's first ack of the envelope: {@code {"envelope_id":…}} plus an optional {@code payload}. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) {
        return socketMode.awaitAck(envelopeId, timeout);
    }

    /**
     * Calls {@code observer} with the {@code envelope_id} and frame of every ack as it is recorded, on the
     * stand-in's WebSocket thread: keep it short and thread-safe. It may run before {@link #sendEnvelope}
     * has returned that id. For benchmarks, which must time every ack without waiting on each; tests should use
     * {@link #awaitAck}.
     */
    public void onAck(BiConsumer<String, JsonNode> observer) {
        socketMode.onAck(Objects.requireNonNull(observer, "observer"));
    }

    /**
     * For benchmarks, which send thousands of envelopes: {@code false} stops keeping sent envelopes, acks and Web
     * API calls (so {@link #awaitAck}, {@link #acks}, {@link #resend}, {@link #awaitCall} and {@link #calls} no
     * longer see new ones; {@link #onAck} and {@link #onCall} observers still see everything). Keeping them all
     * holds ~25 kB per envelope on the heap, which the app's garbage collections would have to copy, lengthening
     * their pauses. {@code true} (the default) keeps them again.
     */
    public void keepRecords(boolean keep) {
        socketMode.keepRecords(keep);
        webApi.keepRecords(keep);
    }

    /** Every ack received so far for the envelope, oldest first (to prove exactly-once acking). */
    public List<JsonNode> acks(String envelopeId) {
        return socketMode.acks(envelopeId);
    }

    /**
     * Sends {@code {"type":"disconnect","reason":…}} on the newest open connection, then closes it normally.
     * The SDK answers any reason by opening a new connection ({@code refresh_requested}: within ~100 ms).
     */
    public void disconnect(String reason) {
        socketMode.disconnect(reason);
    }

    /**
     * Closes every open connection abruptly, without a {@code disconnect} frame or close handshake. The SDK's
     * session monitor (every 5 s) notices and reconnects, so allow ~5–10 s.
     */
    public void dropConnections() {
        socketMode.dropConnections();
    }

    /**
     * For {@code duration} from now, {@code apps.connections.open} still answers ok but WebSocket handshakes
     * are rejected; {@link Duration#ZERO} lifts a refusal. A refused SDK client retries from its session
     * monitor (every 5 s, or 10 s after a failed attempt). To make {@code apps.connections.open} itself fail,
     * use {@link #failNext}.
     */
    public void refuseConnectionsFor(Duration duration) {
        socketMode.refuseConnectionsFor(duration);
    }

    /** Stops both servers (WebSocket connections get a normal close). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        socketMode.stopQuietly();
        webApi.close();
    }
}
