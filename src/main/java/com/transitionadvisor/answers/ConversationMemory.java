package com.transitionadvisor.answers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers each conversation's context for a while so follow-ups work ("and the salary?"). Bounded in size;
 * a conversation untouched for {@link #FORGET_AFTER} starts afresh. Keys are opaque: one per direct message
 * channel, one per channel thread, one for the console.
 */
public final class ConversationMemory {
    public static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final long MAX_CONVERSATIONS = 100_000;

    private final Cache<String, ConversationState> states;

    public ConversationMemory(Ticker ticker) {
        this.states = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(FORGET_AFTER)
                .maximumSize(MAX_CONVERSATIONS).build();
    }

    public ConversationState recall(String conversation) {
        ConversationState state = states.getIfPresent(conversation);
        return state == null ? ConversationState.empty() : state;
    }

    public void remember(String conversation, ConversationState state) {
        states.put(conversation, state);
    }
}
