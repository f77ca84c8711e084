package com.transitionadvisor.answers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Decides who is a guide author: a named user, or a member of a named user group. */
public final class AuthorDirectory {
    private final Authors authors;
    private final GroupMembers groups;

    public AuthorDirectory(Authors authors, GroupMembers groups) {
        this.authors = Objects.requireNonNull(authors, "authors");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    public static AuthorDirectory of(Authors authors) {
        return new AuthorDirectory(authors, GroupMembers.NONE);
    }

    public boolean isAuthor(String userId) {
        if (authors.userIds().contains(userId)) {
            return true;
        }
        return authors.groupIds().stream().anyMatch(group -> groups.of(group).contains(userId));
    }

    /** Every author's user id, named users first, then the members of each group; for "ask one of them". */
    public List<String> authorIds() {
        Set<String> ids = new LinkedHashSet<>(authors.userIds().stream().sorted().toList());
        authors.groupIds().stream().sorted().forEach(group -> groups.of(group).stream().sorted().forEach(ids::add));
        return List.copyOf(ids);
    }
}
