package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The stand-in's successful answers to Web API calls, shaped like Slack's (the fields the SDK and Bolt read).
 *
 * <p>Identity: workspace {@link SlackStandIn#TEAM_ID}, bot user {@link SlackStandIn#BOT_USER_ID}, bot
 * {@link SlackStandIn#BOT_ID}, app {@link SlackStandIn#APP_ID}. Calls without a token get {@code not_authed},
 * with something that is not a Slack token (e.g. {@code Bearer null}) {@code invalid_auth};
 * {@code apps.connections.open} insists on an app-level ({@code xapp-}) token, as Slack does.
 *
 * <p>{@code usergroups.users.list} knows the groups a test set up with {@link #setGroupMembers}.
 *
 * <p>{@code users.info} knows every user id; a user has the time zone a test gave with {@link #setTimeZone}, and
 * otherwise none (no {@code tz} field). {@link #refuseUsersInfo} makes every {@code users.info} fail, as it does for
 * an app installed without {@code users:read} ({@code missing_scope}).
 *
 * <p>Files: {@code files.getUploadURLExternal} needs {@code filename} and {@code length} and hands out a URL
 * under {@code /upload/<file id>}; {@code files.completeUploadExternal} shares files whose bytes arrived there
 * ({@link Uploads}), answering {@code file_upload_not_completed} or {@code file_not_found} otherwise.
 */
final class MethodAnswers {

    private final ObjectMapper json;
    private final Supplier<String> socketUrl;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, String> timeZones = new ConcurrentHashMap<>();
    private final AtomicReference<String> usersInfoError = new AtomicReference<>();
    private final AtomicReference<String> uploadUrlPrefix = new AtomicReference<>("http://127.0.0.1:0/upload/");
    private final Uploads uploads = new Uploads();
    private final Map<String, java.util.List<String>> groups = new ConcurrentHashMap<>();

    /**
     * @param socketUrl the WebSocket URL that {@code apps.connections.open} hands out
     */
    MethodAnswers(ObjectMapper json, Supplier<String> socketUrl) {
        this.json = json;
        this.socketUrl = socketUrl;
    }

    /** The JSON body answering {@code call}, always with HTTP 200, like Slack's Web API. */
    ObjectNode answer(ApiCall call) {
        if (call.authorization() == null || !call.authorization().startsWith("Bearer ")) {
            return error("not_authed");
        }
        String token = call.authorization().substring("Bearer ".length());
        if (!token.startsWith("xox") && !token.startsWith("xapp-")) {
            // Includes "Bearer null", which the SDK sends when no token was set.
            return error("invalid_auth");
        }
        return switch (call.method()) {
            case "apps.connections.open" -> token.startsWith("xapp-")
                    ? ok().put("url", socketUrl.get())
                    : error("not_allowed_token_type");
            case "auth.test" -> ok()
                    .put("url", "https://example.slack.com/")
                    .put("team", "T")
                    .put("user", "transition-advisor")
                    .put("team_id", SlackStandIn.TEAM_ID)
                    .put("user_id", SlackStandIn.BOT_USER_ID)
                    .put("bot_id", SlackStandIn.BOT_ID)
                    .put("is_enterprise_install", false);
            case "bots.info" -> botsInfo(call.param("bot"));
            case "chat.postMessage", "chat.update", "chat.meMessage" -> message(call);
            case "chat.postEphemeral" -> ok().put("message_ts", nextTs());
            case "chat.delete" -> ok().put("channel", call.param("channel")).put("ts", call.param("ts"));
            case "conversations.open" -> conversationsOpen(call.param("users"));
            case "files.getUploadURLExternal" -> uploadUrl(call);
            case "files.completeUploadExternal" -> completeUpload(call);
            case "users.info" -> usersInfo(call.param("user"));
            case "usergroups.users.list" -> usergroupUsers(call.param("usergroup"));
            case "views.publish", "views.open", "views.update", "views.push" -> view(call);
            default -> ok();
        };
    }

    /** Gives {@code userId} the profile time zone {@code tz} (any text, so invalid ones can be tried); {@code null} removes it. */
    void setTimeZone(String userId, String tz) {
        if (tz == null) {
            timeZones.remove(userId);
        } else {
            timeZones.put(userId, tz);
        }
    }

    /** Makes every {@code users.info} answer {@code ok:false} with {@code error} until called with {@code null}. */
    void refuseUsersInfo(String error) {
        usersInfoError.set(error);
    }

    /** Where upload URLs point: {@code http://127.0.0.1:PORT/upload/}. */
    void uploadsAt(String prefix) {
        uploadUrlPrefix.set(prefix);
    }

    Uploads uploads() {
        return uploads;
    }

    /** Makes {@code groupId} a user group of these members ({@code usergroups.users.list}); without any, no such group. */
    void setGroupMembers(String groupId, java.util.List<String> members) {
        groups.put(groupId, java.util.List.copyOf(members));
    }

    /** Slack's {@code usergroups.users.list}: the member ids, or {@code no_such_subteam} for a group nobody set up. */
    private ObjectNode usergroupUsers(String groupId) {
        java.util.List<String> members = groupId == null ? null : groups.get(groupId);
        if (members == null) {
            return error("no_such_subteam");
        }
        ObjectNode answer = ok();
        members.forEach(answer.putArray("users")::add);
        return answer;
    }

    /** A fresh message timestamp, unique within this stand-in. */
    String nextTs() {
        long n = sequence.incrementAndGet();
        return Instant.now().getEpochSecond() + "." + String.format("%06d", n % 1_000_000);
    }

    private ObjectNode message(ApiCall call) {
        String ts = call.method().equals("chat.update") ? call.param("ts") : nextTs();
        ObjectNode answer = ok().put("channel", call.param("channel")).put("ts", ts);
        ObjectNode message = answer.putObject("message")
                .put("type", "message")
                .put("user", SlackStandIn.BOT_USER_ID)
                .put("bot_id", SlackStandIn.BOT_ID)
                .put("ts", ts)
                .put("text", call.param("text") == null ? "" : call.param("text"));
        JsonNode blocks = call.body().get("blocks");
        if (blocks != null && blocks.isArray()) {
            message.set("blocks", blocks.deepCopy());
        }
        return answer;
    }

    private ObjectNode view(ApiCall call) {
        ObjectNode answer = ok();
        JsonNode requested = call.body().get("view");
        ObjectNode view = requested != null && requested.isObject() ? requested.deepCopy() : json.createObjectNode();
        String id = call.param("view_id") != null ? call.param("view_id") : "V" + sequence.incrementAndGet();
        view.put("id", id)
                .put("team_id", SlackStandIn.TEAM_ID)
                .put("app_id", SlackStandIn.APP_ID)
                .put("bot_id", SlackStandIn.BOT_ID)
                .put("hash", "hash-" + sequence.incrementAndGet());
        answer.set("view", view);
        return answer;
    }

    private ObjectNode botsInfo(String botId) {
        ObjectNode answer = ok();
        boolean self = SlackStandIn.BOT_ID.equals(botId);
        answer.putObject("bot")
                .put("id", botId)
                .put("deleted", false)
                .put("name", self ? "transition-advisor" : "other-bot")
                .put("app_id", self ? SlackStandIn.APP_ID : "A" + botId)
                .put("user_id", self ? SlackStandIn.BOT_USER_ID : "U" + botId);
        return answer;
    }

    /** Slack's {@code users.info}: the fields of a person the app reads, {@code tz} only when one was set. */
    private ObjectNode usersInfo(String userId) {
        String refusal = usersInfoError.get();
        if (refusal != null) {
            return error(refusal);
        }
        if (userId == null || userId.isBlank()) {
            return error("user_not_found");
        }
        ObjectNode answer = ok();
        ObjectNode user = answer.putObject("user")
                .put("id", userId)
                .put("team_id", SlackStandIn.TEAM_ID)
                .put("name", userId.toLowerCase(Locale.ROOT))
                .put("deleted", false)
                .put("is_bot", false);
        String tz = timeZones.get(userId);
        if (tz != null) {
            user.put("tz", tz);
            try {
                ZoneId zone = ZoneId.of(tz);
                user.put("tz_label", zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .put("tz_offset", zone.getRules().getOffset(Instant.now()).getTotalSeconds());
            } catch (DateTimeException e) {
                user.put("tz_label", tz).put("tz_offset", 0);
            }
        }
        user.putObject("profile").put("real_name", userId).put("display_name", userId);
        return answer;
    }

    private ObjectNode uploadUrl(ApiCall call) {
        String filename = call.param("filename");
        String length = call.param("length");
        if (filename == null || filename.isBlank() || length == null || !length.matches("\\d{1,10}")) {
            return error("invalid_arguments");
        }
        String fileId = "F" + String.format("%08d", sequence.incrementAndGet());
        uploads.expect(fileId, filename, Long.parseLong(length));
        return ok().put("upload_url", uploadUrlPrefix.get() + fileId).put("file_id", fileId);
    }

    private ObjectNode completeUpload(ApiCall call) {
        JsonNode files = call.body().get("files");
        if (files == null || !files.isArray() || files.isEmpty()) {
            return error("invalid_arguments");
        }
        for (JsonNode file : files) {
            var problem = uploads.checkComplete(file.path("id").asText(""));
            if (problem.isPresent()) {
                return error(problem.get());
            }
        }
        ObjectNode answer = ok();
        var shared = answer.putArray("files");
        for (JsonNode file : files) {
            UploadedFile uploaded = uploads.complete(file.path("id").asText(), file.path("title").asText(null),
                    call.param("channel_id"), call.param("initial_comment"));
            shared.addObject().put("id", uploaded.id()).put("name", uploaded.filename()).put("title", uploaded.title())
                    .put("size", uploaded.content().length);
        }
        return answer;
    }

    private ObjectNode conversationsOpen(String users) {
        ObjectNode answer = ok();
        String user = users == null ? "UNKNOWN" : users.split(",")[0];
        answer.putObject("channel").put("id", "D" + user);
        return answer;
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }

    private ObjectNode error(String code) {
        return json.createObjectNode().put("ok", false).put("error", code);
    }
}
