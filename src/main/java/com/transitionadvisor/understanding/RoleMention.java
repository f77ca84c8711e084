package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;

/**
 * A role named inside a sentence, at word positions [start, end), which side of the move it is on, and
 * whether the wording made that side clear ("I'm a…", "from…", "become a…") or it was only inferred.
 */
public record RoleMention(Role role, int start, int end, Side side, boolean clear) {

    public enum Side { FROM, TO, UNKNOWN }

    RoleMention placed(Side newSide, boolean isClear) {
        return new RoleMention(role, start, end, newSide, isClear);
    }

    int length() {
        return end - start;
    }
}
