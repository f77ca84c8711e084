package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;

/**
 * A role named inside a sentence, at word positions [start, end), which side of the move it is on, whether the
 * wording made that side clear ("I'm a…", "from…", "become a…"), and whether any wording pointed to that side at all
 * ({@code cued}: "for a…", "towards…") rather than it being what was left over once the other roles were placed.
 */
public record RoleMention(Role role, int start, int end, Side side, boolean clear, boolean cued) {

    public enum Side { FROM, TO, UNKNOWN }

    RoleMention placed(Side newSide, boolean isClear, boolean isCued) {
        return new RoleMention(role, start, end, newSide, isClear, isCued);
    }

    /** How firmly the wording placed it: clear, then cued, then left over. */
    int certainty() {
        return clear ? 2 : cued ? 1 : 0;
    }

    int length() {
        return end - start;
    }
}
