package com.transitionadvisor.answers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who may read the question log and the feedback on answers: guide authors, named by Slack user id
 * ({@code U…}/{@code W…}) and, optionally, by user group ({@code S…}) whose members count as authors.
 * Everyone else is told who to ask.
 */
public record Authors(Set<String> userIds, Set<String> groupIds) {
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern GROUP = Pattern.compile("S[A-Z0-9]{2,20}");

    public Authors {
        userIds = Set.copyOf(userIds);
        groupIds = Set.copyOf(groupIds);
    }

    public static Authors none() {
        return new Authors(Set.of(), Set.of());
    }

    /**
     * Reads a comma- or space-separated list such as {@code U0123ABC, U0456DEF, S0789GHI}.
     *
     * @throws IllegalArgumentException naming, by position, the entries that are neither user nor user group ids
     */
    public static Authors parse(String setting) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<Integer> wrong = new ArrayList<>();
        String[] entries = setting.strip().split("[,\\s]+");
        for (int i = 0; i < entries.length; i++) {
            String id = entries[i].strip().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (USER.matcher(id).matches()) {
                users.add(id);
            } else if (GROUP.matcher(id).matches()) {
                groups.add(id);
            } else {
                wrong.add(i + 1);
            }
        }
        if (!wrong.isEmpty()) {
            // entries are named by position, never echoed: someone may have pasted a token here by mistake
            throw new IllegalArgumentException("entry " + wrong.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " (counting from 1) is not a Slack user id (U…, W…) or user group id (S…)");
        }
        return new Authors(users, groups);
    }

    /** These authors and {@code userId} too (the console's local user, who reads their own log). */
    public Authors with(String userId) {
        Set<String> users = new LinkedHashSet<>(userIds);
        users.add(userId);
        return new Authors(users, groupIds);
    }

    public boolean isEmpty() {
        return userIds.isEmpty() && groupIds.isEmpty();
    }
}
