package com.transitionadvisor.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Event ids in this process only: enough for one copy of the app (the embedded database), where every delivery
 * reaches the same process. A taken id is never taken again while remembered: the process that took it is the one
 * asking, so it did not die.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {
    private final Cache<String, Boolean> seen;

    public InMemoryEventDeduplicator(Ticker ticker) {
        this.seen = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REMEMBER_FOR).maximumSize(100_000).build();
    }

    @Override
    public Decision take(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return Decision.ANSWER;
        }
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null ? Decision.ANSWER : Decision.DUPLICATE;
    }

    @Override
    public void answered(String eventId) {
        // Nothing to record: no other process can take the id over.
    }
}
