package com.transitionadvisor.answers;

import java.util.Set;

/** The members of a user group named in {@link Authors}; the Slack edge asks Slack, elsewhere nobody is in a group. */
@FunctionalInterface
public interface GroupMembers {
    GroupMembers NONE = groupId -> Set.of();

    /** The user ids in {@code groupId}; empty when the group is unknown or cannot be read right now. */
    Set<String> of(String groupId);
}
