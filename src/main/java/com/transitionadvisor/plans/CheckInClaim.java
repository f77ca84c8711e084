package com.transitionadvisor.plans;

import java.util.Objects;

/**
 * One copy's hold on one person's check-in for one ISO week. A claim lasts until its lease ends; the holder then
 * marks it as posting, and finally records what Slack said ({@link Outcome}).
 *
 * @param holder the copy of the app that holds it (its name in logs and in the database)
 */
public record CheckInClaim(String userId, String week, String holder) {
    public CheckInClaim {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(holder, "holder");
    }

    /** What trying to claim a week's check-in found. */
    public enum Result {
        /** Now held by the caller: it was free, or its holder's lease ran out before it began to post. */
        CLAIMED,
        /** Held by a live claim, or already settled (sent, skipped, or of unknown outcome): leave it. */
        TAKEN,
        /**
         * Its holder began to post and then went silent past its lease: the post may or may not have reached the
         * person, so it is never sent again; now settled as {@link Outcome#UNKNOWN}. The caller logs a possible miss.
         */
        ABANDONED
    }

    /** How a claimed check-in ended. */
    public enum Outcome {
        /** Slack confirmed the post. */
        SENT,
        /** Not sent and never will be this week (the person is gone, the app cannot DM them). */
        SKIPPED,
        /** The post may or may not have reached Slack (it timed out, or the holder died posting): never retried. */
        UNKNOWN
    }
}
