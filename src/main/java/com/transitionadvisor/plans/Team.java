package com.transitionadvisor.plans;

import java.util.List;
import java.util.Optional;

/**
 * Who in a channel is working through which plan: only people who shared a plan into that channel, or who
 * followed one from a post there, so nobody appears in a channel they never took part in.
 */
public record Team(String channelId, List<Member> members) {
    public Team {
        members = List.copyOf(members);
    }

    /**
     * @param followingOwner whose shared plan this member follows, when they joined through "Follow this plan"
     */
    public record Member(String userId, String guideTitle, Pace pace, int done, int total,
                         Optional<Milestone> next, Optional<String> followingOwner) {
        public int percentDone() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }
}
