package com.transitionadvisor.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers event ids for a while so an event Slack redelivers (with {@code retry_attempt}) is answered once.
 * Slack retries within about five minutes; entries live longer than that.
 */
public final class EventDeduplicator {
    private static final Duration REMEMBER_FOR = Duration.ofMinutes(15);
    private final Cache<String, Boolean> seen;

    public EventDeduplicator(Ticker ticker) {
        this.seen = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REMEMBER_FOR).maximumSize(100_000).build();
    }

    /** True the first time an id is offered, false for every repeat; ids that are missing are always new. */
    public boolean firstTime(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
