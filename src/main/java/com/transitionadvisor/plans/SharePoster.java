package com.transitionadvisor.plans;

/**
 * Posts a shared plan into its channel; implemented by the Slack edge with {@code chat.postMessage}. The domain
 * records a share only after the post succeeded, and asks the poster to take the post back when recording fails,
 * so nothing is left half-done.
 */
public interface SharePoster {

    /** @param share the share as it will be recorded, without its message timestamp yet */
    PostResult post(Share share, StudyPlan plan);

    /** Removes a post whose share could not be recorded. Best effort. */
    default void retract(Share share) {
    }

    sealed interface PostResult {
    }

    /** Posted; {@code messageTs} identifies the message. */
    record Posted(String messageTs) implements PostResult {
    }

    /** Not posted, and why. */
    record Refused(Refusal reason, String detail) implements PostResult {
    }

    /** Why a plan could not be posted into a channel; each gets its own explanation. */
    enum Refusal {
        /** The app is not a member of the channel ({@code not_in_channel}). */
        NOT_IN_CHANNEL,
        /** The channel does not exist or the app cannot see it ({@code channel_not_found}). */
        CHANNEL_NOT_FOUND,
        /** A private channel the app has not been added to. */
        PRIVATE_CHANNEL,
        /** {@code is_archived}. */
        ARCHIVED,
        /** Asked from a direct message or the App Home, where there is no team channel. */
        NO_CHANNEL,
        /** Anything else Slack refused with; {@code detail} carries its error code. */
        OTHER
    }

    /** For surfaces that have no channels, such as the console. */
    SharePoster NONE = (share, plan) -> new Refused(Refusal.NO_CHANNEL, "no channel here");
}
