package com.transitionadvisor.plans;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks, and where: plans belong to a person, and sharing and the team list belong to a channel.
 *
 * @param channelId the channel the request came from; empty in the App Home, a DM or the console
 * @param poster    posts a shared plan into that channel ({@link SharePoster#NONE} where there is none)
 */
public record Requester(String userId, Optional<String> channelId, SharePoster poster) {
    public static final String CONSOLE_USER = "console-user";

    public Requester {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(poster, "poster");
    }

    /** The single local user of the console, who has no channels. */
    public static Requester console() {
        return new Requester(CONSOLE_USER, Optional.empty(), SharePoster.NONE);
    }

    public static Requester of(String userId) {
        return new Requester(userId, Optional.empty(), SharePoster.NONE);
    }
}
