package com.transitionadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.transitionadvisor.Application;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.render.UiAction;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile payloads through the real Bolt {@link App} that {@link SlackAppFactory} builds, in-process: each
 * payload is wrapped in a Socket Mode envelope and parsed by the SDK's own {@link SocketModeRequestParser}, exactly
 * as {@code SocketModeApp} does, then run with {@link App#run}. Web API calls and {@code response_url} posts go to a
 * {@link SlackStandIn} on 127.0.0.1, and the app's executor runs answers inline, so by the time {@code run} returns
 * everything the app sent is recorded.
 *
 * <p>For every payload: {@code run} does not throw and acks with 200; exactly the expected answer is sent (one
 * message, or none where the app must stay silent) and it is never the "something went wrong" apology, which
 * would mean an exception was caught; and what was sent is valid Block Kit with no user text Slack would act on.
 */
class BoltEntryPointProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SORRY = "Sorry, something went wrong";
    private static final String DM_CHANNEL = "D0FUZZ";
    private static final String CHANNEL = "C0FUZZ";

    private static SlackStandIn standIn;
    private static Slack slack;
    private static App app;
    private static SocketModeRequestParser parser;

    @BeforeContainer
    static void startApp() {
        standIn = SlackStandIn.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.methodsUrlPrefix());
        slack = Slack.getInstance(config);
        Application application = TestApplications.real();
        SlackAppFactory factory = new SlackAppFactory(application.assistant(), application.presenter(),
                new InMemoryEventDeduplicator(Ticker.systemTicker()), new InlineExecutorService());
        app = factory.create(slack, "xoxb-test");
        parser = new SocketModeRequestParser(app.config());
    }

    @AfterContainer
    static void stopApp() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (slack != null) {
            slack.close();
        }
        if (standIn != null) {
            standIn.close();
        }
    }

    @Property(tries = 200)
    void slashCommand_anyText_acksWithOneSafeAnswer(@ForAll("slackText") String text, @ForAll("userId") String user,
                                                    @ForAll("channel") String channel) throws Exception {
        int posted = standIn.calls(SlackStandIn.RESPONSE_URL).size();
        ObjectNode payload = SlackPayloads.slashCommand(SlackAppFactory.COMMAND, text, user, channel, standIn.responseUrl());

        Response ack = run("slash_commands", payload);

        assertEquals(200, ack.getStatusCode(), "the command is acked");
        List<ApiCall> later = newCalls(SlackStandIn.RESPONSE_URL, posted);
        if (ack.getBody() != null && !ack.getBody().isBlank()) {
            // Answered in the ack (Slack shows the ack's payload).
            assertEquals(0, later.size(), "answered in the ack, and nothing else");
            JsonNode body = JSON.readTree(ack.getBody());
            assertSafeAnswer(body.path("text").asText(), body.get("blocks"), Optional.empty(), text);
        } else {
            // Acked empty, answered through the response_url.
            assertEquals(1, later.size(), "an empty ack is followed by exactly one answer");
            assertSafeAnswer(later.get(0).body().path("text").asText(), later.get(0).body().get("blocks"), Optional.empty(), text);
        }
    }

    @Property(tries = 30)
    void directMessage_anyText_getsExactlyOneSafeAnswer(@ForAll("slackText") String text, @ForAll("userId") String user)
            throws Exception {
        int posted = standIn.calls("chat.postMessage").size();

        Response ack = run("events_api", SlackPayloads.directMessage(user, DM_CHANNEL, text));

        assertEquals(200, ack.getStatusCode(), "the event is acked");
        List<ApiCall> answers = newCalls("chat.postMessage", posted);
        if (SlackStandIn.BOT_USER_ID.equals(user)) {
            assertEquals(0, answers.size(), "the app's own messages are not answered");
            return;
        }
        assertEquals(1, answers.size(), "exactly one answer");
        assertEquals(DM_CHANNEL, answers.get(0).param("channel"));
        assertSafeAnswer(answers.get(0).param("text"), answers.get(0).body().get("blocks"), Optional.empty(), text);
    }

    @Property(tries = 40)
    void mention_anyText_getsExactlyOneSafeAnswerInTheThread(@ForAll("slackText") String text, @ForAll("userId") String user)
            throws Exception {
        int posted = standIn.calls("chat.postMessage").size();
        ObjectNode payload = SlackPayloads.appMention(user, CHANNEL, text);

        Response ack = run("events_api", payload);

        assertEquals(200, ack.getStatusCode(), "the event is acked");
        List<ApiCall> answers = newCalls("chat.postMessage", posted);
        if (SlackStandIn.BOT_USER_ID.equals(user)) {
            assertEquals(0, answers.size(), "the app's own messages are not answered");
            return;
        }
        List<ApiCall> inChannel = answers.stream().filter(call -> CHANNEL.equals(call.param("channel"))).toList();
        assertEquals(1, inChannel.size(), "exactly one answer in the channel");
        assertEquals(payload.path("event").path("ts").asText(), inChannel.get(0).param("thread_ts"), "in the thread");
        assertSafeAnswer(inChannel.get(0).param("text"), inChannel.get(0).body().get("blocks"), Optional.empty(), text);
        // A reply only for the asker (the question log, or who may read it) goes to their DM; the thread gets a pointer.
        List<ApiCall> privately = answers.stream().filter(call -> !CHANNEL.equals(call.param("channel"))).toList();
        assertTrue(privately.isEmpty() || (privately.size() == 1 && user.equals(privately.get(0).param("channel"))
                && inChannel.get(0).param("text").startsWith("I've sent you my reply in a direct message")),
                () -> "only one private reply, to the asker: " + privately);
        privately.forEach(dm -> assertSafeAnswer(dm.param("text"), dm.body().get("blocks"), Optional.empty(), text));
    }

    @Property(tries = 60)
    void button_anyActionAndValue_acksAndAnswersSafely(@ForAll("actionId") String actionId, @ForAll("buttonValue") String value,
                                                        @ForAll("userId") String user, @ForAll("channel") String channel)
            throws Exception {
        int posted = standIn.calls(SlackStandIn.RESPONSE_URL).size();
        ObjectNode payload = SlackPayloads.blockAction(actionId, value, user, channel, standIn.responseUrl());

        Response ack = run("interactive", payload);

        assertEquals(200, ack.getStatusCode(), "the click is acked");
        List<ApiCall> answers = newCalls(SlackStandIn.RESPONSE_URL, posted);
        if (actionId.startsWith("plan_")) {
            assertEquals(0, answers.size(), "without a database, plan buttons do nothing");
            return;
        }
        assertEquals(1, answers.size(), "exactly one answer");
        JsonNode body = answers.get(0).body();
        String input = actionId + " " + value;
        if (actionId.startsWith(UiAction.HELPFUL) || actionId.startsWith(UiAction.NOT_HELPFUL)) {
            assertNotEquals(null, body.path("text").textValue(), "a thank-you");
            SlackOutput.assertSafeMrkdwn(body.path("text").asText(), input);
            return;
        }
        Optional<String> sharer = actionId.startsWith(UiAction.SHARE) ? Optional.of(user) : Optional.empty();
        assertSafeAnswer(body.path("text").asText(), body.get("blocks"), sharer, input);
    }

    private static void assertSafeAnswer(String text, JsonNode blocks, Optional<String> sharer, String input) {
        assertNotNull(text, "a fallback text");
        assertTrue(!text.startsWith(SORRY), () -> "the app apologised, so an exception was caught, for input "
                + SlackOutput.shown(input));
        SlackOutput.assertSafe(text, blocks, sharer, input);
    }

    /** Wraps the payload in a Socket Mode envelope and runs it through Bolt as SocketModeApp does. */
    private static Response run(String type, JsonNode payload) throws Exception {
        ObjectNode envelope = JSON.createObjectNode()
                .put("envelope_id", UUID.randomUUID().toString())
                .put("type", type)
                .put("accepts_response_payload", type.equals("slash_commands"));
        envelope.set("payload", payload);
        Request<?> request = parser.parse(envelope.toString()).getBoltRequest();
        Response response = app.run(request);
        assertNotNull(response, "Bolt answered");
        return response;
    }

    private static List<ApiCall> newCalls(String method, int before) {
        List<ApiCall> calls = standIn.calls(method);
        return calls.subList(before, calls.size());
    }

    /** Text as Slack delivers it: mostly with {@code & < >} escaped (mentions and links stay raw), or raw. */
    @Provide
    Arbitrary<String> slackText() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, HostileText.text()),
                Tuple.of(3, HostileText.text().map(t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))),
                Tuple.of(2, Arbitraries.of(HostileText.SLACK_MARKUP).list().ofMaxSize(6)
                        .map(list -> String.join(" ", list) + " backend developer to cloud engineer")),
                // the command's one deferred answer (read from the question log, sent to the response_url)
                Tuple.of(1, Arbitraries.of("unanswered", "UNANSWERED?", " unanswered. ", "help", "list", "", " ")));
    }

    @Provide
    Arbitrary<String> userId() {
        return HostileText.userId();
    }

    @Provide
    Arbitrary<String> channel() {
        return Arbitraries.of(DM_CHANNEL, CHANNEL, "G0PRIVATE", "", "C<!channel>", "D");
    }

    @Provide
    Arbitrary<String> actionId() {
        return Arbitraries.of(UiAction.OPEN_SECTION, UiAction.OPEN_SECTION + "#0", UiAction.OPEN_SECTION + "#7",
                UiAction.SHARE + "#2", UiAction.CHOOSE_GUIDE + "#0", UiAction.CHOOSE_GUIDE + "#4", UiAction.HELPFUL + "#3",
                UiAction.NOT_HELPFUL + "#4", "plan_make#8", "plan_tick#0");
    }

    @Provide
    Arbitrary<String> buttonValue() {
        return FuzzInputs.buttonValue().injectNull(0.05);
    }

    /** Runs every task on the calling thread, so an answer is sent before {@code App.run} returns. */
    private static final class InlineExecutorService extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
