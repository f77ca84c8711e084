package com.transitionadvisor.plans;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks, and where: plans belong to a person, and sharing and the team list belong to a channel.
 *
 * @param channelId the channel the request came from; empty in the App Home, a DM or the console
 * @param poster    posts a shared plan into that channel ({@link SharePoster#NONE} where there is none)
 * @param zones     the person's own time zone, asked only for a check-in typed without one ({@link UserZones#NONE}
 *                  where there is no profile to read it from)
 */
public record Requester(String userId, Optional<String> channelId, SharePoster poster, UserZones zones) {
    public static final String CONSOLE_USER = "console-user";

    public Requester {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(poster, "poster");
        Objects.requireNonNull(zones, "zones");
    }

    /** Someone without a profile to read a time zone from. */
    public Requester(String userId, Optional<String> channelId, SharePoster poster) {
        this(userId, channelId, poster, UserZones.NONE);
    }

    /** The single local user of the console, who has no channels and no profile: check-ins default to UTC. */
    public static Requester console() {
        return new Requester(CONSOLE_USER, Optional.empty(), SharePoster.NONE, UserZones.NONE);
    }

    public static Requester of(String userId) {
        return new Requester(userId, Optional.empty(), SharePoster.NONE);
    }
}
