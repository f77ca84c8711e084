package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;

/** A role named inside a sentence, at word positions [start, end), and which side of the move it is on. */
public record RoleMention(Role role, int start, int end, Side side) {

    public enum Side { FROM, TO, UNKNOWN }

    RoleMention withSide(Side newSide) {
        return new RoleMention(role, start, end, newSide);
    }
}
