package com.transitionadvisor.understanding;

import java.util.List;
import java.util.Optional;

/**
 * Where in a list just shown a follow-up points ("the first one", "the last one").
 *
 * @param index   counted from the start, from 0; or from the end, when {@code fromEnd}, 0 being the last
 * @param fromEnd whether the place is counted from the end of the list
 */
public record ListPlace(int index, boolean fromEnd) {
    public ListPlace {
        if (index < 0) {
            throw new IllegalArgumentException("a place in a list is never before its start: " + index);
        }
    }

    public static ListPlace fromStart(int index) {
        return new ListPlace(index, false);
    }

    public static ListPlace last() {
        return new ListPlace(0, true);
    }

    /** The item at this place, when the list is long enough to have one. */
    public <T> Optional<T> in(List<T> items) {
        if (index >= items.size()) {
            return Optional.empty();
        }
        return Optional.of(items.get(fromEnd ? items.size() - 1 - index : index));
    }
}
