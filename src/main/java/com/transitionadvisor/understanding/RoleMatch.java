package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;

/** A role recognised in user text; {@code edits} is 0 for an exact name and grows with typos. */
public record RoleMatch(Role role, int edits) {
}
