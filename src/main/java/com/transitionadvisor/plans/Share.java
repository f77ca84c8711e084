package com.transitionadvisor.plans;

import java.time.Instant;
import java.util.Objects;

/**
 * A plan posted visibly in a channel by its owner. Teammates follow it from there; it keeps the guide and pace
 * it was shared with, so following still works after the owner replaces their own plan.
 *
 * @param messageTs the Slack message it was posted as
 */
public record Share(String id, String ownerId, String channelId, String messageTs, String guideId, String guideTitle,
                    Pace pace, Instant sharedAt) {
    public Share {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(messageTs, "messageTs");
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(guideTitle, "guideTitle");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(sharedAt, "sharedAt");
    }

    public Share posted(String ts) {
        return new Share(id, ownerId, channelId, ts, guideId, guideTitle, pace, sharedAt);
    }
}
