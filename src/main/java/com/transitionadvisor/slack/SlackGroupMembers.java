package com.transitionadvisor.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.transitionadvisor.answers.GroupMembers;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The members of a Slack user group named in {@code TRANSITION_AUTHORS}, from {@code usergroups.users.list} (bot
 * scope {@code usergroups:read}); kept for {@link #REMEMBER_FOR}, so asking for the log costs a call at most that
 * often. Never throws: a group Slack refuses to list (unknown, missing scope, network) has no members, so nobody
 * gets in through it, and the refusal is logged. Called from the listeners' executor, never on the thread that acks.
 */
public final class SlackGroupMembers implements GroupMembers {
    public static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SlackGroupMembers.class);

    /** The {@code usergroups.users.list} call, apart so that it can be answered differently. */
    @FunctionalInterface
    interface UsersList {
        UsergroupsUsersListResponse call(String groupId) throws IOException, SlackApiException;
    }

    private final UsersList usersList;
    private final Cache<String, Set<String>> members;

    SlackGroupMembers(UsersList usersList, Ticker ticker) {
        this.usersList = Objects.requireNonNull(usersList, "usersList");
        this.members = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REMEMBER_FOR).maximumSize(1_000).build();
    }

    /** Over {@code client} (with the bot token), keeping answers by {@code ticker}'s time. */
    public static SlackGroupMembers of(MethodsClient client, Ticker ticker) {
        Objects.requireNonNull(client, "client");
        return new SlackGroupMembers(groupId -> client.usergroupsUsersList(r -> r.usergroup(groupId)), ticker);
    }

    @Override
    public Set<String> of(String groupId) {
        Set<String> known = members.getIfPresent(groupId);
        if (known != null) {
            return known;
        }
        try {
            // no retry: a refused or rate-limited lookup lets nobody in through the group this time
            UsergroupsUsersListResponse response = usersList.call(groupId);
            if (response == null || !response.isOk()) {
                LOG.warn("usergroups.users.list for the author group {} failed: {}; nobody counts as an author through it"
                        + " (does the app have the usergroups:read scope?)", groupId, response == null ? "no answer" : response.getError());
                return Set.of();
            }
            Set<String> found = response.getUsers() == null ? Set.of() : Set.copyOf(response.getUsers());
            members.put(groupId, found);
            return found;
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warn("usergroups.users.list for the author group {} failed: {}; nobody counts as an author through it",
                    groupId, e.getMessage());
            return Set.of();
        }
    }
}
