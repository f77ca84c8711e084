package com.transitionadvisor.knowledge.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** What a topic's {@code flags:} may say, in place of code that names a topic. */
public enum TopicFlag {
    /** A broad topic ("is it realistic?") that gives way to a specific one asked in the same question. */
    GENERIC("generic"),
    /** Facts about a role rather than the move: pay, the daily work. */
    DESCRIBES_ROLES("describes_roles"),
    /** The topic of time and duration, which emoji such as ⏳ and "how long…" questions point to. */
    TIME("time");

    private final String key;

    TopicFlag(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<TopicFlag> fromKey(String key) {
        return Arrays.stream(values()).filter(flag -> flag.key.equals(key)).findFirst();
    }
}
