package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the stand-in: Slack's Web API under {@code /api/<method>} and {@code response_url}s under
 * {@code /response/<id>}. Records every request as an {@link ApiCall} (failed ones included) before answering.
 */
final class WebApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebApiServer.class);
    static final String RESPONSE_URL_METHOD = "response_url";
    /** The method name under which bytes posted to an upload URL are recorded. */
    static final String UPLOAD_METHOD = "file_upload";
    static final String UPLOAD_PREFIX = "/upload/";
    private static final String API_PREFIX = "/api/";
    private static final String RESPONSE_PREFIX = "/response/";
    /** The JDK HttpServer's switch for TCP_NODELAY on accepted connections; read once, when first used. */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** An answer queued by {@link #failNext}; {@code body} may be null for an empty body. */
    private record CannedResponse(int status, Map<String, String> headers, JsonNode body) {
    }

    private final ObjectMapper json;
    private final Signal signal;
    private final RequestDecoder decoder;
    private final MethodAnswers answers;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ApiCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<CannedResponse>> failures = new ConcurrentHashMap<>();
    /** Waits queued by {@link #stallNext}: the call is recorded (it reached Slack), answered only after the wait. */
    private final Map<String, Queue<Duration>> stalls = new ConcurrentHashMap<>();
    /** Told of every call as it is recorded (benchmarks time calls this way instead of waiting on each). */
    private final List<Consumer<ApiCall>> callObservers = new CopyOnWriteArrayList<>();
    /** Whether calls are kept for {@link #calls} and {@link #awaitCall}. */
    private volatile boolean keepRecords = true;
    private final List<HeldCalls> holds = new CopyOnWriteArrayList<>();

    /** Calls of {@code method} that {@code match} accepts wait, recorded but unanswered, until {@code released}. */
    record HeldCalls(String method, Predicate<ApiCall> match, java.util.concurrent.CountDownLatch released) {
    }

    private WebApiServer(ObjectMapper json, Signal signal, MethodAnswers answers, HttpServer server,
            ExecutorService executor) {
        this.json = json;
        this.signal = signal;
        this.decoder = new RequestDecoder(json);
        this.answers = answers;
        this.server = server;
        this.executor = executor;
    }

    /** Starts on 127.0.0.1 with an ephemeral port; every thread it creates is a daemon. */
    static WebApiServer start(ObjectMapper json, Signal signal, MethodAnswers answers) throws IOException {
        // Without TCP_NODELAY the JDK's HttpServer, which writes an answer's headers and body separately, can hold
        // the body back until the client's delayed ACK (tens of ms on Linux): under load the app's four answer
        // threads then managed only ~90 Web API calls a second and answers queued up for seconds, a delay of the
        // stand-in's own making (docs/BENCHMARKS.md, Socket Mode). Left alone when the JVM sets it itself.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("slack-standin-http-"));
        server.setExecutor(executor);
        WebApiServer webApi = new WebApiServer(json, signal, answers, server, executor);
        server.createContext("/", webApi::handle);
        // HttpServer's dispatcher thread inherits daemon status from the thread that starts it.
        Thread starter = daemonThreads("slack-standin-http-start-").newThread(server::start);
        starter.start();
        try {
            starter.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the Web API stand-in", e);
        }
        return webApi;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String newResponseUrl() {
        return "http://127.0.0.1:" + port() + RESPONSE_PREFIX + UUID.randomUUID();
    }

    void failNext(String method, int status, Map<String, String> headers, JsonNode body) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
                .add(new CannedResponse(status, Map.copyOf(headers), body == null ? null : body.deepCopy()));
    }

    void hold(HeldCalls held) {
        holds.add(held);
    }

    void stallNext(String method, Duration wait) {
        stalls.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(wait);
    }

    void onCall(Consumer<ApiCall> observer) {
        callObservers.add(observer);
    }

    void keepRecords(boolean keep) {
        keepRecords = keep;
    }

    List<ApiCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    ApiCall awaitCall(String method, Predicate<ApiCall> match, Duration timeout) {
        return signal.await("a " + method + " call matching the predicate", timeout,
                () -> calls.stream().filter(c -> c.method().equals(method)).filter(match).findFirst(),
                () -> describe(calls(method)));
    }

    UploadedFile awaitUpload(java.util.function.Supplier<Optional<UploadedFile>> probe, Duration timeout) {
        return signal.await("a shared file matching the predicate", timeout, probe,
                () -> answers.uploads().completed() + "; upload calls " + describe(calls("files.getUploadURLExternal"))
                        + " " + describe(calls("files.completeUploadExternal")));
    }

    private static String describe(List<ApiCall> seen) {
        return seen.isEmpty() ? "no such calls" : seen.size() + " call(s) " + seen;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            // A harness bug: log it for the test output; the SDK sees a 500.
            LOG.error("Stand-in failed to handle {}", exchange.getRequestURI(), e);
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method;
        if (path.startsWith(API_PREFIX)) {
            method = path.substring(API_PREFIX.length());
        } else if (path.startsWith(RESPONSE_PREFIX)) {
            method = RESPONSE_URL_METHOD;
        } else if (path.startsWith(UPLOAD_PREFIX)) {
            method = UPLOAD_METHOD;
        } else {
            respond(exchange, 404, Map.of(), json.createObjectNode().put("ok", false).put("error", "unknown_path"));
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        ApiCall call = decoder.decode(method, path, exchange.getRequestHeaders().getFirst("Content-Type"), body,
                exchange.getRequestHeaders().getFirst("Authorization"));
        if (keepRecords) {
            calls.add(call);
        }
        signal.fire();
        for (Consumer<ApiCall> observer : callObservers) {
            observer.accept(call);
        }

        for (HeldCalls held : holds) {
            if (held.method().equals(method) && held.match().test(call)) {
                awaitRelease(held);
            }
        }
        Duration stall = Optional.ofNullable(stalls.get(method)).map(Queue::poll).orElse(null);
        if (stall != null) {
            try {
                Thread.sleep(stall.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        CannedResponse failure = Optional.ofNullable(failures.get(method)).map(Queue::poll).orElse(null);
        if (failure != null) {
            respond(exchange, failure.status(), failure.headers(), failure.body());
        } else if (method.equals(RESPONSE_URL_METHOD)) {
            respond(exchange, 200, Map.of(), json.createObjectNode().put("ok", true));
        } else if (method.equals(UPLOAD_METHOD)) {
            // Slack answers an upload with plain text: "OK - <bytes>".
            boolean taken = answers.uploads().receive(path.substring(UPLOAD_PREFIX.length()), body);
            respondText(exchange, taken ? 200 : 404, taken ? "OK - " + body.length : "file_not_found");
        } else {
            respond(exchange, 200, Map.of(), answers.answer(call));
            // Answering may change what waiters look for (a file shared by files.completeUploadExternal).
            signal.fire();
        }
    }

    private static void awaitRelease(HeldCalls held) {
        try {
            // Bounded, so a test that forgets to release cannot hang the stand-in's threads forever.
            held.released().await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void respond(HttpExchange exchange, int status, Map<String, String> headers, JsonNode body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void respondText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    String uploadUrlPrefix() {
        return "http://127.0.0.1:" + port() + UPLOAD_PREFIX;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
