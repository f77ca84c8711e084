package com.transitionadvisor.plans;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan posted visibly in a channel by its owner. Teammates follow it from there; it keeps the guide and pace
 * it was shared with, so following still works after the owner replaces their own plan. The team view shows the
 * owner only while the plan they shared ({@code planId}) is still theirs and the share was not withdrawn.
 *
 * @param messageTs   the Slack message it was posted as
 * @param planId      the owner's plan that was shared; empty for a share recorded before plans were named
 * @param withdrawnAt when the owner withdrew it ({@code /transition plan unshare})
 */
public record Share(String id, String ownerId, String channelId, String messageTs, String guideId, String guideTitle,
                    Pace pace, Instant sharedAt, Optional<String> planId, Optional<Instant> withdrawnAt) {
    public Share {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(messageTs, "messageTs");
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(guideTitle, "guideTitle");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(sharedAt, "sharedAt");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    /** A share that names no plan and was never withdrawn. */
    public Share(String id, String ownerId, String channelId, String messageTs, String guideId, String guideTitle,
                 Pace pace, Instant sharedAt) {
        this(id, ownerId, channelId, messageTs, guideId, guideTitle, pace, sharedAt, Optional.empty(), Optional.empty());
    }

    /** The share of {@code plan}, by its owner, into {@code channelId}, not posted yet. */
    public static Share of(String id, StudyPlan plan, String channelId, Instant at) {
        return new Share(id, plan.userId(), channelId, "", plan.guideId(), plan.guideTitle(), plan.pace(), at,
                Optional.of(plan.id()), Optional.empty());
    }

    public Share posted(String ts) {
        return new Share(id, ownerId, channelId, ts, guideId, guideTitle, pace, sharedAt, planId, withdrawnAt);
    }

    /** Whether the team view may show {@code current}, the owner's plan now, as what they shared here. */
    public boolean shows(StudyPlan current) {
        return withdrawnAt.isEmpty() && current.userId().equals(ownerId) && planId.equals(Optional.of(current.id()));
    }
}
