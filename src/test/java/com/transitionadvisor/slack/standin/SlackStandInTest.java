package com.transitionadvisor.slack.standin;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Proves the stand-in speaks Slack's protocols well enough for the real Bolt app and Socket Mode client. */
class SlackStandInTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String BOT_TOKEN = "xoxb-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackStandIn standIn;
    private Slack slack;

    @BeforeEach
    void startStandIn() {
        standIn = SlackStandIn.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.methodsUrlPrefix());
        slack = Slack.getInstance(config);
    }

    @AfterEach
    void stopStandIn() throws Exception {
        slack.close();
        standIn.close();
    }

    /** The real Bolt App over the real Socket Mode client (Tyrus, the SDK default). */
    @Nested
    class OverSocketMode {

        private final List<String> mentionedChannels = new CopyOnWriteArrayList<>();
        private final List<String> directMessages = new CopyOnWriteArrayList<>();
        private final List<String> homeTabsOpened = new CopyOnWriteArrayList<>();
        private SocketModeApp socketModeApp;
        private SocketModeClient client;

        @BeforeEach
        void startApp() throws Exception {
            App app = new App(AppConfig.builder().singleTeamBotToken(BOT_TOKEN).slack(slack).build());
            app.command("/echo", (req, ctx) ->
                    ctx.ack(asBlocks(section(s -> s.text(markdownText("echo: " + req.getPayload().getText()))))));
            app.command("/later", (req, ctx) -> {
                ctx.respond(asBlocks(section(s -> s.text(markdownText("later: " + req.getPayload().getText())))));
                return ctx.ack();
            });
            app.event(AppMentionEvent.class, (payload, ctx) -> {
                mentionedChannels.add(payload.getEvent().getChannel());
                ctx.client().chatPostMessage(r -> r.channel(payload.getEvent().getChannel()).text("hi"));
                return ctx.ack();
            });
            app.event(MessageEvent.class, (payload, ctx) -> {
                directMessages.add(payload.getEvent().getText());
                if ("ask again".equals(payload.getEvent().getText()) && (ctx.getRetryNum() == null || ctx.getRetryNum() == 0)) {
                    // not acked: Slack, and the stand-in when asked to, delivers it again
                    return com.slack.api.bolt.response.Response.builder().statusCode(409).build();
                }
                return ctx.ack();
            });
            app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
                homeTabsOpened.add(payload.getEvent().getUser() + ":" + payload.getEvent().getTab());
                return ctx.ack();
            });
            app.blockAction("share_plan", (req, ctx) -> {
                ctx.respond(r -> r.replaceOriginal(false).text("shared " + req.getPayload().getActions().get(0).getValue()));
                return ctx.ack();
            });
            socketModeApp = new SocketModeApp("xapp-test", app, SocketModeClient.Backend.Tyrus);
            socketModeApp.startAsync();
            // SocketModeApp.close() forgets its client without closing it: keep the reference to close it.
            client = socketModeApp.getClient();
            standIn.awaitConnections(1, WAIT);
        }

        @AfterEach
        void stopApp() throws Exception {
            socketModeApp.close();
            client.close();
        }

        @Test
        void anEventNobodyAcked_isRedeliveredAfterTheDeadline_withARetryAttempt_untilAcked() {
            standIn.redeliverUnackedEvents(Duration.ofMillis(300), 3);
            String id = standIn.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.directMessage("U1", "D1", "ask again"));
            String acked = standIn.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.directMessage("U1", "D1", "fine"));

            JsonNode ack = standIn.awaitAck(id, WAIT);

            assertEquals(id, ack.path("envelope_id").asText());
            assertEquals(List.of(0, 0), standIn.deliveredTo(id), "delivered twice, on the one connection");
            assertEquals(List.of("ask again", "fine", "ask again"), directMessages);
            assertEquals(List.of(0), standIn.deliveredTo(acked), "an acked event is not redelivered");
            assertEquals(1, standIn.acks(id).size());
        }

        @Test
        void slashCommand_ackedWithBlocks_carriesThemInAckPayload() {
            String id = standIn.sendEnvelope(SlackStandIn.SLASH_COMMANDS,
                    SlackPayloads.slashCommand("/echo", "hello", "U123", "C123", standIn.responseUrl()));

            JsonNode ack = standIn.awaitAck(id, WAIT);

            assertEquals(id, ack.path("envelope_id").asText());
            assertEquals("echo: hello", ack.at("/payload/blocks/0/text/text").asText(), ack::toString);
            assertEquals(1, standIn.acks(id).size());
        }

        @Test
        void slashCommand_respondingViaResponseUrl_isRecordedAsJsonWithBlocks() {
            String responseUrl = standIn.responseUrl();
            String id = standIn.sendEnvelope(SlackStandIn.SLASH_COMMANDS,
                    SlackPayloads.slashCommand("/later", "plan", "U123", "C123", responseUrl));

            ApiCall posted = standIn.awaitCall(SlackStandIn.RESPONSE_URL, c -> responseUrl.endsWith(c.path()), WAIT);
            JsonNode ack = standIn.awaitAck(id, WAIT);

            assertEquals("later: plan", posted.body().at("/blocks/0/text/text").asText(), posted::toString);
            assertTrue(ack.path("payload").isMissingNode(), () -> "a bare ack was expected: " + ack);
        }

        @Test
        void appMention_isAcked_andPostsMessageWithBotToken() {
            String id = standIn.sendEnvelope(SlackStandIn.EVENTS_API,
                    SlackPayloads.appMention("U123", "C777", "hello"));

            JsonNode ack = standIn.awaitAck(id, WAIT);
            ApiCall post = standIn.awaitCall("chat.postMessage", c -> "C777".equals(c.param("channel")), WAIT);

            assertEquals(JSON.createObjectNode().put("envelope_id", id), ack, "an event ack has no payload");
            assertEquals("hi", post.param("text"));
            assertEquals("Bearer " + BOT_TOKEN, post.authorization());
        }

        @Test
        void resend_redeliversSameEnvelope_andEachDeliveryIsAcked() {
            String id = standIn.sendEnvelope(SlackStandIn.EVENTS_API,
                    SlackPayloads.appMention("U123", "C777", "again"));
            standIn.awaitAck(id, WAIT);

            standIn.resend(id, 1);
            standIn.awaitCall("chat.postMessage", c -> standIn.calls("chat.postMessage").size() >= 2, WAIT);

            // This trivial app does not deduplicate, so the redelivery runs the listener again.
            assertEquals(List.of("C777", "C777"), mentionedChannels);
        }

        @Test
        void directMessage_fromOwnBot_isAckedButSkipped_whileUsersReachTheListener() {
            String own = standIn.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.botDirectMessage(
                    SlackStandIn.BOT_ID, SlackStandIn.BOT_USER_ID, "D123", "my own answer"));
            standIn.awaitAck(own, WAIT);
            String fromUser = standIn.sendEnvelope(SlackStandIn.EVENTS_API,
                    SlackPayloads.directMessage("U123", "D123", "backend developer to cloud engineer"));
            standIn.awaitAck(fromUser, WAIT);

            // Bolt's built-in IgnoringSelfEvents drops the app's own message (matched on event.user).
            assertEquals(List.of("backend developer to cloud engineer"), directMessages);
        }

        @Test
        void appHomeOpened_andBlockAction_fixturesParseInBolt() {
            String home = standIn.sendEnvelope(SlackStandIn.EVENTS_API, SlackPayloads.appHomeOpened("U123"));
            String responseUrl = standIn.responseUrl();
            String click = standIn.sendEnvelope(SlackStandIn.INTERACTIVE,
                    SlackPayloads.blockAction("share_plan", "plan-42", "U123", "C123", responseUrl));

            standIn.awaitAck(home, WAIT);
            standIn.awaitAck(click, WAIT);
            ApiCall response = standIn.awaitCall(SlackStandIn.RESPONSE_URL, c -> responseUrl.endsWith(c.path()), WAIT);

            assertEquals(List.of("U123:home"), homeTabsOpened);
            assertEquals("shared plan-42", response.param("text"));
            assertEquals("false", response.param("replace_original"));
        }

        @Test
        void disconnectRefreshRequested_clientReconnects_andStillAnswers() {
            standIn.disconnect("refresh_requested");

            standIn.awaitConnections(2, WAIT);
            String id = standIn.sendEnvelope(SlackStandIn.SLASH_COMMANDS,
                    SlackPayloads.slashCommand("/echo", "after", "U123", "C123", standIn.responseUrl()));

            assertEquals("echo: after", standIn.awaitAck(id, WAIT).at("/payload/blocks/0/text/text").asText());
            // Two at start-up (client factory, then connect) and one for the new endpoint.
            assertEquals(3, standIn.calls("apps.connections.open").size());
            // App.start() calls auth.test, and SingleTeamAuthorization refreshes it on the first request.
            assertEquals(2, standIn.calls("auth.test").size());
        }
    }

    /** The Web API side alone, through the SDK's MethodsClient. */
    @Nested
    class WebApi {

        private MethodsClient methods;

        @BeforeEach
        void client() {
            methods = slack.methods(BOT_TOKEN);
        }

        @Test
        void chatPostMessage_formBlocks_areRecordedAsJson() throws Exception {
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel("C1").text("fallback")
                    .blocks(asBlocks(section(s -> s.text(markdownText("*hello* & <world>"))))));

            ApiCall call = standIn.awaitCall("chat.postMessage", WAIT);

            assertTrue(response.isOk());
            assertEquals("C1", response.getChannel());
            assertNotNull(response.getTs());
            assertEquals("*hello* & <world>", call.body().at("/blocks/0/text/text").asText(), call::toString);
            assertEquals("fallback", call.param("text"));
        }

        @Test
        void viewsPublish_answersWithViewId_andRecordsTheView() throws Exception {
            ViewsPublishResponse response = methods.viewsPublish(r -> r.userId("U1").view(View.builder()
                    .type("home").blocks(asBlocks(section(s -> s.text(markdownText("home"))))).build()));

            ApiCall call = standIn.awaitCall("views.publish", WAIT);

            assertTrue(response.isOk(), response::toString);
            assertNotNull(response.getView().getId());
            assertEquals("home", call.body().at("/view/blocks/0/text/text").asText(), call::toString);
        }

        @Test
        void usersInfo_givesTheTimeZoneATestSet_noneOtherwise_andCanBeRefused() throws Exception {
            standIn.setTimeZone("U1", "Europe/Paris");

            UsersInfoResponse paris = methods.usersInfo(r -> r.user("U1"));
            UsersInfoResponse none = methods.usersInfo(r -> r.user("U2"));
            standIn.refuseUsersInfo("missing_scope");
            UsersInfoResponse refused = methods.usersInfo(r -> r.user("U1"));
            standIn.refuseUsersInfo(null);

            assertTrue(paris.isOk(), paris::toString);
            assertEquals("U1", paris.getUser().getId());
            assertEquals("Europe/Paris", paris.getUser().getTz());
            assertTrue(paris.getUser().getTzOffset() == 3600 || paris.getUser().getTzOffset() == 7200, paris::toString);
            assertTrue(none.isOk(), none::toString);
            assertNull(none.getUser().getTz());
            assertFalse(refused.isOk());
            assertEquals("missing_scope", refused.getError());
            assertEquals("Europe/Paris", methods.usersInfo(r -> r.user("U1")).getUser().getTz(), "refusal lifted");
            assertEquals(List.of("U1", "U2", "U1", "U1"),
                    standIn.calls("users.info").stream().map(call -> call.param("user")).toList());
        }

        @Test
        void filesUploadV2_runsTheThreeSteps_andTheSharedFileHasItsBytesNameAndChannel() throws Exception {
            String content = "BEGIN:VCALENDAR\r\nSUMMARY:Café ☕\r\nEND:VCALENDAR\r\n";

            var upload = methods.filesUploadV2(r -> r.channel("D1").filename("plan.ics").title("My plan")
                    .content(content).initialComment("Your plan"));

            assertTrue(upload.isOk(), upload::toString);
            UploadedFile file = standIn.awaitUploadedFile(f -> f.filename().equals("plan.ics"), WAIT);
            assertEquals(content, file.text());
            assertEquals("D1", file.channelId());
            assertEquals("My plan", file.title());
            assertEquals("Your plan", file.initialComment());
            assertEquals(file.id(), upload.getFile().getId());
            assertEquals(String.valueOf(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    standIn.calls("files.getUploadURLExternal").get(0).param("length"), "the length announced is in bytes");
            assertEquals(1, standIn.calls(SlackStandIn.FILE_UPLOAD).size());
        }

        @Test
        void completeUploadExternal_forAFileWhoseBytesNeverArrived_isRefused() throws Exception {
            var url = methods.filesGetUploadURLExternal(r -> r.filename("x.md").length(3));

            var complete = methods.filesCompleteUploadExternal(r -> r.channelId("D1").files(List.of(
                    com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails.builder()
                            .id(url.getFileId()).title("x").build())));

            assertTrue(url.isOk(), url::toString);
            assertFalse(complete.isOk());
            assertEquals("file_upload_not_completed", complete.getError());
            assertEquals(List.of(), standIn.uploadedFiles());
        }

        @Test
        void failNext_429WithRetryAfter_throwsOnce_thenAnswersNormally() throws Exception {
            standIn.failNext("chat.postMessage", 429, Map.of("Retry-After", "7"),
                    JSON.createObjectNode().put("ok", false).put("error", "ratelimited"));

            SlackApiException limited = assertThrows(SlackApiException.class,
                    () -> methods.chatPostMessage(r -> r.channel("C1").text("first")));
            ChatPostMessageResponse second = methods.chatPostMessage(r -> r.channel("C1").text("second"));

            assertEquals(429, limited.getResponse().code());
            assertEquals("7", limited.getResponse().header("Retry-After"));
            assertEquals("ratelimited", limited.getError().getError());
            assertTrue(second.isOk());
            assertEquals(2, standIn.calls("chat.postMessage").size(), "failed calls are recorded too");
        }

        @Test
        void hold_recordsTheCallButAnswersOnlyOnRelease_otherCallsGoThrough() throws Exception {
            java.util.concurrent.CompletableFuture<ChatPostMessageResponse> held;
            try (SlackStandIn.Hold hold = standIn.hold("chat.postMessage", call -> "C0HELD".equals(call.param("channel")))) {
                held = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return methods.chatPostMessage(r -> r.channel("C0HELD").text("held"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                standIn.awaitCall("chat.postMessage", call -> "C0HELD".equals(call.param("channel")), WAIT);
                assertTrue(methods.chatPostMessage(r -> r.channel("C0FREE").text("free")).isOk(), "other calls answered");
                Thread.sleep(200);
                assertFalse(held.isDone(), "a held call is not answered before the release");
            }
            assertTrue(held.get(5, java.util.concurrent.TimeUnit.SECONDS).isOk(), "answered once released");
            assertTrue(methods.chatPostMessage(r -> r.channel("C0HELD").text("after")).isOk(), "later calls answered at once");
        }

        @Test
        void failNext_okFalse_isReportedAsApiError() throws Exception {
            standIn.failNext("chat.postMessage", 200, Map.of(),
                    JSON.createObjectNode().put("ok", false).put("error", "not_in_channel"));

            ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel("C1").text("x"));

            assertFalse(response.isOk());
            assertEquals("not_in_channel", response.getError());
        }

        @Test
        void callWithoutToken_getsInvalidAuth() throws Exception {
            // The SDK sends "Authorization: Bearer null" when no token is set.
            assertEquals("invalid_auth", slack.methods().authTest(r -> r).getError());
        }

        @Test
        void refuseConnectionsFor_rejectsHandshakes_untilLifted() throws Exception {
            standIn.refuseConnectionsFor(Duration.ofMinutes(1));
            SocketModeClient refused = slack.socketMode("xapp-test");
            try {
                // The Tyrus client logs a failed handshake instead of throwing.
                refused.connect();
                assertFalse(refused.verifyConnection());
                assertEquals(1, standIn.refusedHandshakes());
                assertEquals(0, standIn.connectionCount());

                standIn.refuseConnectionsFor(Duration.ZERO);
                refused.connect();

                standIn.awaitConnections(1, WAIT);
            } finally {
                refused.close();
            }
        }
    }

    @Test
    void fixtures_belongToTheStandInsWorkspaceAndApp() {
        for (JsonNode payload : List.of(
                SlackPayloads.directMessage("U1", "D1", "hi"),
                SlackPayloads.appMention("U1", "C1", "hi"),
                SlackPayloads.appHomeOpened("U1"))) {
            assertEquals(SlackStandIn.TEAM_ID, payload.path("team_id").asText());
            assertEquals(SlackStandIn.APP_ID, payload.path("api_app_id").asText());
            assertEquals(SlackStandIn.BOT_USER_ID, payload.at("/authorizations/0/user_id").asText());
        }
        assertEquals(SlackStandIn.TEAM_ID, SlackPayloads.slashCommand("/t", "", "U1", "C1", "u").path("team_id").asText());
        assertEquals(SlackStandIn.APP_ID, SlackPayloads.blockAction("a", "v", "U1", "C1", "u").path("api_app_id").asText());
    }

    @Test
    void payloads_haveUniqueEventIds() {
        String first = SlackPayloads.directMessage("U1", "D1", "a").path("event_id").asText();
        String second = SlackPayloads.directMessage("U1", "D1", "a").path("event_id").asText();

        assertFalse(first.isEmpty());
        assertFalse(first.equals(second), "event ids must differ");
    }
}
