package com.transitionadvisor.answers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/** Conversation context in this process only (one copy of the app, the console, tests); bounded in size. */
public final class InMemoryConversationMemory implements ConversationMemory {
    private static final long MAX_CONVERSATIONS = 100_000;

    private final Cache<String, ConversationState> states;

    public InMemoryConversationMemory(Ticker ticker) {
        this.states = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(FORGET_AFTER)
                .maximumSize(MAX_CONVERSATIONS).build();
    }

    @Override
    public ConversationState recall(String conversation) {
        ConversationState state = states.getIfPresent(conversation);
        return state == null ? ConversationState.empty() : state;
    }

    @Override
    public void remember(String conversation, ConversationState state) {
        states.put(conversation, state);
    }
}
