package com.transitionadvisor.slack.plans;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.transitionadvisor.plans.UserZones;
import com.transitionadvisor.plans.ZoneSource;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.SlackFailures;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's time zone from their Slack profile: {@code users.info} gives {@code user.tz}, an IANA id such as
 * {@code Europe/Paris} (bot scope {@code users:read}). Answers are kept per user for {@link #REMEMBER_FOR}, so
 * changing a check-in twice costs one call; failed lookups are not kept, so the next command asks again.
 *
 * <p>Never throws: a refusal ({@code missing_scope} when the app was installed without {@code users:read},
 * {@code user_not_found}, …), a rate limit (not waited for: this runs on a worker), or a network
 * failure is {@link ZoneSource#PROFILE_UNAVAILABLE}; a profile without a time zone, or with one Java does not
 * know, is {@link ZoneSource#PROFILE_WITHOUT_ZONE}. Runs on the listeners' executor, never on the thread that acks.
 */
public final class SlackUserZones implements UserZones {
    /** How long a profile's zone is trusted; people rarely change it, and a change shows within the hour. */
    public static final Duration REMEMBER_FOR = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(SlackUserZones.class);
    private static final Missing UNAVAILABLE = new Missing(ZoneSource.PROFILE_UNAVAILABLE);

    /** The {@code users.info} call, apart so that tests can answer it. */
    @FunctionalInterface
    interface UsersInfo {
        UsersInfoResponse call(String userId) throws IOException, SlackApiException;
    }

    private final UsersInfo usersInfo;
    private final Cache<String, Answer> answers;

    SlackUserZones(UsersInfo usersInfo, Ticker ticker) {
        this.usersInfo = Objects.requireNonNull(usersInfo, "usersInfo");
        this.answers = Caffeine.newBuilder().ticker(Objects.requireNonNull(ticker, "ticker"))
                .expireAfterWrite(REMEMBER_FOR).maximumSize(100_000).build();
    }

    /** Over {@code client} (with the bot token), keeping answers by {@code ticker}'s time. */
    public static SlackUserZones of(MethodsClient client, Ticker ticker) {
        Objects.requireNonNull(client, "client");
        return new SlackUserZones(userId -> client.usersInfo(UsersInfoRequest.builder().user(userId).build()), ticker);
    }

    @Override
    public Answer zoneOf(String userId) {
        Answer known = answers.getIfPresent(userId);
        if (known != null) {
            return known;
        }
        Answer answer = lookUp(userId);
        if (answer != UNAVAILABLE) {
            answers.put(userId, answer);
        }
        return answer;
    }

    private Answer lookUp(String userId) {
        try {
            // No retry after a 429 here: this runs on a worker, which must not sleep; the default zone is used.
            UsersInfoResponse response = usersInfo.call(userId);
            if (response == null) {
                return UNAVAILABLE;
            }
            if (!response.isOk()) {
                if (SlackFailures.isCredentialProblem(response.getError())) {
                    LOG.warn("users.info was refused ({}): check-ins typed without a time zone use UTC. Give the app the "
                            + "users:read bot scope (manifest.yml) and reinstall it", response.getError());
                } else {
                    LOG.info("users.info was refused ({}); this check-in uses UTC", LogSafe.value(response.getError()));
                }
                return UNAVAILABLE;
            }
            return zoneIn(response.getUser());
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warn("users.info failed ({}); this check-in uses UTC", LogSafe.value(e.getMessage()));
            return UNAVAILABLE;
        }
    }

    /** The zone of a profile: {@code tz} if it names a zone Java knows. */
    static Answer zoneIn(User user) {
        String tz = user == null ? null : user.getTz();
        if (tz == null || tz.isBlank()) {
            return new Missing(ZoneSource.PROFILE_WITHOUT_ZONE);
        }
        try {
            return new Found(ZoneId.of(tz.strip()));
        } catch (DateTimeException e) {
            LOG.info("a Slack profile has a time zone Java does not know: {}", LogSafe.value(tz));
            return new Missing(ZoneSource.PROFILE_WITHOUT_ZONE);
        }
    }
}
