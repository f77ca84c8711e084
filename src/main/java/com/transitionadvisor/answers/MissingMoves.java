package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Moves people asked for that no guide covers, counted so guide authors know which guide to write next. Only the
 * move is kept: never who asked, nor when beyond the moment.
 */
public interface MissingMoves {
    /** A role typed that is no role in roles.yml is kept to this many characters. */
    int MAX_TYPED = 100;

    /**
     * One side of a move: a role in roles.yml by its id, or, when the typed text is no role, that text as kept:
     * redacted, lower case, single spaces, cut to {@link #MAX_TYPED}.
     */
    record Side(String key, boolean known) {
        public Side {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("a side of a move needs a role or the text typed");
            }
        }

        public static Side of(Role role) {
            return new Side(role.id(), true);
        }

        public static Side typed(String text) {
            String kept = QuestionRedaction.redact(text.strip()).replaceAll("[\\s\\p{Z}]+", " ").toLowerCase(Locale.ROOT);
            if (kept.length() > MAX_TYPED) {
                kept = kept.substring(0, Character.isHighSurrogate(kept.charAt(MAX_TYPED - 1)) ? MAX_TYPED - 1 : MAX_TYPED);
            }
            return new Side(kept, false);
        }
    }

    /** A move from one role to another that no guide covers. */
    record Move(Side from, Side to) {
        public Move {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** How often a move was asked for, and when last. */
    record Requested(Move move, long count, Instant lastAsked) {
    }

    /** Counts one request for {@code move}. */
    void record(Move move, Instant at);

    /** The moves asked for most, most first; ties by the latest request. */
    List<Requested> mostRequested(int limit);
}
